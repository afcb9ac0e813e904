package com.jixiao.insight.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.evaluation.UnitYearSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SummaryViewTest extends ViewTest {

    @Test
    void showsEveryUnitYearWithTheReportedFigures() {
        SummaryView view = navigate(SummaryView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(5);

        int hongshan = row(grid, "武汉市洪山区行政审批局");
        assertThat(grid.getCellText(hongshan, 3)).isEqualTo("3,186.46");
        assertThat(grid.getCellText(hongshan, 4)).isEqualTo("3,155.06");
        assertThat(grid.getCellText(hongshan, 5)).isEqualTo("99.01%");
        assertThat(grid.getCellText(hongshan, 6)).isEqualTo("99.8");
        assertThat(grid.getCellText(hongshan, 7)).isEqualTo("2");

        int zhangdian = row(grid, "淄博市张店区行政审批服务局");
        assertThat(grid.getCellText(zhangdian, 5))
                .as("no overall evaluation: not reported, never 0")
                .isEqualTo("未报告");
        assertThat(grid.getCellText(zhangdian, 7)).isEqualTo("7");
        assertThat(grid.getCellText(zhangdian, 3)).as("projects' total, marked").endsWith(" *");
    }

    @Test
    void labelsComeFromTheBundleInChineseByDefault() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        SummaryView view = navigate(SummaryView.class);
        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("单位");
        assertThat(view.getPageTitle()).startsWith("单位年度汇总");
    }

    private static int row(GridTester<?, UnitYearSummary> grid, String unit) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals(unit)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + unit);
    }
}
