package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.words.Goals;
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
        int i = headerIndex + 1;
        boolean first = true;
        while (i < block.end()) {
            Row r = form.row(i);
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
            Optional<Budget.Line> line = positions != null && r.form().ruled()
                    ? Budget.readPositional(r.cells(), positions, r.first(), form.diag())
                    : Budget.read(cells, columns, r.first(), form.diag());
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

    private static String fundingSource(String label) {
        return OF_WHICH.matcher(label)
                .replaceFirst("")
                .replaceAll("[（(]万元[)）]", "")
                .strip();
    }
}
