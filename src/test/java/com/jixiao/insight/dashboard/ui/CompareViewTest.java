package com.jixiao.insight.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.scope.ScopeOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompareViewTest extends ViewTest {

    @Autowired
    ScopeOptions options;

    @Test
    void comparesTheUnitsInTheUrlSideBySide() {
        var ids = options.units().stream()
                .filter(u -> u.name().equals("武汉市洪山区行政审批局") || u.name().equals("淄博市张店区行政审批服务局"))
                .map(u -> String.valueOf(u.id()))
                .toList();
        CompareView view = open("compare", "units=" + String.join(",", ids), CompareView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(view.units.getValue()).hasSize(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("淄博市张店区行政审批服务局");
        assertThat(grid.getCellText(0, 4)).isEqualTo("89.87%");
        assertThat(grid.getCellText(1, 0)).isEqualTo("武汉市洪山区行政审批局");
        assertThat(grid.getCellText(1, 4)).isEqualTo("99.01%");
        assertThat(grid.getCellText(1, 5))
                .as("no 2023 report: no change, never 0")
                .isEqualTo("–");
    }

    @Test
    void withoutAChoiceComparesEveryUnitInScope() {
        CompareView view = open("compare", "region=甘肃省", CompareView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("88");
    }
}
