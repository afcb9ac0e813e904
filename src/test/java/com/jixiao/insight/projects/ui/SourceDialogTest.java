package com.jixiao.insight.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.jixiao.insight.projects.SourceLine;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source dialog shows, for a file that was not text, where each line and the cited figure stand in it. */
class SourceDialogTest extends ViewTest {

    @Test
    void aPdfFigureCitesItsPageAndPosition() {
        SourceDialog dialog = new SourceDialog(
                "原文",
                "003-forms.pdf",
                List.of(
                        new SourceLine(11, "产出指标 | 数量指标 | 办件量", false, "第1页 y=402"),
                        new SourceLine(12, "负责维护设备数量 | ≥200台/套 | 330台/套 | 10 | 6.5", true, "第1页 y=421"),
                        new SourceLine(13, "质量指标 | 设备完好率", true, "第2页 y=58")));
        assertThat(dialog.heading.getText()).isEqualTo("来源：003-forms.pdf，第12–13行，在原文件中位于 第1页 y=421 至 第2页 y=58");
        assertThat(locations(dialog)).containsExactly("第1页 y=402", "第1页 y=421", "第2页 y=58");
    }

    @Test
    void aSheetFigureCitesItsCellsAndOneLineOnePlace() {
        SourceDialog dialog =
                new SourceDialog("原文", "form.xlsx", List.of(new SourceLine(7, "年初预算数 | 120.00", true, "自评表!A7:H7")));
        assertThat(dialog.heading.getText()).isEqualTo("来源：form.xlsx，第7–7行，在原文件中位于 自评表!A7:H7");
    }

    @Test
    void aTextFileHasOnlyItsLineNumbers() {
        SourceDialog dialog =
                new SourceDialog("原文", "report.txt", List.of(new SourceLine(5, "年初预算数\t120.00", true, null)));
        assertThat(dialog.heading.getText()).isEqualTo("来源：report.txt，第5–5行");
        assertThat(locations(dialog)).isEmpty();
    }

    private static List<String> locations(SourceDialog dialog) {
        return dialog.getChildren()
                .flatMap(c -> c.getChildren())
                .flatMap(row -> row.getChildren())
                .filter(c -> c instanceof Span s && s.hasClassName("line-location"))
                .map(c -> ((Span) c).getText())
                .toList();
    }
}
