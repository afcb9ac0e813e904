package com.jixiao.insight.ranking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.ranking.RankingMetric;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class RankingsViewTest extends ViewTest {

    @Test
    void ranksByTheMetricInTheUrlAndOffersTheThreeExports() {
        RankingsView view = open("rankings", "metric=score&from=2024&to=2024", RankingsView.class);
        assertThat(view.query.metric()).isEqualTo(RankingMetric.SCORE);
        var grid = test(view.grid);
        // Jianghan 2024 prints no score, so it is not ranked by score (never ranked as 0).
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 3)).isEqualTo("武汉市洪山区行政审批局");
        assertThat(grid.getCellText(0, 5)).isEqualTo("99.8");
        assertThat(grid.getCellText(1, 3)).isEqualTo("淄博市张店区行政审批服务局");
        assertThat($(Paragraph.class).all()).extracting(p -> p.getText()).contains("2024 年未报告该指标、不参与排名：武汉市江汉区行政审批局");
        assertThat($(Anchor.class).all())
                .extracting(a -> a.getId().orElse(""))
                .contains("export-xlsx", "export-csv", "export-pdf");
    }

    @Test
    void defaultsToExecutionRateOverAllYears() {
        RankingsView view = navigate(RankingsView.class);
        assertThat(view.query.metric()).isEqualTo(RankingMetric.EXECUTION_RATE);
        assertThat(view.query.fromYear()).isEqualTo(2022);
        assertThat(view.query.toYear()).isEqualTo(2024);
        assertThat(view.grid
                        .getLazyDataView()
                        .getItems()
                        .map(r -> r.fiscalYear())
                        .distinct()
                        .toList())
                .containsExactly(2022, 2023, 2024);
    }
}
