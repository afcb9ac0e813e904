package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import java.util.List;
import java.util.Optional;

/**
 * Reads one evaluation's block: each row either opens a table (indicators, budget, goals: recognised by their
 * header, wherever they stand), which its reader reads to its end, or is a labelled row.
 */
final class EvaluationReader {

    private final FormContext form;
    private final Block block;
    private final ProjectSummary summary;
    private final EvaluationDraft draft = new EvaluationDraft();
    private Integer lastIncompleteRow;

    EvaluationReader(FormContext form, Block block, ProjectSummary summary) {
        this.form = form;
        this.block = block;
        this.summary = summary;
    }

    /** The line of the last indicator row that lacked a value column its header has, if any. */
    Optional<Integer> lastIncompleteRow() {
        return Optional.ofNullable(lastIncompleteRow);
    }

    /** The evaluation, or empty (with a warning) if the block holds nothing readable. */
    Optional<EvaluationReport> read() {
        LabelledRows labelled = new LabelledRows(form, block, draft);
        int i = block.firstContentRow();
        while (i < block.end()) {
            Row r = form.row(i);
            if (r.isBlank()) {
                i++;
                continue;
            }
            Optional<Header> header = IndicatorColumns.header(r.cells());
            if (header.isPresent()) {
                IndicatorBlock indicators = new IndicatorBlock(form, block, draft, header.get());
                i = indicators.read(i);
                indicators.lastIncompleteRow().ifPresent(line -> lastIncompleteRow = line);
                continue;
            }
            List<String> missing = IndicatorColumns.missingColumns(r.cells());
            if (!missing.isEmpty()) {
                throw form.diag().reject("missingColumns", r.first(), null, String.join("、", missing));
            }
            Optional<List<Budget.Column>> budget = Budget.header(BudgetBlock.cellsOf(r));
            if (budget.isPresent()) {
                i = new BudgetBlock(form, block, draft).read(i, budget.get());
                continue;
            }
            if (Goals.isHeader(r.cells())) {
                i = new GoalBlock(form, block, draft).read(i);
                continue;
            }
            labelled.read(r);
            i++;
        }
        return draft.build(form, block, summary);
    }
}
