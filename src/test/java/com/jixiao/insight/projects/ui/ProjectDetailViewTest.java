package com.jixiao.insight.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.projects.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectDetailViewTest extends ViewTest {

    @Autowired
    ProjectService projects;

    @Test
    void showsReportedAndRecomputedFiguresTheIndicatorTreeAndTheSource() {
        ProjectsView list = open("projects", "flag=over_achievement_penalised", ProjectsView.class);
        long id = test(list.grid).getRow(0).id();
        ProjectDetailView view = navigate("projects/" + id, ProjectDetailView.class);
        var d = view.detail;
        assertThat(d.unitName()).isEqualTo("淄博市张店区行政审批服务局");
        assertThat(d.totalScore()).isEqualByComparingTo("96.5");
        assertThat(d.recomputedTotalScore()).isEqualByComparingTo("100");
        var devices = d.indicators().stream()
                .filter(i -> i.name().equals("负责维护张店市民中心硬件设备数量"))
                .findFirst()
                .orElseThrow();
        assertThat(devices.status()).isEqualTo("met");
        assertThat(devices.score()).isEqualByComparingTo("6.5");
        assertThat(devices.recomputedScore()).isEqualByComparingTo("10");
        assertThat(devices.flags()).extracting(f -> f.kind()).containsExactly("over_achievement_penalised");
        assertThat(view.flagText(devices.flags().getFirst())).isEqualTo("超额完成反被扣分：自评6.5，按规则10（≥200台/套 | 330台/套 | 10）");
        // Category → subcategory → indicator.
        assertThat(view.tree.getTreeData().getRootItems())
                .extracting(ProjectDetailView.Node::label)
                .containsExactly("成本指标", "产出指标", "效益指标", "满意度指标");
        // The source of the indicator is its line in the report.
        var lines = projects.source(d.documentId(), devices.lineFrom(), devices.lineTo(), 0);
        assertThat(lines)
                .allMatch(l -> l.cited())
                .anySatisfy(l -> assertThat(l.text()).contains("负责维护张店市民中心硬件设备数量", "330台/套", "6.5"));
    }

    @Test
    void anUnknownProjectSaysSo() {
        ProjectDetailView view = navigate("projects/999999", ProjectDetailView.class);
        assertThat(view.detail).isNull();
        assertThat(view.getPageTitle()).startsWith("未找到该评价");
    }
}
