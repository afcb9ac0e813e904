package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.format.template.TemplateRows.TemplateRow;
import com.jixiao.insight.ingest.format.template.TemplateRows.Value;
import com.jixiao.insight.ingest.format.template.TemplateRows.Where;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of one template row by column, read strictly: text without formulas or markup, numbers that are
 * numbers, a rate as a fraction (or with %), a year, a kind. Each refusal names the cell.
 */
final class TemplateCells {

    private final TemplateRow row;
    private final Map<TemplateColumns, Integer> columns;
    private final Where where;

    TemplateCells(TemplateRow row, Map<TemplateColumns, Integer> columns, Where where) {
        this.row = row;
        this.columns = columns;
        this.where = where;
    }

    private Value raw(TemplateColumns c) {
        Integer i = columns.get(c);
        return i == null || i >= row.cells().size() ? Value.EMPTY : row.cells().get(i);
    }

    /** Plain text, or null if the cell is empty (see {@link Value#plainText}). */
    String text(TemplateColumns c) {
        return raw(c).plainText(row.line(), columns.get(c), where);
    }

    /** The cell read as its column's type says. */
    Object value(TemplateColumns c) {
        return switch (c.type) {
            case TEXT -> text(c);
            case MONEY -> number(c, Figures.money(textOrNumber(c)));
            case POINTS -> number(c, Figures.points(textOrNumber(c)));
            case RATE -> rate(c);
            case YEAR -> year(c);
            case KIND -> kind(c);
        };
    }

    private String textOrNumber(TemplateColumns c) {
        Value v = raw(c);
        return v.number() != null ? v.number().toPlainString() : v.text().strip();
    }

    private BigDecimal number(TemplateColumns c, Figures.Reading r) {
        if (!r.isFigure()) {
            throw where.reject("notANumber", row.line(), columns.get(c), c.header(), CellText.shorten(raw(c).text()));
        }
        return r.orNull();
    }

    private BigDecimal rate(TemplateColumns c) {
        Value v = raw(c);
        if (v.number() != null) {
            if (v.number().compareTo(new BigDecimal("1.5")) > 0) {
                throw where.reject(
                        "rateNotFraction",
                        row.line(),
                        columns.get(c),
                        v.number().toPlainString());
            }
            return v.number();
        }
        String s = v.text().strip();
        if (s.isEmpty() || Figures.isPlaceholder(s)) {
            return null;
        }
        if (!Figures.isPercent(s)) {
            var plain = Figures.rate(s);
            if (plain.isFigure() && plain.note() == null) {
                return plain.orNull();
            }
            throw where.reject(
                    plain.isFigure() ? "rateNotFraction" : "notANumber",
                    row.line(),
                    columns.get(c),
                    plain.isFigure() ? s : c.header(),
                    CellText.shorten(s));
        }
        return Figures.rate(s).orNull();
    }

    Integer year(TemplateColumns c) {
        String s = textOrNumber(c);
        if (s.isEmpty()) {
            return null;
        }
        String digits = s.replaceAll("年度?$", "");
        if (!digits.matches("(19|20)\\d{2}")) {
            throw where.reject("badYear", row.line(), columns.get(c), CellText.shorten(s));
        }
        return Integer.parseInt(digits);
    }

    /** overall or project, in either language. */
    String kind(TemplateColumns c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        return switch (CellText.squeeze(s).toLowerCase(Locale.ROOT)) {
            case "overall", "部门整体", "整体", "部门整体支出", "单位整体" -> "overall";
            case "project", "项目", "项目支出" -> "project";
            default -> throw where.reject("badKind", row.line(), columns.get(c), CellText.shorten(s));
        };
    }
}
