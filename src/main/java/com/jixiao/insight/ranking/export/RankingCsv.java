package com.jixiao.insight.ranking.export;

import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.export.RankingLayout.Column;
import com.jixiao.insight.ranking.export.RankingLayout.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ranking as one plain table for machines: a header row, then one row per unit and year (RFC 4180,
 * UTF-8 with a BOM so that Excel reads the Chinese). Nothing above the header; what makes the file
 * stand on its own (filters, date, source, synthetic marker) rides in trailing columns of every row.
 * Numbers are plain: no thousands separators, rates as fractions (0.9901) with the header saying so.
 */
final class RankingCsv {

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private RankingCsv() {}

    static void write(RankingLayout layout, OutputStream out) throws IOException {
        List<Column> columns = layout.columns();
        String filters = layout.filters();
        String generated = layout.table().generatedAt().withNano(0).format(GENERATED);
        String source = layout.source();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        // Not closed: the caller owns the stream.
        CSVPrinter csv = CSVFormat.DEFAULT.print(writer);
        List<String> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(c.kind() == Kind.RATE ? layout.text("export.csv.fraction", c.header()) : c.header());
        }
        header.addAll(List.of(
                layout.text("export.column.filters"),
                layout.text("export.column.generatedAt"),
                layout.text("export.column.source")));
        csv.printRecord(header.stream().map(RankingCsv::neutralise));
        for (int year : layout.years()) {
            for (RankingRow row : layout.rows(year)) {
                List<String> record = new ArrayList<>();
                for (Column c : columns) {
                    record.add(cell(c.kind(), c.value().apply(row)));
                }
                record.addAll(List.of(neutralise(filters), generated, neutralise(source)));
                csv.printRecord(record);
            }
        }
        csv.flush();
    }

    /** Numbers as plain decimals (never neutralised: a negative number stays a number); text neutralised. */
    static String cell(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.TEXT) {
            return neutralise(value.toString());
        }
        BigDecimal number = RankingLayout.number(value);
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /**
     * Spreadsheets run a cell that begins with = + - @ (or a tab or CR before one) as a formula; a
     * leading apostrophe makes it text. Applied to text cells only, so numbers keep their sign.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
