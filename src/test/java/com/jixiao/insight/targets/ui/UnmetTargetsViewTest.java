package com.jixiao.insight.targets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import org.junit.jupiter.api.Test;

class UnmetTargetsViewTest extends ViewTest {

    @Test
    void listsUnmetIndicatorsAndNarrativeGoalsWithReasons() {
        UnmetTargetsView view = navigate(UnmetTargetsView.class);
        // 33 since seed 004 line 32 reads 单位获奖情况, target 市级以上, actual 无 (docs/data-format.md, Corrections).
        assertThat(view.counts.indicators()).isEqualTo(33);
        var shown = view.grid.getLazyDataView().getItems().toList();
        assertThat(shown.stream().filter(t -> t.source().equals("indicator"))).hasSize(33);
        assertThat(shown.stream().filter(t -> t.source().equals("goal")))
                .hasSize(view.counts.goals())
                .isNotEmpty();
        // By unit and year; within a unit-year the narrative goals come after the indicators.
        for (int k = 1; k < shown.size(); k++) {
            var a = shown.get(k - 1);
            var b = shown.get(k);
            assertThat(a.unitName().compareTo(b.unitName())).isLessThanOrEqualTo(0);
            if (a.unitName().equals(b.unitName()) && a.fiscalYear() == b.fiscalYear()) {
                assertThat(a.source().equals("goal") && b.source().equals("indicator"))
                        .isFalse();
            }
        }
        assertThat(shown).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("各类证照印刷数量");
            assertThat(t.target()).isEqualTo("≥40000张");
            assertThat(t.actual()).isEqualTo("32277张");
            assertThat(t.reason()).contains("因资金紧张");
        });
    }

    @Test
    void followsTheRegionFilter() {
        UnmetTargetsView view = open("unmet", "region=甘肃省", UnmetTargetsView.class);
        assertThat(view.grid.getLazyDataView().getItems().toList())
                .isNotEmpty()
                .allMatch(t -> t.unitName().equals("武威市政府政务服务中心"));
    }

    @Test
    void filtersByReasonClassAndShowsTheWordsAndTheCharts() {
        UnmetTargetsView view = open("unmet", "reason=FUNDS_SHORT", UnmetTargetsView.class);
        var shown = view.grid.getLazyDataView().getItems().toList();
        assertThat(shown)
                .isNotEmpty()
                .hasSize(view.counts.total())
                .allMatch(t -> t.reasonClass() == com.jixiao.insight.evaluation.reasons.ReasonClass.FUNDS_SHORT);
        assertThat(shown).anySatisfy(t -> assertThat(t.matchedWords()).isNotBlank());
        assertThat(view.reasonFilter.getValue())
                .isEqualTo(com.jixiao.insight.evaluation.reasons.ReasonClass.FUNDS_SHORT);
        // The charts count every unmet target in scope, whatever the class filter.
        UnmetTargetsView all = navigate(UnmetTargetsView.class);
        assertThat(all.breakdown.total()).isEqualTo(all.counts.total());
    }
}
