package com.jixiao.insight.targets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import org.junit.jupiter.api.Test;

class UnmetTargetsViewTest extends ViewTest {

    @Test
    void listsUnmetIndicatorsAndNarrativeGoalsWithReasons() {
        UnmetTargetsView view = navigate(UnmetTargetsView.class);
        assertThat(view.shown.stream().filter(t -> t.source().equals("indicator"))).hasSize(32);
        assertThat(view.shown.stream().filter(t -> t.source().equals("goal"))).isNotEmpty();
        assertThat(view.shown).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("各类证照印刷数量");
            assertThat(t.target()).isEqualTo("≥40000张");
            assertThat(t.actual()).isEqualTo("32277张");
            assertThat(t.reason()).contains("因资金紧张");
        });
    }

    @Test
    void followsTheRegionFilter() {
        UnmetTargetsView view = open("unmet", "region=甘肃省", UnmetTargetsView.class);
        assertThat(view.shown).isNotEmpty().allMatch(t -> t.unitName().equals("武威市政府政务服务中心"));
    }
}
