package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.Blocks.Kind;
import com.jixiao.insight.ingest.form.words.Cells;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.form.words.UnitLabels;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of an evaluation that a label introduces, in the label's cell or the cell after it: 项目名称,
 * 主管部门, 实施单位 / 资金使用单位, 自评等级, the total (总分, 合计, 自评得分 …) and 基本支出总额 / 项目支出总额.
 * A short lone row at the top of a project table is kept as a candidate for the project's name.
 */
final class LabelledRows {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern EXPENDITURE_TOTAL = Pattern.compile("^(基本支出总额|项目支出总额).*");
    private static final Pattern COLON_LINE = Pattern.compile(".*[：:].*");
    private static final Pattern EXPENDITURE_LABEL = Pattern.compile("(基本支出总额|项目支出总额).*");
    private static final Pattern WANYUAN_NOTE = Pattern.compile("[（(]万元[)）]");

    /** 项目名称, and 转移支付（项目）名称 as the 转移支付区域绩效自评表 prints it. */
    private static final String NAME = "(?:项目|转移支付(?:（项目）|\\(项目\\))?)名称";

    static final Pattern NAME_LABEL = Pattern.compile("^" + NAME + "\\s*[：:]?\\s*(.*)$");
    static final Pattern TOTAL_LABEL = Pattern.compile("^(总分|合计|总计|自评得分|综合得分|自评总分|得分合计|评价得分)[:：]?$");
    private static final Pattern TOTAL_TEXT =
            Pattern.compile("^(总分|自评得分|综合得分|自评总分)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)\\s*分?$");
    private static final Pattern IMPLEMENTER_LABEL = Pattern.compile("^(项目)?(实施单位|资金使用单位)\\s*[：:]?\\s*(.*)$");
    /** 说明 or 备注 on a row of its own with one text: what the form adds for the whole evaluation. */
    static final Pattern NOTE_LABEL = Pattern.compile("^(说明|备注)[：:]?$");

    private static final Pattern NOTHING = Pattern.compile("^(无|/|／|-|—|－)?$");
    /** 自评等级 (or 评价等级, 绩效等级) on a row of its own, its grade in the next cell or after a colon. */
    static final Pattern GRADE_LABEL = Pattern.compile("^(?:自评|评价|绩效)等级\\s*[：:]?\\s*(.*)$");
    /** A grade as a total row prints it after the score: 优, 良, 中, 差 (or 优秀, 良好, 合格, 较差 …). */
    static final Pattern GRADE_WORD = Pattern.compile("^(优|良|中|差|优秀|良好|中等|合格|较差|不合格)$");

    /** A 项目名称 label that opens a project form's rows: alone in its cell, or with one character after it at most. */
    static boolean isNameLabel(String squeezed) {
        Matcher m = NAME_LABEL.matcher(squeezed);
        return m.matches() && m.group(1).length() <= 1;
    }

    private final FormContext form;
    private final Block block;
    private final EvaluationDraft draft;

    LabelledRows(FormContext form, Block block, EvaluationDraft draft) {
        this.form = form;
        this.block = block;
        this.draft = draft;
    }

