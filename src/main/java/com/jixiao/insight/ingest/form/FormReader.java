package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.IndicatorColumns.Alignment;
import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text report (tab, pipe or HTML tables, see {@link TextRows}) into the model of data/:
 * each 整体支出/项目支出绩效自评表 title opens an evaluation; inside it the labelled rows (项目名称, 主管部门,
 * 实施单位), the budget table (年初预算数, 全年预算数 A, 执行数 B, 执行率, 分值, 得分), the goal rows, the
 * indicator table and the total are recognised by their labels, whatever their position. Every figure
 * keeps its source line; every row read in any other way than column by column gets a warning.
 */
public final class FormReader {

    private static final Pattern GOAL_ROW = Pattern.compile("^年度(总体)?目标\\s*\\d*\\s*[:：]?$");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(总分|合计|总计|自评得分|综合得分|自评总分|得分合计|评价得分)[:：]?$");
    private static final Pattern TOTAL_TEXT =
            Pattern.compile("^(总分|自评得分|综合得分|自评总分)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)\\s*分?$");
    private static final Pattern TABLE_END =
            Pattern.compile("^(偏差大或目标未完成原因分析|偏差原因|改进措施及结果应用方案|说明|注|备注|其他需要说明的问题|总分在80分以下).*");
    private static final Pattern NAME_LABEL = Pattern.compile("^项目名称\\s*[：:]?\\s*(.*)$");
    private static final Pattern SUPERVISOR_LABEL = Pattern.compile("^主管部门(及代码)?\\s*[：:]?\\s*(.*)$");
    private static final Pattern IMPLEMENTER_LABEL = Pattern.compile("^(项目)?(实施单位|资金使用单位)\\s*[：:]?\\s*(.*)$");
    private static final Pattern GRADE_LABEL = Pattern.compile("^自评等级\\s*[：:]?\\s*(.*)$");
    private static final Pattern OUTCOME_WORDING = Pattern.compile("^目标\\s*\\d+\\s*完成情况");

    private enum Kind {
        OVERALL,
        PROJECT,
        SUMMARY
    }

    /** An evaluation's rows; {@code titled} if it opens at a title line, else at its 项目名称 row. */
    private record Block(Kind kind, int start, int end, boolean titled) {}

    private record SummaryEntry(BigDecimal score, String grade, int line) {}

    private final SourceText source;
    private final List<Row> rows;
    private final Diagnostics diag;
    private final ImportLimits limits;
    /** The line of the last indicator row that lacked a value column its header has (a cut-off file ends so). */
    private Integer lastIncompleteRow;

    public FormReader(SourceText source, List<Row> rows, Diagnostics diag, ImportLimits limits) {
        this.source = source;
        this.rows = rows;
        this.diag = diag;
        this.limits = limits;
    }

    public Integer lastIncompleteRow() {
        return lastIncompleteRow;
    }

