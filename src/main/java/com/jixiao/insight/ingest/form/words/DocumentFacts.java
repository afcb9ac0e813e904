package com.jixiao.insight.ingest.form.words;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says about itself: the unit (from 单位名称 / 部门（单位）/ 填报单位 lines, else from titles
 * such as "2022年武威市政府政务服务中心整体支出绩效自评表"), the fiscal year (from the titles, not from dates
 * such as 填报日期 2024 年 4 月 23 日) and the region, only where a line states it (地区 / 所属地区 / 行政区划).
 * A region is never derived from a unit's name: the importer asks for it instead.
 */
public final class DocumentFacts {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern TITLE_WORD = Pattern.compile(".*(表|报告|公开|结果|自评).*");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("[（(][^）)]*[）)]$");
    private static final Pattern LABEL_WORD = Pattern.compile(".*(指标|预算数|执行数|名称|自评表).*");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[^：:]*[：:]");

    /**
     * The unit a report names; {@code supervising} when no label or title names one and it is the project forms'
     * 主管部门 (the department that publishes its projects' evaluations), which the importer warns about.
     */
    public record Unit(String name, List<String> aliases, int line, boolean supervising) {}

    private static final Pattern UNIT_LABEL =
            Pattern.compile("^(单位名称|部门名称|部门（单位）名称|部门\\(单位\\)名称|部门（单位）|部门\\(单位\\)|填报单位|预算单位|单位)"
                    // a remark after the label: 填报单位（盖章）：…, 单位名称(公章)：…
                    + "(?:[（(](?:盖章|公章|签章|章)[)）])?\\s*[：:]?\\s*(.*)$");
    /** The characters a {@link #UNIT_LABEL} begins with: most cells are passed over without squeezing them. */
    private static final String UNIT_LABEL_STARTS = "单部填预";
    /** A department code before the name: "[101]", "【101】", "101001 ". */
    private static final Pattern LEADING_CODE = Pattern.compile("^(?:[\\[【(（]\\d+[\\]】)）]|\\d{3,}\\s*)");

