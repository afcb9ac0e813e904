package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.form.words.Shortfall;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one evaluation's block: each row either opens a table (indicators, budget, goals: recognised by their
 * header, wherever they stand), which its reader reads to its end, or is a labelled row.
 */
final class EvaluationReader {

    private final FormContext form;
    private final Block block;
    private final ProjectSummary summary;
    private final EvaluationDraft draft = new EvaluationDraft();
    private Integer lastIncompleteRow;
    /** Whether an indicator table was read: a row of figures after it that nothing takes is warned. */
    private boolean indicatorsRead;

    private boolean budgetRead;
    /** The first row that reads like a budget line (its label and three figures or more), in case no budget is read. */
    private Row budgetLike;

    private static final Pattern REASON_LABEL = Pattern.compile("^(偏差大或目标未完成原因分析|偏差原因分析|偏差原因|未完成原因分析)$");
    private static final Pattern MEASURES_LABEL = Pattern.compile("^改进措施(及结果应用方案)?$");
    private static final Pattern NOTHING = Pattern.compile("^(无|/|／|-|—|无偏差|不涉及)?$");
    private static final Pattern BUDGET_WORD = Pattern.compile("资金总额|年初预算|全年预算|预算数|执行数");
    /** The table-level 偏差原因 and 改进措施 rows below the indicators (one cell each for the whole table). */
    private Row reasonRow;

    private Row measuresRow;

    EvaluationReader(FormContext form, Block block, ProjectSummary summary) {
        this.form = form;
        this.block = block;
        this.summary = summary;
    }

    /** The line of the last indicator row that lacked a value column its header has, if any. */
    Optional<Integer> lastIncompleteRow() {
        return Optional.ofNullable(lastIncompleteRow);
    }

    /** The evaluation, or empty (with a warning) if the block holds nothing readable. */
    Optional<EvaluationReport> read() {
        LabelledRows labelled = new LabelledRows(form, block, draft);
        int i = block.firstContentRow();
        while (i < block.end()) {
            Row r = form.row(i);
            if (r.isBlank()) {
                i++;
                continue;
            }
            Optional<Header> header = IndicatorColumns.header(r.cells());
            int headerEnd = i;
            if (header.isEmpty() && i + 1 < block.end()) {
                // A header on two rows: 绩效指标 over 一级 | 二级 | 三级, 年度指标值 … merged down both rows.
                Row lower = form.row(i + 1);
                header = TwoRowHeader.of(
                        r.cells(),
                        lower.cells(),
                        r.form().ruled() && lower.form().ruled());
                headerEnd = i + 1;
            }
            if (header.isPresent()) {
                IndicatorBlock indicators = new IndicatorBlock(form, block, draft, header.get());
                i = indicators.read(headerEnd);
                indicatorsRead = true;
                indicators.lastIncompleteRow().ifPresent(line -> lastIncompleteRow = line);
                continue;
            }
            List<String> missing = IndicatorColumns.missingColumns(r.cells());
            if (!missing.isEmpty()) {
                throw form.diag().reject("missingColumns", r.first(), null, String.join("、", missing));
            }
            Optional<List<Budget.Column>> budget = Budget.header(BudgetBlock.cellsOf(r));
            if (budget.isPresent()) {
                i = new BudgetBlock(form, block, draft).read(i, budget.get());
                budgetRead = true;
                continue;
            }
            if (budgetLike == null && isBudgetLike(r)) {
                budgetLike = r;
            }
            if (Goals.isHeader(r.cells())) {
                i = new GoalBlock(form, block, draft).read(i);
                continue;
            }
            remark(r);
            if (!labelled.read(r) && indicatorsRead && looksLikeIndicatorRow(r)) {
                // a row of figures after the indicator table that nothing took: never dropped without a word
                form.diag().warn("rowNotRead", r.first(), null, CellText.shorten(String.join(" ", r.nonEmptyCells())));
            }
            i++;
        }
        attachRemarks();
        if (!budgetRead && budgetLike != null) {
            // a budget line whose table was not recognised (its header cut apart, say): never lost without a word
            form.diag()
                    .warn(
                            "budgetNotRead",
                            budgetLike.first(),
                            null,
                            CellText.shorten(String.join(" ", budgetLike.nonEmptyCells())));
        }
        return draft.build(form, block, summary);
    }

