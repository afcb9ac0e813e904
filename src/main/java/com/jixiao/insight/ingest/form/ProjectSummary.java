package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.words.Cells;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A summary table of the projects (项目名称 … 自评得分 自评等级): the total score and grade of each project by
 * name, for a project table that does not print its own.
 */
final class ProjectSummary {

    /** One project's row in the summary: its total score and grade (either may be absent), and its line. */
    record Entry(BigDecimal score, String grade, int line) {}

    private final Map<String, Entry> entries;

    private ProjectSummary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The entries of every summary table in the rows; a project listed twice keeps its first entry. */
    static ProjectSummary read(List<Row> rows) {
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> h = rows.get(i).cells();
            int name = Cells.indexOf(h, "项目名称");
            int score = Cells.indexOf(h, "自评得分");
            int grade = Cells.indexOf(h, "自评等级");
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
                String g = grade < 0 ? null : Cells.blankToNull(r.cell(grade));
                entries.putIfAbsent(CellText.squeeze(n), new Entry(s, g, r.first()));
            }
        }
        return new ProjectSummary(entries);
    }

    Optional<Entry> entry(String projectName) {
        return projectName == null ? Optional.empty() : Optional.ofNullable(entries.get(CellText.squeeze(projectName)));
    }
}
