package com.jixiao.insight.targets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"jixiao.store.path=target/test-stores/views.duckdb", "jixiao.store.rebuild=true"})
class UnmetTargetsViewTest extends SpringBrowserlessTest {

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

    /** Navigates like a bookmarked URL: path and query string. */
    private <T extends com.vaadin.flow.component.Component> T open(String path, String query, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
        return $(view).single();
    }
}
