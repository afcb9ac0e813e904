package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows under a budget header (see {@link Budget}): the first is the evaluation's own budget line, the
 * labelled rows after it are its funding lines (其中：当年财政拨款, 上年结转资金 …).
 */
final class BudgetBlock {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OF_WHICH = Pattern.compile("^其中\\s*[：:]\\s*");
    /** A heading that puts the table's figures in 元: "项目资金（元）", "年初预算数(元)", "金额单位：元", "单位：元". */
    private static final Pattern YUAN_CELL = Pattern.compile(".*[（(]元[)）].*");

    private static final Pattern WAN_CELL = Pattern.compile("^(金额|计量)?单位[：:]万元$");
    private static final Pattern YUAN_LINE = Pattern.compile("^(金额|计量)?单位[：:]元$");

    private final FormContext form;
    private final Block block;
    private final EvaluationDraft draft;

    BudgetBlock(FormContext form, Block block, EvaluationDraft draft) {
        this.form = form;
        this.block = block;
        this.draft = draft;
    }

    /** Tables extracted from PDF print a budget row as space-separated words: read those as cells. */
    static List<String> cellsOf(Row r) {
        if (r.isText()) {
            List<String> words = List.of(SPACES.split(r.firstNonEmpty()));
            if (words.size() >= 2) {
                return words;
            }
        }
        return r.cells();
    }

    /** Reads the rows after the header at {@code headerIndex}; returns the index of the first row not read. */
    int read(int headerIndex, List<Budget.Column> columns) {
        Row header = form.row(headerIndex);
        List<Budget.Column> positions = header.form().ruled() ? Budget.positions(header.cells()) : null;
        String yuan = yuanHeading(headerIndex);
        if (yuan != null) {
            form.diag().warn("yuanByHeading", header.first(), null, yuan);
        }
        int i = headerIndex + 1;
        boolean first = true;
        while (i < block.end()) {
            Row r = form.row(i);
            if (r.isBlank()) {
                i++;
                continue;
            }
            List<String> cells = cellsOf(r);
            if (endsBudget(r)
                    || IndicatorColumns.header(r.cells()).isPresent()
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
            Optional<Budget.Line> line = positions != null && r.form().ruled()
                    ? Budget.readPositional(r.cells(), positions, r.first(), form.diag(), yuan)
                    : Budget.read(cells, columns, r.first(), form.diag(), yuan);
            if (line.isEmpty()) {
                break;
            }
            Budget.Line l = line.get();
            if (first) {
                first = false;
                draft.budget(l, r.first());
            } else if (l.label() != null) {
                draft.addFunding(new FundingLineRow(
                        fundingSource(l.label()),
                        l.initial(),
                        l.adjusted(),
                        l.executed(),
                        l.rate(),
                        LineRange.single(r.first())));
            }
            i++;
        }
        draft.markTableSeen();
        return i;
    }

    /**
     * A row that is no budget line: a goal row of its own (年度绩效目标 | …, 目标完成情况 | …), or the first row of an
     * indicator header on two rows (绩效指标 | 年度指标值 | 实际完成值 …: two or more header words).
     */
    private static boolean endsBudget(Row r) {
        if (Goals.isRowLabel(r.firstNonEmpty())) {
            return true;
        }
        long words =
                r.cells().stream().filter(FormVocabulary::isIndicatorHeaderWord).count();
        return words >= 2;
    }

    /**
     * The heading that says this budget table counts in 元, or null (万元, the forms' unit): a cell of its header row
     * ("项目资金（元）", "年初预算数(元)"), else the last unit line above it in the evaluation ("金额单位：元"). A unit
     * line of 万元 closer to the table wins over one of 元 further up.
     */
    private String yuanHeading(int headerIndex) {
        for (String c : form.row(headerIndex).cells()) {
            if (YUAN_CELL.matcher(CellText.squeeze(c)).matches()) {
                return c;
            }
        }
        for (int i = headerIndex - 1; i >= block.start(); i--) {
            Row r = form.row(i);
            if (r.nonEmpty() != 1) {
                continue;
            }
            String t = CellText.squeeze(r.firstNonEmpty());
            if (YUAN_LINE.matcher(t).matches()) {
                return r.firstNonEmpty();
            }
            if (WAN_CELL.matcher(t).matches()) {
                return null;
            }
        }
        return null;
    }

    private static String fundingSource(String label) {
        return OF_WHICH.matcher(label)
                .replaceFirst("")
                .replaceAll("[（(]万元[)）]", "")
                .strip();
    }
}
