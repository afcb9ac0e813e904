package com.jixiao.insight.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.projects.ProjectRow;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProjectsViewTest extends ViewTest {

    @Test
    void listsEveryEvaluationAndFiltersByScore() {
        ProjectsView all = navigate(ProjectsView.class);
        assertThat(test(all.grid).size()).isEqualTo(28);

        ProjectsView low = open("projects", "scoreBelow=90", ProjectsView.class);
        var grid = test(low.grid);
        assertThat(grid.size()).isEqualTo(5);
        assertThat(grid.getCellText(0, 3)).isEqualTo("服装经费");
        assertThat(grid.getCellText(0, 6)).isEqualTo("81.37");
        assertThat(grid.getCellText(0, 7)).isEqualTo("90");
    }

    @Test
    void filtersByExecutionRateFlagAndKind() {
        ProjectsView view = open("projects", "executionBelow=60&kind=project", ProjectsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(6); // Zhangdian 54.65% and 0%, four Gedian projects
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).executionRate()).isLessThan(new BigDecimal("0.6"));
            assertThat(grid.getRow(i).kind()).isEqualTo("project");
        }
        ProjectsView flagged = open("projects", "flag=over_achievement_penalised", ProjectsView.class);
        assertThat(test(flagged.grid).size()).isEqualTo(1);
        assertThat(test(flagged.grid).getCellText(0, 3)).isEqualTo("政务服务中心软硬件设施维保项目");
    }

    @Test
    void aClickOpensTheProjectWithTheFiltersKept() {
        ProjectsView view = open("projects", "region=山东省&scoreBelow=90", ProjectsView.class);
        ProjectRow row = test(view.grid).getRow(0);
        view.open(row);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).isEqualTo("projects/" + row.id() + "?region=%E5%B1%B1%E4%B8%9C%E7%9C%81");
    }

    @Test
    void noMatchShowsAClearMessage() {
        ProjectsView view = open("projects", "scoreBelow=1", ProjectsView.class);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("没有符合筛选条件的评价。");
    }
}
