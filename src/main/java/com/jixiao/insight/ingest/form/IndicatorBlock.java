package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.IndicatorColumns.Alignment;
import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import com.jixiao.insight.ingest.form.words.Cells;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows under an indicator header, each aligned with the header's columns by content (see {@link
 * IndicatorColumns}; a row read otherwise than column by column is warned). Merged level cells: an empty
 * 一级/二级 cell carries the one above; a new 一级 with an empty 二级 while a 二级 is carried is read as a 二级;
 * a 一级 printed below the rows it spans is applied to the rows above that had none. An indicator's source
 * lines run from where its carried level texts are printed to its own row.
 */
final class IndicatorBlock {

    private static final Pattern GOAL_ROW = Pattern.compile("^年度(总体)?目标\\s*\\d*\\s*[:：]?$");
    private static final Pattern TABLE_END =
            Pattern.compile("^(偏差大或目标未完成原因分析|偏差原因|改进措施及结果应用方案|说明|注|备注|其他需要说明的问题|总分在80分以下).*");

    private final FormContext form;
    private final Block block;
    private final EvaluationDraft draft;
    private final Header header;
    private final List<Role> roles;
    private String category;
    private int categoryLine;
    private String subcategory;
    private int subcategoryLine;
    /** The indicators (their index in the draft) read while no 一级 was known: one may be printed below them. */
    private final List<Integer> waitingForCategory = new ArrayList<>();
    /** The line of the last row that lacked a value column its header has (a cut-off file ends so). */
    private Integer lastIncompleteRow;

    IndicatorBlock(FormContext form, Block block, EvaluationDraft draft, Header header) {
        this.form = form;
        this.block = block;
        this.draft = draft;
        this.header = header;
        this.roles = header.roles();
    }

    Optional<Integer> lastIncompleteRow() {
        return Optional.ofNullable(lastIncompleteRow);
    }

    /** Reads the rows after the header at {@code headerIndex}; returns the index of the first row not read. */
    int read(int headerIndex) {
        draft.markTableSeen();
        int i = headerIndex + 1;
        while (i < block.end()) {
            Row r = form.row(i);
            if (r.isBlank()) {
                i++;
                continue;
            }
            String first = CellText.squeeze(r.firstNonEmpty());
            if (endsTable(r, first)) {
                break;
            }
            if (LabelledRows.TOTAL_LABEL.matcher(first).matches()) {
                LabelledRows.readTotal(r, draft);
                i++;
                break;
            }
            if (GOAL_ROW.matcher(first).matches()) {
                goalRow(r);
            } else if (!IndicatorColumns.isHeaderAgain(r.cells())) {
                indicatorRow(r);
            }
            i++;
        }
        if (!waitingForCategory.isEmpty()) {
            form.diag().warn("noCategory", firstWaitingLine(), null);
        }
        return i;
    }

    private static boolean endsTable(Row r, String first) {
        return r.isText() && !GOAL_ROW.matcher(first).matches()
                || TABLE_END.matcher(first).matches()
                || Budget.header(r.cells()).isPresent()
                || Goals.isHeader(r.cells());
    }

    /** 年度目标 inside the indicator table: the annual goal, if none was read; a further one is only warned. */
    private void goalRow(Row r) {
        String text = r.nonEmptyCells().size() > 1 ? r.nonEmptyCells().getLast() : null;
        if (!draft.hasGoal() && text != null) {
            draft.goal(text, r.first());
        } else if (text != null) {
            form.diag().warn("furtherGoal", r.first(), null, r.firstNonEmpty());
        }
    }

