package com.jixiao.insight.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.scope.Scope;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BriefingViewTest extends ViewTest {

    @Autowired
    OverviewService overview;

    @Test
    void previewsTheSummaryOfTheChosenScope() {
        BriefingView view = open("briefing", "region=湖北省&from=2024&to=2024", BriefingView.class);
        var rate = overview.overview(
                        Scope.all().withRegion(Optional.of("湖北省")).withYears(Optional.of(2024), Optional.of(2024)))
                .kpis()
                .weightedExecutionRate();
        assertThat(view.text.title()).isEqualTo("2024年湖北省预算绩效分析简报");
        assertThat(view.text.sentences()).anyMatch(s -> s.contains("加权执行率" + Formats.rate(rate)));
        assertThat(view.shown.region()).contains("湖北省");
    }
}