    public ReportDocument parse() {
        List<Block> blocks = blocks();
        Map<String, SummaryEntry> summary = summary();
        List<EvaluationReport> reports = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Kind.SUMMARY) {
                continue;
            }
            new BlockReader(b, summary).read().ifPresent(reports::add);
            if (reports.size() > limits.maxReports()) {
                throw diag.reject("tooManyReports", null, null, limits.maxReports());
            }
        }
        if (reports.isEmpty()) {
            List<String> titles = blocks.stream()
                    .filter(b -> b.kind() != Kind.SUMMARY)
                    .map(b -> String.valueOf(rows.get(b.start()).first()))
                    .toList();
            throw titles.isEmpty()
                    ? diag.reject("noReports", null, null)
                    : diag.reject("noReadableTable", null, null, String.join("、", titles));
        }
        DocumentFacts.Unit unit = DocumentFacts.unit(rows).orElseThrow(() -> diag.reject("noUnit", null, null));
        int year = year(blocks);
        String region = DocumentFacts.region(rows).orElse(null);
        String title = DocumentFacts.title(rows).orElse(null);
        return new ReportDocument(
                source.fileName(),
                title,
                unit.name(),
                unit.aliases(),
                region,
                year,
                reports,
                List.of(),
                List.of(),
                List.of());
    }

    // ---- the document ---------------------------------------------------------------------------------

    private int year(List<Block> blocks) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (int i = b.start(); i < Math.min(b.end(), b.start() + 4); i++) {
                Row r = rows.get(i);
                if (r.nonEmpty() == 1) {
                    DocumentFacts.years(r.firstNonEmpty()).forEach(y -> counts.merge(y, 1, Integer::sum));
                }
            }
        }
        if (counts.isEmpty()) {
            DocumentFacts.title(rows)
                    .map(DocumentFacts::years)
                    .orElse(List.of())
                    .forEach(y -> counts.merge(y, 1, Integer::sum));
        }
        if (counts.isEmpty()) {
            throw diag.reject("noYear", null, null);
        }
        int best = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        if (counts.size() > 1) {
            diag.warn("severalYears", null, null, counts.keySet(), best);
        }
        return best;
    }

    /**
     * Where evaluations open: at each title ending in 自评表 (titles right after each other, with nothing but a
     * year or "单位：万元" between them, are one), and at a 项目名称 row that follows another in the same block
     * (several project tables printed under one title).
     */
    private List<Block> blocks() {
        List<int[]> starts = new ArrayList<>(); // row index, kind ordinal, titled (1) or not (0)
        int lastContent = -1;
        boolean nameSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            Kind kind = r.nonEmpty() == 1 ? titleKind(r.firstNonEmpty()) : null;
            if (kind != null) {
                boolean merge =
                        !starts.isEmpty() && lastContent < starts.getLast()[0] && starts.getLast()[1] == kind.ordinal();
                if (!merge) {
                    starts.add(new int[] {i, kind.ordinal(), 1});
                    nameSeen = false;
                }
                continue;
            }
            if (isNameRow(r)) {
                boolean open = !starts.isEmpty() && starts.getLast()[1] != Kind.SUMMARY.ordinal();
                if (!open || nameSeen) {
                    starts.add(new int[] {i, Kind.PROJECT.ordinal(), 0});
                }
                nameSeen = true;
            }
            if (!isPreamble(r)) {
                lastContent = i;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : rows.size();
            blocks.add(new Block(Kind.values()[starts.get(k)[1]], starts.get(k)[0], end, starts.get(k)[2] == 1));
        }
        return blocks;
    }

    /** A 项目名称 row of a project table (not the header of a summary table listing projects). */
    private static boolean isNameRow(Row r) {
        String first = CellText.squeeze(r.firstNonEmpty());
        return NAME_LABEL.matcher(first).matches()
                && indexOf(r.cells(), "自评得分") < 0
                && indexOf(r.cells(), "自评等级") < 0
                && indexOf(r.cells(), "序号") < 0;
    }

    /** Rows that sit between a title and its table without being content: "(2024年度)", "单位：万元". */
    private static boolean isPreamble(Row r) {
        String t = CellText.squeeze(r.text());
        return r.nonEmpty() == 1 && (t.matches("[（(]?(19|20)\\d{2}年度?[)）]?") || t.matches("(金额)?单位[：:]?(万元|元)"));
    }

    private static Kind titleKind(String text) {
        String t = CellText.squeeze(DocumentFacts.heading(text));
        // A title ends with its table's name; prose that mentions a 自评表 (《…自评表》，…) is no title.
        if (t.length() > 80 || t.contains("说明") || t.matches(".*[，。；《》,;].*")) {
            return null;
        }
        if (t.matches(".*自评.*汇总表([（(].*[)）])?$")) {
            return Kind.SUMMARY;
        }
        if (!t.matches(".*(自评|评价)(结果)?表([（(].*[)）])?$")) {
            return null;
        }
        if (t.matches(".*(整体支出|整体绩效|部门整体|单位整体|（单位）整体|\\(单位\\)整体).*")) {
            return Kind.OVERALL;
        }
        return Kind.PROJECT;
    }

    /** A summary table (项目名称 … 自评得分 自评等级): the score and grade of each project by name. */
    private Map<String, SummaryEntry> summary() {
        Map<String, SummaryEntry> entries = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> h = rows.get(i).cells();
            int name = indexOf(h, "项目名称");
            int score = indexOf(h, "自评得分");
            int grade = indexOf(h, "自评等级");
            if (name < 0 || score < 0 && grade < 0 || IndicatorColumns.header(h).isPresent()) {
                continue;
            }
            for (int k = i + 1;
                    k < rows.size() && !rows.get(k).isText() && !rows.get(k).isBlank();
                    k++) {
                Row r = rows.get(k);
                String n = r.cell(name);
                if (n.isEmpty()) {
                    continue;
                }
                BigDecimal s = score < 0 ? null : Figures.points(r.cell(score)).orNull();
                String g = grade < 0 ? null : blankToNull(r.cell(grade));
                entries.putIfAbsent(CellText.squeeze(n), new SummaryEntry(s, g, r.first()));
            }
        }
        return entries;
    }

    private static int indexOf(List<String> cells, String label) {
        for (int i = 0; i < cells.size(); i++) {
            if (CellText.squeeze(cells.get(i)).equals(label)) {
                return i;
            }
        }
        return -1;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- one evaluation ---------------------------------------------------------------------------------

    private final class BlockReader {
        private final Block block;
        private final Map<String, SummaryEntry> summary;
        private String name;
        private Integer nameLine;
        private boolean nameRowHadMoreValues;
        private String loneRow;
        private String supervising;
        private String implementing;
        private String overallLabel;
        private BigDecimal initial;
        private BigDecimal adjusted;
        private BigDecimal executed;
        private BigDecimal rate;
        private BigDecimal weight;
        private BigDecimal score;
        private Integer budgetLine;
        private BigDecimal total;
        private Integer totalLine;
        private String grade;
        private Integer gradeLine;
        private String goal;
        private Integer goalLine;
        private String outcome;
        private Integer outcomeLine;
        private boolean sawTable;
        private final List<FundingLineRow> funding = new ArrayList<>();
        private final List<IndicatorRow> indicators = new ArrayList<>();

        BlockReader(Block block, Map<String, SummaryEntry> summary) {
            this.block = block;
            this.summary = summary;
        }

        Optional<EvaluationReport> read() {
            int i = block.titled() ? block.start() + 1 : block.start();
            while (i < block.end()) {
                Row r = rows.get(i);
                if (r.isBlank()) {
                    i++;
                    continue;
                }
                Optional<Header> header = IndicatorColumns.header(r.cells());
                if (header.isPresent()) {
                    i = indicators(i, header.get());
                    continue;
                }
                List<String> missing = IndicatorColumns.missingColumns(r.cells());
                if (!missing.isEmpty()) {
                    throw diag.reject("missingColumns", r.first(), null, String.join("、", missing));
                }
                Optional<List<Budget.Column>> budget = Budget.header(cellsOf(r));
                if (budget.isPresent()) {
                    i = budget(i, budget.get());
                    continue;
                }
                if (Goals.isHeader(r.cells())) {
                    i = goals(i);
                    continue;
                }
                labelled(r);
                i++;
            }
            return Optional.ofNullable(build());
        }

        /** Tables extracted from PDF print a budget row as space-separated words: read those as cells. */
        private List<String> cellsOf(Row r) {
            if (r.isText()) {
                List<String> words = List.of(r.firstNonEmpty().split("\\s+"));
                if (words.size() >= 2) {
                    return words;
                }
            }
            return r.cells();
        }

        private void labelled(Row r) {
            List<String> cells = r.cells();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                String s = CellText.squeeze(cell);
                Matcher m;
                if ((m = NAME_LABEL.matcher(s)).matches() && name == null) {
                    name = m.group(1).isEmpty() ? next(cells, c) : textAfterLabel(cell, "项目名称");
                    nameLine = r.first();
                    nameRowHadMoreValues = m.group(1).isEmpty() && r.nonEmpty() > 2;
                    return;
                }
                if ((m = SUPERVISOR_LABEL.matcher(s)).matches() && supervising == null) {
                    supervising = m.group(2).isEmpty() ? next(cells, c) : textAfterLabel(cell, "主管部门(及代码)?");
                    int implementerAt = -1;
                    for (int k = c + 1; k < cells.size(); k++) {
                        if (IMPLEMENTER_LABEL
                                .matcher(CellText.squeeze(cells.get(k)))
                                .matches()) {
                            implementerAt = k;
                        }
                    }
                    if (implementerAt >= 0) {
                        implementing = next(cells, implementerAt);
                    } else {
                        List<String> values = cells.subList(c + 1, cells.size()).stream()
                                .filter(v -> !v.isEmpty())
                                .toList();
                        if (values.size() == 2) {
                            implementing = values.get(1);
                            diag.warn("implementerUnlabelled", r.first(), null, implementing);
                        }
                    }
                    return;
                }
                if ((m = IMPLEMENTER_LABEL.matcher(s)).matches() && implementing == null && c == firstIndex(cells)) {
                    implementing = m.group(3).isEmpty() ? next(cells, c) : textAfterLabel(cell, "(项目)?(实施单位|资金使用单位)");
                    return;
                }
                if ((m = GRADE_LABEL.matcher(s)).matches()) {
                    grade = m.group(1).isEmpty() ? blankToNull(next(cells, c)) : textAfterLabel(cell, "自评等级");
                    gradeLine = r.first();
                    return;
                }
                if (TOTAL_LABEL.matcher(s).matches() || TOTAL_TEXT.matcher(s).matches()) {
                    totalRow(r);
                    return;
                }
                if (s.matches("^(基本支出总额|项目支出总额).*")) {
                    totals(r);
                    return;
                }
                break;
            }
            if (r.nonEmpty() == 1
                    && name == null
                    && !sawTable
                    && budgetLine == null
                    && block.kind() == Kind.PROJECT
                    && !isPreamble(r)
                    && r.firstNonEmpty().length() <= 60
                    && titleKind(r.firstNonEmpty()) == null
                    && !r.firstNonEmpty().matches(".*[：:].*")) {
                loneRow = r.firstNonEmpty();
            }
        }

        private int firstIndex(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        private String next(List<String> cells, int c) {
            for (int k = c + 1; k < cells.size(); k++) {
                if (!cells.get(k).isEmpty()) {
                    return cells.get(k);
                }
            }
            return null;
        }

        /** "项目名称：X", "项目名称 X" (the space may have gone with the cleaning): X. */
        private String textAfterLabel(String cell, String label) {
            return blankToNull(
                    cell.replaceFirst("^\\s*" + label + "\\s*[：:]?\\s*", "").strip());
        }

        /** 总分 / 合计 row: the reported total is the row's last figure (before it may stand the weight sum 100). */
        private void totalRow(Row r) {
            Matcher text = TOTAL_TEXT.matcher(CellText.squeeze(r.text()));
            if (text.matches()) {
                total = new BigDecimal(text.group(2));
                totalLine = r.first();
                return;
            }
            List<String> cells = r.cells();
            for (int c = cells.size() - 1; c > 0; c--) {
                if (cells.get(c).isEmpty()) {
                    continue;
                }
                var v = Figures.points(cells.get(c));
                if (v.value().isPresent()) {
                    total = v.value().get();
                    totalLine = r.first();
                    return;
                }
                if (!v.isFigure()) {
                    break;
                }
            }
        }

        /** "基本支出总额 1025.34 万元 项目支出总额 2800.41 万元": the actual spending of each part. */
        private void totals(Row r) {
            List<String> cells = r.nonEmptyCells();
            for (int c = 0; c + 1 < cells.size(); c++) {
                String label = CellText.squeeze(cells.get(c));
                if (label.matches("(基本支出总额|项目支出总额).*")) {
                    var v = Figures.money(cells.get(c + 1));
                    if (v.value().isPresent()) {
                        funding.add(new FundingLineRow(
                                label.replaceAll("[（(]万元[)）]", ""),
                                null,
                                null,
                                v.orNull(),
                                null,
                                LineRange.single(r.first())));
                    }
                }
            }
        }

        private int budget(int headerIndex, List<Budget.Column> columns) {
            int i = headerIndex + 1;
            boolean first = true;
            while (i < block.end()) {
                Row r = rows.get(i);
                if (r.isBlank()) {
                    i++;
                    continue;
                }
                List<String> cells = cellsOf(r);
                if (IndicatorColumns.header(r.cells()).isPresent()
                        || Goals.isHeader(r.cells())
                        || Budget.header(cells).isPresent()) {
                    break;
                }
                if (r.isText() && !cells.stream().allMatch(Budget::isFigureCell)) {
                    if (first) {
                        i++; // a wrapped label ("年度财政", "资金总额") between the header and its figures
                        continue;
                    }
                    break;
                }
                Optional<Budget.Line> line = Budget.read(cells, columns, r.first(), diag);
                if (line.isEmpty()) {
                    break;
                }
                Budget.Line l = line.get();
                if (first) {
                    first = false;
                    initial = l.initial();
                    adjusted = l.adjusted();
                    executed = l.executed();
                    rate = l.rate();
                    weight = l.weight();
                    score = l.score();
                    budgetLine = r.first();
                    overallLabel = l.label();
                } else if (l.label() != null) {
                    funding.add(new FundingLineRow(
                            fundingSource(l.label()),
                            l.initial(),
                            l.adjusted(),
                            l.executed(),
                            l.rate(),
                            LineRange.single(r.first())));
                }
                i++;
            }
            sawTable = true;
            return i;
        }

        private String fundingSource(String label) {
            return label.replaceFirst("^其中\\s*[：:]\\s*", "")
                    .replaceAll("[（(]万元[)）]", "")
                    .strip();
        }

        private int goals(int headerIndex) {
            List<String> header = rows.get(headerIndex).cells();
            int outcomeColumn = Goals.outcomeColumn(header);
            int i = headerIndex + 1;
            while (i < block.end()) {
                Row r = rows.get(i);
                if (r.isBlank()) {
                    i++;
                    if (goal != null || outcome != null) {
                        break;
                    }
                    continue;
                }
                if (IndicatorColumns.header(r.cells()).isPresent()
                        || Budget.header(r.cells()).isPresent()
                        || r.isText() && titleKind(r.firstNonEmpty()) != null) {
                    break;
                }
                List<String> cells = r.cells();
                boolean any = false;
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.length() < 8 || Goals.isLabel(text)) {
                        continue;
                    }
                    any = true;
                    boolean byWording = OUTCOME_WORDING.matcher(text).find();
                    boolean isOutcome = byWording || outcomeColumn >= 0 && c >= outcomeColumn;
                    if (byWording && outcomeColumn >= 0 && c < outcomeColumn) {
                        diag.warn("outcomeByWording", r.first(), c + 1);
                    }
                    if (isOutcome) {
                        if (outcome == null) {
                            outcome = text;
                            outcomeLine = r.first();
                        }
                    } else if (goal == null) {
                        goal = text;
                        goalLine = r.first();
                    }
                }
                if (!any) {
                    break;
                }
                i++;
            }
            sawTable = true;
            return i;
        }

        private int indicators(int headerIndex, Header header) {
            sawTable = true;
            List<Role> roles = header.roles();
            String category = null;
            int categoryLine = 0;
            String subcategory = null;
            int subcategoryLine = 0;
            List<Integer> waitingForCategory = new ArrayList<>();
            int i = headerIndex + 1;
            while (i < block.end()) {
                Row r = rows.get(i);
                if (r.isBlank()) {
                    i++;
                    continue;
                }
                String first = CellText.squeeze(r.firstNonEmpty());
                if (r.isText() && !GOAL_ROW.matcher(first).matches()
                        || TABLE_END.matcher(first).matches()
                        || Budget.header(r.cells()).isPresent()
                        || Goals.isHeader(r.cells())) {
                    break;
                }
                if (TOTAL_LABEL.matcher(first).matches()) {
                    totalRow(r);
                    i++;
                    break;
                }
                if (GOAL_ROW.matcher(first).matches()) {
                    String text =
                            r.nonEmptyCells().size() > 1 ? r.nonEmptyCells().getLast() : null;
                    if (goal == null && text != null) {
                        goal = text;
                        goalLine = r.first();
                    } else if (text != null) {
                        diag.warn("furtherGoal", r.first(), null, r.firstNonEmpty());
                    }
                    i++;
                    continue;
                }
                if (IndicatorColumns.isHeaderAgain(r.cells())) {
                    i++;
                    continue;
                }
                Alignment a = IndicatorColumns.align(r.cells(), header);
                String cat = value(r, a, roles, Role.CATEGORY);
                String sub = value(r, a, roles, Role.SUBCATEGORY);
                String nm = value(r, a, roles, Role.NAME);
                String target = value(r, a, roles, Role.TARGET);
                String actual = value(r, a, roles, Role.ACTUAL);
                if (!a.plain()) {
                    diag.warn("shifted", r.first(), null, describe(r.cells(), a, roles));
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
                    if (category == null && !waitingForCategory.isEmpty()) {
                        for (int k : waitingForCategory) {
                            IndicatorRow w = indicators.get(k);
                            indicators.set(k, withCategory(w, cat, r.first()));
                        }
                        diag.warn(
                                "categoryPrintedBelow",
                                r.first(),
                                null,
                                cat,
                                indicators
                                        .get(waitingForCategory.getFirst())
                                        .sourceLines()
                                        .first());
                        waitingForCategory.clear();
                    }
                    category = cat;
                    categoryLine = r.first();
                    subcategory = null;
                }
                if (!sub.isEmpty()) {
                    subcategory = sub;
                    subcategoryLine = r.first();
                }
                if (nm.isEmpty() && target.isEmpty() && actual.isEmpty()) {
                    i++;
                    continue; // a row carrying only merged level names
                }
                if (nm.isEmpty()) {
                    diag.warn("noIndicatorName", r.first(), null);
                }
                int from = r.first();
                int to = r.last();
                if (category != null) {
                    from = Math.min(from, categoryLine);
                }
                if (subcategory != null) {
                    from = Math.min(from, subcategoryLine);
                }
                BigDecimal w = points(r, a, roles, Role.WEIGHT);
                BigDecimal s = points(r, a, roles, Role.SCORE);
                indicators.add(new IndicatorRow(
                        category,
                        subcategory,
                        blankToNull(nm),
                        blankToNull(value(r, a, roles, Role.CLASS)),
                        blankToNull(value(r, a, roles, Role.NATURE)),
                        blankToNull(value(r, a, roles, Role.UNIT)),
                        blankToNull(target),
                        blankToNull(actual),
                        w,
                        s,
                        blankToNull(value(r, a, roles, Role.REASON)),
                        blankToNull(value(r, a, roles, Role.MEASURES)),
                        null,
                        new LineRange(from, to)));
                if (category == null) {
                    waitingForCategory.add(indicators.size() - 1);
                }
                if (indicators.size() > limits.maxIndicatorsPerReport()) {
                    throw diag.reject("tooManyIndicators", r.first(), null, limits.maxIndicatorsPerReport());
                }
                i++;
            }
            if (!waitingForCategory.isEmpty()) {
                diag.warn(
                        "noCategory",
                        indicators
                                .get(waitingForCategory.getFirst())
                                .sourceLines()
                                .first(),
                        null);
            }
            return i;
        }

        private IndicatorRow withCategory(IndicatorRow w, String cat, int line) {
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

        private String value(Row r, Alignment a, List<Role> roles, Role role) {
            int k = roles.indexOf(role);
            return k < 0 ? "" : a.get(r.cells(), k);
        }

        private BigDecimal points(Row r, Alignment a, List<Role> roles, Role role) {
            int k = roles.indexOf(role);
            if (k < 0 || a.cellOf()[k] < 0) {
                return null;
            }
            String cell = r.cells().get(a.cellOf()[k]);
            var v = Figures.points(cell);
            if (!v.isFigure()) {
                diag.warn("notAPoint", r.first(), a.cellOf()[k] + 1, cell, header(role));
            }
            return v.orNull();
        }

        private EvaluationReport build() {
            boolean empty =
                    indicators.isEmpty() && budgetLine == null && totalLine == null && goal == null && outcome == null;
            int titleLine = rows.get(block.start()).first();
            if (empty) {
                diag.warn(
                        sawTable ? "blockEmpty" : "noTable",
                        titleLine,
                        null,
                        DocumentFacts.heading(rows.get(block.start()).firstNonEmpty()));
                return null;
            }
            String kind = block.kind() == Kind.OVERALL ? "overall" : "project";
            String reportName = kind.equals("overall") ? overallName() : projectName(titleLine);
            SummaryEntry s = reportName == null ? null : summary.get(CellText.squeeze(reportName));
            Map<String, LineRange> figures = new LinkedHashMap<>();
            if (budgetLine != null) {
                LineRange b = LineRange.single(budgetLine);
                putIf(figures, "initialBudget", initial, b);
                putIf(figures, "adjustedBudget", adjusted, b);
                putIf(figures, "executed", executed, b);
                putIf(figures, "executionRate", rate, b);
                putIf(figures, "executionWeight", weight, b);
                putIf(figures, "executionScore", score, b);
            }
            if (s != null) {
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
            checkRate();
            int last = block.end() - 1;
            while (last > block.start() && rows.get(last).isBlank()) {
                last--;
            }
            return new EvaluationReport(
                    kind,
                    reportName,
                    supervising,
                    implementing,
                    initial,
                    adjusted,
                    executed,
                    rate,
                    weight,
                    score,
                    total,
                    grade,
                    goal,
                    outcome,
                    null,
                    new LineRange(titleLine, Math.max(titleLine, rows.get(last).last())),
                    figures,
                    funding,
                    List.of(),
                    indicators,
                    List.of());
        }

        private void putIf(Map<String, LineRange> figures, String key, BigDecimal value, LineRange where) {
            if (value != null) {
                figures.put(key, where);
            }
        }

        /** The name an overall table prints ("部门(单位)整体支出 (万元)" → 部门(单位)整体支出), else 部门整体支出. */
        private String overallName() {
            if (overallLabel != null) {
                String n = overallLabel
                        .replaceAll("\\s*[（(]\\s*万元\\s*[)）]", "")
                        .replaceFirst("总额$", "")
                        .strip();
                if (n.contains("整体支出")) {
                    return n;
                }
            }
            return "部门整体支出";
        }

        private String projectName(int titleLine) {
            boolean organisation = name != null && (name.equals(supervising) || name.equals(implementing));
            if ((name == null || organisation && nameRowHadMoreValues) && loneRow != null) {
                diag.warn("nameFromLoneRow", nameLine == null ? titleLine : nameLine, null, loneRow);
                return loneRow;
            }
            if (name != null) {
                return name;
            }
            String fromTitle = CellText.squeeze(
                            DocumentFacts.heading(rows.get(block.start()).firstNonEmpty()))
                    .replaceFirst("^(19|20)\\d{2}年度?", "")
                    .replaceFirst("(预算)?(项目)?(支出)?(绩效)?自评(结果)?表.*$", "");
            diag.warn("nameFromTitle", titleLine, null, fromTitle);
            return fromTitle.isEmpty()
                    ? DocumentFacts.heading(rows.get(block.start()).firstNonEmpty())
                    : fromTitle;
        }

        /** The reported rate is kept as printed; a rate that disagrees with B/A is pointed out, never corrected. */
        private void checkRate() {
            if (rate == null || adjusted == null || executed == null || adjusted.signum() == 0) {
                return;
            }
            BigDecimal computed = executed.divide(adjusted, 6, java.math.RoundingMode.HALF_UP);
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(rate.scale()).max(new BigDecimal("0.0001"));
            if (computed.subtract(rate).abs().compareTo(tolerance) > 0) {
                diag.warn(
                        "rateDiffers",
                        budgetLine,
                        null,
                        rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                        computed.movePointRight(2)
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString() + "%");
            }
        }
    }

    private static String header(Role role) {
        return switch (role) {
            case WEIGHT -> "分值";
            case SCORE -> "得分";
            default -> role.name();
        };
    }

    /** "第 6 格“100%”未用；分值←第 7 格": how a shifted row was read, for its warning. */
    private static String describe(List<String> cells, Alignment a, List<Role> roles) {
        List<String> parts = new ArrayList<>();
        for (int k : a.extra()) {
            if (!cells.get(k).isEmpty()) {
                parts.add("#" + (k + 1) + "“" + CellText.shorten(cells.get(k)) + "”×");
            }
        }
        for (int j = 0; j < roles.size(); j++) {
            int c = a.cellOf()[j];
            Role role = roles.get(j);
            if (c >= 0 && c != j && !cells.get(c).isEmpty() && role != Role.FRAME && role != Role.OTHER) {
                parts.add(label(role) + "←#" + (c + 1));
            }
        }
        return String.join(", ", parts);
    }

    static String label(Role role) {
        return switch (role) {
            case CATEGORY -> "一级指标";
            case SUBCATEGORY -> "二级指标";
            case NAME -> "三级指标";
            case CLASS -> "指标类型";
            case NATURE -> "指标性质";
            case UNIT -> "度量单位";
            case TARGET -> "年度指标值";
            case ACTUAL -> "实际完成值";
            case WEIGHT -> "分值";
            case SCORE -> "得分";
            case REASON -> "偏差原因";
            case MEASURES -> "改进措施";
            default -> role.name();
        };
    }
}