    private void indicatorRow(Row r) {
        Diagnostics diag = form.diag();
        Alignment a = (r.form().ruled() ? IndicatorColumns.byPosition(r.cells(), header) : Optional.<Alignment>empty())
                .orElseGet(() -> IndicatorColumns.align(r.cells(), header));
        String cat = value(r, a, Role.CATEGORY);
        String sub = value(r, a, Role.SUBCATEGORY);
        String nm = value(r, a, Role.NAME);
        String target = value(r, a, Role.TARGET);
        String actual = value(r, a, Role.ACTUAL);
        if (!a.plain()) {
            diag.warn("shifted", r.first(), null, ShiftedRow.describe(r.cells(), a, roles));
        }
        for (Role needed : List.of(Role.TARGET, Role.ACTUAL, Role.WEIGHT, Role.SCORE)) {
            if (header.has(needed) && a.cellOf()[roles.indexOf(needed)] < 0) {
                lastIncompleteRow = r.last();
            }
        }
        int subCell = header.has(Role.SUBCATEGORY) ? a.cellOf()[roles.indexOf(Role.SUBCATEGORY)] : -1;
        boolean subMergedIntoCategory = subCell >= 0 && r.isSpanned(subCell);
        if (!cat.isEmpty()
                && sub.isEmpty()
                && header.has(Role.SUBCATEGORY)
                && subcategory != null
                && !cat.equals(category)
                && !subMergedIntoCategory) {
            diag.warn("categoryReadAsSubcategory", r.first(), null, cat);
            sub = cat;
            cat = "";
        }
        if (!cat.isEmpty() && !cat.equals(category)) {
            newCategory(cat, r);
        }
        if (!sub.isEmpty()) {
            subcategory = sub;
            subcategoryLine = r.first();
        }
        if (nm.isEmpty() && target.isEmpty() && actual.isEmpty()) {
            return; // a row carrying only merged level names
        }
        if (nm.isEmpty()) {
            diag.warn("noIndicatorName", r.first(), null);
        }
        int from = r.first();
        if (category != null) {
            from = Math.min(from, categoryLine);
        }
        if (subcategory != null) {
            from = Math.min(from, subcategoryLine);
        }
        BigDecimal w = points(r, a, Role.WEIGHT);
        BigDecimal s = points(r, a, Role.SCORE);
        draft.addIndicator(new IndicatorRow(
                category,
                subcategory,
                Cells.blankToNull(nm),
                Cells.blankToNull(value(r, a, Role.CLASS)),
                Cells.blankToNull(value(r, a, Role.NATURE)),
                Cells.blankToNull(value(r, a, Role.UNIT)),
                Cells.blankToNull(target),
                Cells.blankToNull(actual),
                w,
                s,
                Cells.blankToNull(value(r, a, Role.REASON)),
                Cells.blankToNull(value(r, a, Role.MEASURES)),
                null,
                new LineRange(from, r.last())));
        if (category == null) {
            waitingForCategory.add(draft.indicatorCount() - 1);
        }
        if (draft.indicatorCount() > form.limits().maxIndicatorsPerReport()) {
            throw diag.reject(
                    "tooManyIndicators", r.first(), null, form.limits().maxIndicatorsPerReport());
        }
    }

    /** A new 一级; if it is the first, the rows read so far without one were spanned by it (printed below). */
    private void newCategory(String cat, Row r) {
        if (category == null && !waitingForCategory.isEmpty()) {
            for (int k : waitingForCategory) {
                draft.replaceIndicator(k, withCategory(draft.indicator(k), cat, r.first()));
            }
            form.diag().warn("categoryPrintedBelow", r.first(), null, cat, firstWaitingLine());
            waitingForCategory.clear();
        }
        category = cat;
        categoryLine = r.first();
        subcategory = null;
    }

    /** Where the first indicator still waiting for its 一级 starts. */
    private int firstWaitingLine() {
        return draft.indicator(waitingForCategory.getFirst()).sourceLines().first();
    }

    private static IndicatorRow withCategory(IndicatorRow w, String cat, int line) {
        LineRange lines = new LineRange(
                Math.min(w.sourceLines().first(), line),
                Math.max(w.sourceLines().last(), line));
        return new IndicatorRow(
                cat,
                w.subcategory(),
                w.name(),
                w.indicatorClass(),
                w.nature(),
                w.unitOfMeasure(),
                w.target(),
                w.actual(),
                w.weight(),
                w.score(),
                w.deviationReason(),
                w.improvementMeasures(),
                w.note(),
                lines);
    }

    private String value(Row r, Alignment a, Role role) {
        int k = roles.indexOf(role);
        return k < 0 ? "" : a.get(r.cells(), k);
    }

    /** 分值 or 得分: a number; anything else is warned and left absent. */
    private BigDecimal points(Row r, Alignment a, Role role) {
        int k = roles.indexOf(role);
        if (k < 0 || a.cellOf()[k] < 0) {
            return null;
        }
        String cell = r.cells().get(a.cellOf()[k]);
        var v = Figures.points(cell);
        if (!v.isFigure()) {
            form.diag().warn("notAPoint", r.first(), a.cellOf()[k] + 1, cell, ShiftedRow.label(role));
        }
        return v.orNull();
    }
}
