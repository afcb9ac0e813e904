package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.Blocks.Kind;
import com.jixiao.insight.ingest.form.words.DocumentFacts;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What has been read of one evaluation so far, each figure with its source line, and how it becomes an
 * {@link EvaluationReport}: its name ({@link EvaluationName}), the score and grade of a project summary where
 * the table prints none, and a warning where the printed rate is not B/A.
 */
final class EvaluationDraft {

    private static final Budget.Line NO_BUDGET = new Budget.Line(null, null, null, null, null, null, null);

    private final EvaluationName name = new EvaluationName();
    private String supervising;
    private String implementing;
    private Budget.Line budget = NO_BUDGET;
    private Integer budgetLine;
    private BigDecimal total;
    private Integer totalLine;
    private String grade;
    private Integer gradeLine;
    private String goal;
    private Integer goalLine;
    private String outcome;
    private Integer outcomeLine;
    private String note;
    private boolean sawTable;
    private final List<FundingLineRow> funding = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();

    // ---- what the readers found -------------------------------------------------------------------------

    /** What the evaluation may be called, as its rows are read. */
    EvaluationName name() {
        return name;
    }

    boolean hasSupervising() {
        return supervising != null;
    }

    void supervising(String supervising) {
        this.supervising = supervising;
    }

    boolean hasImplementing() {
        return implementing != null;
    }

    void implementing(String implementing) {
        this.implementing = implementing;
    }

    void grade(String grade, int line) {
        this.grade = grade;
        this.gradeLine = line;
    }

    boolean hasGrade() {
        return grade != null;
    }

    void total(BigDecimal total, int line) {
        this.total = total;
        this.totalLine = line;
    }

    boolean hasBudget() {
        return budgetLine != null;
    }

    /** The evaluation's own budget row: the first row under a budget header. */
    void budget(Budget.Line line, int sourceLine) {
        this.budget = line;
        this.budgetLine = sourceLine;
    }

    void addFunding(FundingLineRow row) {
        funding.add(row);
    }

    boolean hasGoal() {
        return goal != null;
    }

    void goal(String text, int line) {
        this.goal = text;
        this.goalLine = line;
    }

    /** Text the form prints for the whole evaluation that no field holds (cells below its table): kept as its note. */
    void note(String text) {
        this.note = note == null ? text : note + "\n" + text;
    }

    boolean hasOutcome() {
        return outcome != null;
    }

    void outcome(String text, int line) {
        this.outcome = text;
        this.outcomeLine = line;
    }

    /** A budget, goal or indicator table was found, even if nothing could be read from it. */
    void markTableSeen() {
        sawTable = true;
    }

    boolean sawTable() {
        return sawTable;
    }

    void addIndicator(IndicatorRow row) {
        indicators.add(row);
    }

    int indicatorCount() {
        return indicators.size();
    }

    IndicatorRow indicator(int index) {
        return indicators.get(index);
    }

    void replaceIndicator(int index, IndicatorRow row) {
        indicators.set(index, row);
    }

    // ---- the evaluation ---------------------------------------------------------------------------------

    /** The evaluation, or empty (and said so) if its block held nothing that could be read. */
    Optional<EvaluationReport> build(FormContext form, Block block, ProjectSummary summary) {
        Diagnostics diag = form.diag();
        String title = form.row(block.start()).firstNonEmpty();
        int titleLine = form.row(block.start()).first();
        if (indicators.isEmpty() && budgetLine == null && totalLine == null && goal == null && outcome == null) {
            diag.warn(sawTable ? "blockEmpty" : "noTable", titleLine, null, DocumentFacts.heading(title));
            return Optional.empty();
        }
        String kind = block.kind() == Kind.OVERALL ? "overall" : "project";
        String reportName = kind.equals("overall")
                ? EvaluationName.overall(budget.label(), title)
                : name.project(supervising, implementing, title, titleLine, diag);
        Map<String, LineRange> figures = budgetFigures();
        summary.entry(reportName).ifPresent(s -> mergeSummary(s, reportName, diag));
        if (totalLine != null && total != null) {
            figures.put("totalScore", LineRange.single(totalLine));
        }
        if (grade != null && gradeLine != null) {
            figures.put("grade", LineRange.single(gradeLine));
        }
        if (goal != null) {
            figures.put("annualGoal", LineRange.single(goalLine));
        }
        if (outcome != null) {
            figures.put("goalOutcome", LineRange.single(outcomeLine));
        }
        if (indicators.isEmpty()) {
            diag.warn("noIndicators", titleLine, null, reportName);
        }
        checkRate(diag);
        return Optional.of(new EvaluationReport(
                kind,
                reportName,
                supervising,
                implementing,
                budget.initial(),
                budget.adjusted(),
                budget.executed(),
                budget.rate(),
                budget.weight(),
                budget.score(),
                total,
                grade,
                goal,
                outcome,
                note,
                new LineRange(titleLine, Math.max(titleLine, lastLine(form, block))),
                figures,
                funding,
                List.of(),
                indicators,
                List.of()));
    }

    private Map<String, LineRange> budgetFigures() {
        Map<String, LineRange> figures = new LinkedHashMap<>();
        if (budgetLine != null) {
            LineRange b = LineRange.single(budgetLine);
            putIf(figures, "initialBudget", budget.initial(), b);
            putIf(figures, "adjustedBudget", budget.adjusted(), b);
            putIf(figures, "executed", budget.executed(), b);
            putIf(figures, "executionRate", budget.rate(), b);
            putIf(figures, "executionWeight", budget.weight(), b);
            putIf(figures, "executionScore", budget.score(), b);
        }
        return figures;
    }

    private static void putIf(Map<String, LineRange> figures, String key, BigDecimal value, LineRange where) {
        if (value != null) {
            figures.put(key, where);
        }
    }

    /** A summary's score and grade fill what the table does not print; a score that differs is pointed out. */
    private void mergeSummary(ProjectSummary.Entry s, String reportName, Diagnostics diag) {
        if (total == null && s.score() != null) {
            total = s.score();
            totalLine = s.line();
        } else if (total != null && s.score() != null && total.compareTo(s.score()) != 0) {
            diag.warn(
                    "summaryScoreDiffers",
                    totalLine,
                    null,
                    reportName,
                    total.toPlainString(),
                    s.score().toPlainString(),
                    s.line());
        }
        if (grade == null && s.grade() != null) {
            grade = s.grade();
            gradeLine = s.line();
        }
    }

    /** The reported rate is kept as printed; a rate that disagrees with B/A is pointed out, never corrected. */
    private void checkRate(Diagnostics diag) {
        BigDecimal rate = budget.rate();
        BigDecimal adjusted = budget.adjusted();
        BigDecimal executed = budget.executed();
        if (rate == null || adjusted == null || executed == null || adjusted.signum() == 0) {
            return;
        }
        BigDecimal computed = executed.divide(adjusted, 6, RoundingMode.HALF_UP);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(rate.scale()).max(new BigDecimal("0.0001"));
        if (computed.subtract(rate).abs().compareTo(tolerance) > 0) {
            diag.warn(
                    "rateDiffers",
                    budgetLine,
                    null,
                    rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                    computed.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
        }
    }

    /** The last line of the block that is not blank. */
    private static int lastLine(FormContext form, Block block) {
        int last = block.end() - 1;
        while (last > block.start() && form.row(last).isBlank()) {
            last--;
        }
        return form.row(last).last();
    }
}