    /** One row that opens no table: the first label among its cells says what it holds; whether one did. */
    boolean read(Row r) {
        List<String> cells = r.cells();
        boolean central = false;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            String s = CellText.squeeze(cell);
            Matcher m;
            if ((m = NAME_LABEL.matcher(s)).matches() && !draft.name().isPrinted()) {
                String name = m.group(1).isEmpty() ? next(cells, c) : textAfterLabel(cell, NAME);
                draft.name().printed(name, r.first(), m.group(1).isEmpty() && r.nonEmpty() > 2);
                return true;
            }
            if ((m = UnitLabels.CENTRAL_LABEL.matcher(s)).matches()) {
                // passed over with its value; a 地方主管部门 after it on the row is read
                central = true;
                if (m.group(1).isEmpty()) {
                    c = nextIndex(cells, c);
                }
                continue;
            }
            // A "主管部门及代码：…" line above the table does not hide the table's 主管部门 | … | 实施单位 | … row.
            if ((m = UnitLabels.SUPERVISING_LABEL.matcher(s)).matches()
                    && !(draft.hasSupervising() && draft.hasImplementing())) {
                if (!draft.hasSupervising()) {
                    draft.supervising(
                            m.group(1).isEmpty() ? next(cells, c) : textAfterLabel(cell, UnitLabels.SUPERVISING));
                }
                if (!draft.hasImplementing()) {
                    implementerBesideSupervisor(r, c);
                }
                return true;
            }
            if ((m = IMPLEMENTER_LABEL.matcher(s)).matches() && !draft.hasImplementing() && c == firstIndex(cells)) {
                draft.implementing(m.group(3).isEmpty() ? next(cells, c) : textAfterLabel(cell, "(项目)?(实施单位|资金使用单位)"));
                return true;
            }
            if ((m = GRADE_LABEL.matcher(s)).matches()) {
                String grade =
                        m.group(1).isEmpty() ? Cells.blankToNull(next(cells, c)) : textAfterLabel(cell, "(自评|评价|绩效)等级");
                draft.grade(grade, r.first());
                return true;
            }
            if (TOTAL_LABEL.matcher(s).matches() || TOTAL_TEXT.matcher(s).matches()) {
                readTotal(r, draft);
                return true;
            }
            if (EXPENDITURE_TOTAL.matcher(s).matches()) {
                spendingTotals(r);
                return true;
            }
            if (NOTE_LABEL.matcher(s).matches() && r.nonEmpty() == 2) {
                // kept as printed, in the evaluation's note (no field holds it); "无" is nothing to keep
                String text = next(cells, c);
                if (!NOTHING.matcher(CellText.squeeze(text)).matches()) {
                    draft.note(s.replaceFirst("[：:]$", "") + "：" + text);
                }
                return true;
            }
            if (Goals.isRowLabel(s) && r.nonEmpty() == 2) {
                goalRow(s, next(cells, c), r.first());
                return true;
            }
            break;
        }
        if (central) {
            return true;
        }
        if (isLoneRow(r)) {
            draft.name().loneRow(r.firstNonEmpty());
        }
        return false;
    }

    /** 年度绩效目标 | text or 目标完成情况 | text: the goal or its outcome, on a row of its own; the first of each kept. */
    private void goalRow(String label, String text, int line) {
        if (Goals.isGoalRow(label) && !draft.hasGoal()) {
            draft.goal(text, line);
        } else if (Goals.isOutcomeRow(label) && !draft.hasOutcome()) {
            draft.outcome(text, line);
        }
    }

    /** "主管部门 X 实施单位 Y" on one row, or "主管部门 X Y" with the implementing unit unlabelled (said so). */
    private void implementerBesideSupervisor(Row r, int supervisorAt) {
        List<String> cells = r.cells();
        int implementerAt = -1;
        for (int k = supervisorAt + 1; k < cells.size(); k++) {
            if (IMPLEMENTER_LABEL.matcher(CellText.squeeze(cells.get(k))).matches()) {
                implementerAt = k;
            }
        }
        if (implementerAt >= 0) {
            draft.implementing(next(cells, implementerAt));
            return;
        }
        List<String> values = cells.subList(supervisorAt + 1, cells.size()).stream()
                .filter(v -> !v.isEmpty())
                .toList();
        if (values.size() == 2) {
            String implementing = values.get(1);
            draft.implementing(implementing);
            form.diag().warn("implementerUnlabelled", r.first(), null, implementing);
        }
    }

    /** A short row alone before any table of a project, that is neither a label, a title nor a preamble. */
    private boolean isLoneRow(Row r) {
        return r.nonEmpty() == 1
                && !draft.name().isPrinted()
                && !draft.sawTable()
                && !draft.hasBudget()
                && block.kind() == Kind.PROJECT
                && !Blocks.isPreamble(r)
                && r.firstNonEmpty().length() <= 60
                && Blocks.titleKind(r.firstNonEmpty()) == null
                && !COLON_LINE.matcher(r.firstNonEmpty()).matches();
    }

    /**
     * 总分 / 合计 row: the reported total is the row's last figure (before it may stand the weight sum 100); a grade
     * printed after it (总分 | 100 | 95.83 | 优) is the evaluation's grade.
     */
    static void readTotal(Row r, EvaluationDraft draft) {
        Matcher text = TOTAL_TEXT.matcher(CellText.squeeze(r.text()));
        if (text.matches()) {
            draft.total(new BigDecimal(text.group(2)), r.first());
            return;
        }
        List<String> cells = r.cells();
        for (int c = cells.size() - 1; c > 0; c--) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            if (GRADE_WORD.matcher(CellText.squeeze(cells.get(c))).matches()) {
                if (!draft.hasGrade()) {
                    draft.grade(CellText.squeeze(cells.get(c)), r.first());
                }
                continue;
            }
            var v = Figures.points(cells.get(c));
            if (v.value().isPresent()) {
                draft.total(v.value().get(), r.first());
                return;
            }
            if (!v.isFigure()) {
                break;
            }
        }
    }

    /** "基本支出总额 1025.34 万元 项目支出总额 2800.41 万元": the actual spending of each part. */
    private void spendingTotals(Row r) {
        List<String> cells = r.nonEmptyCells();
        for (int c = 0; c + 1 < cells.size(); c++) {
            String label = CellText.squeeze(cells.get(c));
            if (EXPENDITURE_LABEL.matcher(label).matches()) {
                var v = Figures.money(cells.get(c + 1));
                if (v.value().isPresent()) {
                    draft.addFunding(new FundingLineRow(
                            WANYUAN_NOTE.matcher(label).replaceAll(""),
                            null,
                            null,
                            v.orNull(),
                            null,
                            LineRange.single(r.first())));
                }
            }
        }
    }

    private static int firstIndex(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the next non-empty cell after {@code c}, or the row's end. */
    private static int nextIndex(List<String> cells, int c) {
        int k = c + 1;
        while (k < cells.size() && cells.get(k).isEmpty()) {
            k++;
        }
        return k;
    }

    private static String next(List<String> cells, int c) {
        for (int k = c + 1; k < cells.size(); k++) {
            if (!cells.get(k).isEmpty()) {
                return cells.get(k);
            }
        }
        return null;
    }

    /** "项目名称：X", "项目名称 X" (the space may have gone with the cleaning): X. */
    private static String textAfterLabel(String cell, String label) {
        return Cells.blankToNull(
                cell.replaceFirst("^\\s*" + label + "\\s*[：:]?\\s*", "").strip());
    }
}