    /** A row with a budget word (年度资金总额, 全年预算数 …) and three figures or more: a budget table's line. */
    private static boolean isBudgetLike(Row r) {
        String text = String.join(" ", r.nonEmptyCells());
        if (!BUDGET_WORD.matcher(text).find()) {
            return false;
        }
        int figures = 0;
        for (String word : text.split("\\s+")) {
            if (Figures.isPlainNumber(word) || Figures.isPercent(word)) {
                figures++;
            }
        }
        return figures >= 3;
    }

    /** A row of a table with four cells or more, two of them figures (an indicator's 分值 and 得分, a budget's). */
    private static boolean looksLikeIndicatorRow(Row r) {
        List<String> cells = r.nonEmptyCells();
        return !r.isText()
                && cells.size() >= 4
                && cells.stream().filter(IndicatorWords::isNumber).count() >= 2;
    }

    /** A 偏差原因 or 改进措施 row for the whole table: its label and one text. */
    private void remark(Row r) {
        List<String> cells = r.nonEmptyCells();
        if (cells.size() != 2) {
            return;
        }
        String label = CellText.squeeze(cells.getFirst());
        if (REASON_LABEL.matcher(label).matches() && reasonRow == null) {
            reasonRow = r;
        } else if (MEASURES_LABEL.matcher(label).matches() && measuresRow == null) {
            measuresRow = r;
        }
    }

    /**
     * The table-level 偏差原因 (and 改进措施) belong to the indicators whose printed actual falls short of their
     * target ({@link Shortfall}); each is warned, and a reason that fits no indicator is warned as kept nowhere.
     */
    private void attachRemarks() {
        if (reasonRow == null
                || NOTHING.matcher(CellText.squeeze(reasonRow.nonEmptyCells().getLast()))
                        .matches()) {
            if (measuresRow != null && !saysNothing(measuresRow)) {
                // Measures for the whole table with no reason to go with: kept, as printed, in the evaluation's note.
                draft.note((remarkText(reasonRow) + remarkText(measuresRow)).strip());
                form.diag().warn("sharedMeasuresNoted", measuresRow.first(), null);
            }
            return;
        }
        String reason = reasonRow.nonEmptyCells().getLast();
        String measures =
                measuresRow == null ? null : measuresRow.nonEmptyCells().getLast();
        int last = Math.max(reasonRow.last(), measuresRow == null ? 0 : measuresRow.last());
        int attached = 0;
        for (int k = 0; k < draft.indicatorCount(); k++) {
            IndicatorRow w = draft.indicator(k);
            if (w.deviationReason() != null || !Shortfall.isShort(w.target(), w.actual())) {
                continue;
            }
            draft.replaceIndicator(
                    k,
                    new IndicatorRow(
                            w.category(),
                            w.subcategory(),
                            w.name(),
                            w.indicatorClass(),
                            w.nature(),
                            w.unitOfMeasure(),
                            w.target(),
                            w.actual(),
                            w.weight(),
                            w.score(),
                            reason,
                            w.improvementMeasures() == null ? measures : w.improvementMeasures(),
                            w.note(),
                            new LineRange(
                                    w.sourceLines().first(),
                                    Math.max(w.sourceLines().last(), last))));
            form.diag().warn("sharedReasonAttached", reasonRow.first(), null, w.name(), w.target(), w.actual());
            attached++;
        }
        if (attached == 0) {
            draft.note((remarkText(reasonRow) + remarkText(measuresRow)).strip());
            form.diag().warn("sharedReasonUnplaced", reasonRow.first(), null);
        }
    }

    private static boolean saysNothing(Row remark) {
        return NOTHING.matcher(CellText.squeeze(remark.nonEmptyCells().getLast()))
                .matches();
    }

    /** A remark row as printed: "label：text" and a line break; "" for none. */
    private static String remarkText(Row remark) {
        if (remark == null) {
            return "";
        }
        List<String> cells = remark.nonEmptyCells();
        return CellText.squeeze(cells.getFirst()) + "：" + cells.getLast() + "\n";
    }
}
