package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.RankingTable;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What every export of a ranking says, in one language: the lines that make the file stand on its own
 * (title, filters, date, source, synthetic-data note) and the columns with their typed values. The
 * CSV, XLSX and PDF writers only lay this out, so the three files always agree.
 */
final class RankingLayout {

    /** How a column's values are typed and shown: money in 万元, rates as fractions, scores with two decimals. */
    enum Kind {
        TEXT,
        INTEGER,
        MONEY,
        RATE,
        SCORE
    }

    /** A column: its header and, per row, a String, Integer or BigDecimal, or null where the reports give no figure. */
    record Column(String header, Kind kind, Function<RankingRow, Object> value) {}

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RankingTable table;
    private final Messages messages;
    private final Map<Integer, List<RankingRow>> byYear;

    RankingLayout(RankingTable table, Locale locale) {
        this.table = table;
        this.messages = Messages.of(locale);
        this.byYear = table.byYear();
    }

    RankingTable table() {
        return table;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    String metricName() {
        return text("ranking.metric." + table.query().metric().code());
    }

    /** 执行率排名 */
    String title() {
        return text("export.ranking.title", metricName());
    }

    /** 筛选条件：指标 执行率；年度 2022–2024；地区 全部地区 */
    String filters() {
        RankingQuery q = table.query();
        // Years go in as text: MessageFormat would print 2024 as "2,024".
        String years = q.fromYear() == q.toYear() ? String.valueOf(q.fromYear()) : q.fromYear() + "–" + q.toYear();
        return text("export.filters", metricName(), years, q.regionPath().orElseGet(() -> text("export.allRegions")));
    }

    String generated() {
        return text("export.generatedAt", table.generatedAt().format(GENERATED));
    }

    String source() {
        return text("export.source");
    }

    Optional<String> syntheticNote() {
        return table.synthetic() ? Optional.of(text("export.synthetic.note")) : Optional.empty();
    }

    /** The lines printed between the title and the table. */
    List<String> preamble() {
        List<String> lines = new ArrayList<>(List.of(filters(), generated(), source()));
        syntheticNote().ifPresent(lines::add);
        table.notReported()
                .forEach((year, units) ->
                        lines.add(text("export.notRanked", String.valueOf(year), String.join("、", units))));
        return lines;
    }

    /** Every year of the range, also those without rows: the file says so in words rather than leaving them out. */
    List<Integer> years() {
        return IntStream.rangeClosed(table.query().fromYear(), table.query().toYear())
                .boxed()
                .toList();
    }

    List<RankingRow> rows(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    String yearHeading(int year) {
        return text("export.year", String.valueOf(year));
    }

    String noRows(int year) {
        return text("export.noRows", String.valueOf(year));
    }

    String notReported() {
        return text("export.notReported");
    }

    String page(int page, int pages) {
        return text("export.page", String.valueOf(page), String.valueOf(pages));
    }

    List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(text("ranking.column.rank"), Kind.INTEGER, RankingRow::rank),
                new Column(text("ranking.column.rankChange"), Kind.TEXT, this::rankChange),
                new Column(text("ranking.column.unit"), Kind.TEXT, RankingRow::unitName),
                new Column(text("ranking.column.region"), Kind.TEXT, RankingRow::regionPath),
                new Column(text("ranking.column.year"), Kind.INTEGER, RankingRow::fiscalYear),
                new Column(text("ranking.column.value", metricName()), valueKind(), RankingRow::value),
                new Column(text("ranking.column.adjustedBudget"), Kind.MONEY, RankingRow::adjustedBudget),
                new Column(text("ranking.column.executed"), Kind.MONEY, RankingRow::executed),
                new Column(text("ranking.column.executionRate"), Kind.RATE, RankingRow::executionRate),
                new Column(text("ranking.column.reportedScore"), Kind.SCORE, RankingRow::reportedScore),
                new Column(text("ranking.column.recomputedScore"), Kind.SCORE, RankingRow::recomputedScore),
                new Column(text("ranking.column.scoreBasis"), Kind.TEXT, this::scoreBasis),
                new Column(text("ranking.column.unmetTargets"), Kind.INTEGER, RankingRow::unmetTargets),
                new Column(text("ranking.column.auditFlags"), Kind.INTEGER, RankingRow::auditFlags)));
        if (table.synthetic()) {
            String synthetic = text("export.synthetic.value");
            columns.add(new Column(text("export.synthetic.column"), Kind.TEXT, r -> synthetic));
        }
        return columns;
    }

    /** ▲2 (climbed two places), ▼1, – (same place), or "new" without a rank the year before. */
    String rankChange(RankingRow row) {
        Integer change = row.rankChange();
        if (change == null) {
            return text("ranking.change.new");
        }
        return change > 0 ? "▲" + change : change < 0 ? "▼" + -change : "–";
    }

    /** Whether the scores are the overall evaluation's or the mean of the projects'; none without a score. */
    private String scoreBasis(RankingRow row) {
        boolean scored = row.reportedScore() != null || row.recomputedScore() != null;
        return scored && row.scoreBasis() != null ? text("ranking.basis." + row.scoreBasis()) : null;
    }

    private Kind valueKind() {
        return switch (table.query().metric()) {
            case EXECUTION_RATE -> Kind.RATE;
            case SCORE, RECOMPUTED_SCORE -> Kind.SCORE;
            case UNMET_TARGETS, AUDIT_FLAGS -> Kind.INTEGER;
        };
    }

    /** The value as the screen shows it: 3,186.46, 99.01%, 99.8; null stays null. */
    static String display(Kind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case MONEY -> Formats.money((BigDecimal) value);
            case RATE -> Formats.rate((BigDecimal) value);
            case SCORE -> Formats.score((BigDecimal) value);
            case INTEGER -> number(value).toPlainString();
            case TEXT -> value.toString();
        };
    }

    /** Integer or BigDecimal as a BigDecimal. */
    static BigDecimal number(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(((Number) value).longValue());
    }

    /** Roughly how many Latin characters wide a text is: a CJK character counts double. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