    private static final Pattern ORG_SUFFIX =
            Pattern.compile(".*(局|中心|委员会|委|办公室|办|院|所|站|馆|队|处|厅|部|会|校|学|社|府|室|司|署|团|台|场|园|公司|本级)$");
    private static final Pattern TITLE_UNIT =
            Pattern.compile("^(?:(?:19|20)\\d{2})\\s*年度?\\s*(.+?)\\s*(?:(?:部门|单位)?整体支出|整体绩效|部门整体|单位整体|预算项目|项目支出|部门决算|"
                    + "整体和项目|项目绩效|绩效自评|决算公开|部门预算|自评)");
    private static final Pattern TITLE_UNIT_ALONE = Pattern.compile("^(?:(?:19|20)\\d{2})\\s*年度?\\s*(\\S.*)$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern REGION_LABEL = Pattern.compile("^(地区|所属地区|所在地区|行政区划|所属区划|区划)\\s*[：:]?\\s*(.*)$");
    /** The characters a {@link #REGION_LABEL} begins with. */
    private static final String REGION_LABEL_STARTS = "地所行区";

    private static final Pattern HEADING = Pattern.compile("^#+\\s*");
    private static final Pattern NUMBERING = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、])\\s*");

    private DocumentFacts() {}

    public static String heading(String text) {
        // Both patterns match only at the start: a text that cannot start them is left as it is without them.
        String stripped = text.strip();
        String unmarked = stripped.startsWith("#") ? HEADING.matcher(stripped).replaceFirst("") : stripped;
        return mayBeNumbered(unmarked)
                ? NUMBERING.matcher(unmarked).replaceFirst("").strip()
                : unmarked.strip();
    }

    /** Whether {@code s} starts with a character {@link #NUMBERING} can start with. */
    private static boolean mayBeNumbered(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char ch = s.charAt(0);
        return ch >= '0' && ch <= '9' || ch == '（' || ch == '(' || "一二三四五六七八九十".indexOf(ch) >= 0;
    }

    /** The first line that reads as a title: a year and 表/报告/公开/结果. */
    public static Optional<String> title(List<Row> rows) {
        for (Row r : rows) {
            if (r.nonEmpty() == 1) {
                String t = heading(r.firstNonEmpty());
                if (t.length() <= 80
                        && YEAR.matcher(t).find()
                        && TITLE_WORD.matcher(t).matches()) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The unit: labelled names first (the most frequent), else names in titles; the others become aliases. */
    public static Optional<Unit> unit(List<Row> rows) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        Map<String, Integer> titled = new LinkedHashMap<>();
        Map<String, Integer> supervising = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Row r : rows) {
            List<String> cells = r.cells();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                char first = CellText.firstNonSpace(cell);
                if (first == '主' || first == '地') {
                    Matcher m = UnitLabels.SUPERVISING_LABEL.matcher(CellText.squeeze(cell));
                    if (m.matches()) {
                        String value = m.group(1).isEmpty() ? nextValue(cells, i) : m.group(1);
                        count(
                                supervising,
                                firstLine,
                                LEADING_CODE.matcher(value).replaceFirst(""),
                                r.first());
                    }
                    continue;
                }
                if (UNIT_LABEL_STARTS.indexOf(first) < 0) {
                    continue;
                }
                Matcher m = UNIT_LABEL.matcher(CellText.squeeze(cell));
                if (m.matches()) {
                    String value = m.group(2).isEmpty() ? nextValue(cells, i) : m.group(2);
                    count(labelled, firstLine, value, r.first());
                }
            }
            if (r.nonEmpty() == 1) {
                String t = heading(r.firstNonEmpty());
                Matcher m = TITLE_UNIT.matcher(t);
                if (m.find()) {
                    count(titled, firstLine, m.group(1), r.first());
                } else {
                    Matcher alone = TITLE_UNIT_ALONE.matcher(t);
                    if (alone.matches()) {
                        count(titled, firstLine, alone.group(1), r.first());
                    }
                }
            }
        }
        Map<String, Integer> all = new LinkedHashMap<>(titled);
        labelled.forEach((k, v) -> all.merge(k, v, Integer::sum));
        Map<String, Integer> pool = labelled.isEmpty() ? titled : labelled;
        if (pool.isEmpty()) {
            // No label or title names the unit: the project forms' one 主管部门 does, if they agree.
            if (supervising.size() != 1) {
                return Optional.empty();
            }
            String name = supervising.keySet().iterator().next();
            return Optional.of(new Unit(name, List.of(), firstLine.get(name), true));
        }
        // The most frequent name across labels and titles among the labelled ones; ties go to the earliest.
        String best = null;
        int bestCount = -1;
        for (String name : pool.keySet()) {
            int c = all.get(name);
            if (c > bestCount) {
                best = name;
                bestCount = c;
            }
        }
        List<String> aliases = new ArrayList<>();
        for (String name : all.keySet()) {
            if (!name.equals(best) && !aliases.contains(name) && labelled.containsKey(name)) {
                aliases.add(name);
            }
        }
        String official = best;
        if (official.endsWith("本级") && official.length() > 4) {
            aliases.addFirst(official);
            official = official.substring(0, official.length() - 2);
            aliases.remove(official);
        }
        return Optional.of(new Unit(official, List.copyOf(aliases), firstLine.get(best), false));
    }

    private static void count(Map<String, Integer> counts, Map<String, Integer> firstLine, String raw, int line) {
        String name = TRAILING_BRACKETS.matcher(CellText.squeeze(raw)).replaceAll("");
        if (name.length() < 3
                || name.length() > 60
                || !ORG_SUFFIX.matcher(name).matches()
                || LABEL_WORD.matcher(name).matches()) {
            return;
        }
        counts.merge(name, 1, Integer::sum);
        firstLine.putIfAbsent(name, line);
    }

    private static String nextValue(List<String> cells, int i) {
        for (int k = i + 1; k < cells.size(); k++) {
            if (!cells.get(k).isEmpty()) {
                return cells.get(k);
            }
        }
        return "";
    }

    /** The years printed in a title ("2024 年度…", "(2024年度)"), excluding dates. */
    public static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** A region only where a line states one, as province/city[/district]. */
    public static Optional<String> region(List<Row> rows) {
        for (Row r : rows) {
            List<String> cells = r.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (REGION_LABEL_STARTS.indexOf(CellText.firstNonSpace(cells.get(i))) < 0) {
                    continue;
                }
                Matcher m = REGION_LABEL.matcher(CellText.squeeze(cells.get(i)));
                if (m.matches()) {
                    String value = m.group(2).isEmpty()
                            ? nextValue(cells, i)
                            : LABEL_PREFIX.matcher(cells.get(i)).replaceFirst("");
                    if (value.equals(cells.get(i))) {
                        value = m.group(2);
                    }
                    Optional<String> path = Regions.normalise(value);
                    if (path.isPresent()) {
                        return path;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
