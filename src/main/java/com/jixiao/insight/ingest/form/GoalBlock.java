package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.grid.Row;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows under a goal header (预期目标 / 实际完成情况, see {@link Goals}): the first long text of the goal
 * column is the annual goal, the first of the outcome column (or worded "目标1完成情况…") the goal outcome.
 */
final class GoalBlock {

    private static final Pattern OUTCOME_WORDING = Pattern.compile("^目标\\s*\\d+\\s*完成情况");

    private final FormContext form;
    private final Block block;
    private final EvaluationDraft draft;

    GoalBlock(FormContext form, Block block, EvaluationDraft draft) {
        this.form = form;
        this.block = block;
        this.draft = draft;
    }

    /** Reads the rows after the header at {@code headerIndex}; returns the index of the first row not read. */
    int read(int headerIndex) {
        int outcomeColumn = Goals.outcomeColumn(form.row(headerIndex).cells());
        int i = headerIndex + 1;
        while (i < block.end()) {
            Row r = form.row(i);
            if (r.isBlank()) {
                i++;
                if (draft.hasGoal() || draft.hasOutcome()) {
                    break;
                }
                continue;
            }
            if (IndicatorColumns.header(r.cells()).isPresent()
                    || Budget.header(r.cells()).isPresent()
                    || r.isText() && Blocks.titleKind(r.firstNonEmpty()) != null) {
                break;
            }
            if (!readTexts(r, outcomeColumn)) {
                break;
            }
            i++;
        }
        draft.markTableSeen();
        return i;
    }

    /** The goal and outcome texts of one row; false if it holds none (the goal rows have ended). */
    private boolean readTexts(Row r, int outcomeColumn) {
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
                form.diag().warn("outcomeByWording", r.first(), c + 1);
            }
            if (isOutcome) {
                if (!draft.hasOutcome()) {
                    draft.outcome(text, r.first());
                }
            } else if (!draft.hasGoal()) {
                draft.goal(text, r.first());
            }
        }
        return any;
    }
}
