package com.jixiao.insight.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.ui.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Upload → preview → confirm without a browser, over a store of its own (imports change what the other
 * views' tests count on).
 */
// A store of its own for each run: a rebuild keeps imported reports, so a reused store would hold the last run’s.
@TestPropertySource(properties = "jixiao.store.path=target/test-stores/import-view-${random.uuid}.duckdb")
class ImportViewTest extends ViewTest {

    static byte[] resource(String path) {
        try (InputStream in = ImportViewTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRevisedReportIsPreviewedThenStoredReplacingTheCurrentOne() {
        ImportView view = navigate(ImportView.class);
        assertThat($(Anchor.class).all())
                .extracting(a -> a.getId().orElse(""))
                .contains("template-xlsx", "template-csv");
        assertThat(view.panel.isVisible()).isFalse();

        String text = new String(resource("/data/sources/004_0ed4b7e3fbc5b049.txt"), StandardCharsets.UTF_8)
                .replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t87");
        view.received("武威2022修订.txt", text.getBytes(StandardCharsets.UTF_8));

        ImportPreviewPanel p = view.panel;
        assertThat(p.isVisible()).isTrue();
        assertThat(p.facts.getElement().getText() + textOf(p.facts)).contains("武威市政府政务服务中心", "2022");
        assertThat(p.region.getValue()).isEqualTo("甘肃省/武威市");
        assertThat(p.region.isReadOnly()).isTrue();
        assertThat(p.status.getText()).contains("替换该单位该年度现有报告");
        var evaluations = test(p.evaluations);
        assertThat(evaluations.size()).isEqualTo(4);
        assertThat(evaluations.getCellText(0, 1)).isEqualTo("部门(单位)整体支出");
        assertThat(evaluations.getCellText(0, 5)).isEqualTo("87");
        assertThat(test(p.indicators).size()).isEqualTo(26);
        assertThat(p.indicators.getColumnByKey("nature").isVisible()).isFalse();
        var warnings = test(p.warnings);
        assertThat(warnings.size()).isGreaterThan(10);
        assertThat(warnings.getCellText(0, 0)).startsWith("武威2022修订.txt，第");
        assertThat(p.confirm.isEnabled()).isTrue();

        test(p.confirm).click();
        assertThat(view.result.getText()).startsWith("已导入并替换旧版本：武威市政府政务服务中心 2022 年度，4 个评价、79 个指标");
        assertThat(view.panel.isVisible()).isFalse();
    }

    @Test
    void aNewUnitWithoutARegionWaitsForOne() {
        ImportView view = navigate(ImportView.class);
        view.received("卫健委.txt", resource("/import/good/tsv-units-bom.txt"));
        ImportPreviewPanel p = view.panel;
        assertThat(p.region.getValue()).isEmpty();
        assertThat(p.region.isReadOnly()).isFalse();
        assertThat(p.region.getHelperText()).contains("文件未写明地区");
        assertThat(p.confirm.isEnabled()).isFalse();
        test(p.region).setValue("北京市/示例区");
        assertThat(p.confirm.isEnabled()).isTrue();
        test(p.confirm).click();
        assertThat(view.result.getText()).startsWith("已导入：示例区卫生健康委员会 2022 年度，1 个评价、5 个指标");
    }

    @Test
    void aRefusedFileSaysWhereAndWhyAndCannotBeConfirmed() {
        ImportView view = navigate(ImportView.class);
        view.received("non-numeric.txt", resource("/import/bad/non-numeric.txt"));
        ImportPreviewPanel p = view.panel;
        assertThat(p.errors.isVisible()).isTrue();
        assertThat(textOf(p.errors)).contains("non-numeric.txt，第 5 行第 3 格：预算执行数字“待定”不是数字。");
        assertThat(p.status.getText()).isEqualTo("不能导入");
        assertThat(p.confirm.isEnabled()).isFalse();
        test(view.panel).find(Button.class).withId("import-cancel").single().click();
        assertThat(view.panel.isVisible()).isFalse();
    }

    @Test
    void aPdfFormIsOfferedPreviewedAndStored() {
        ImportView view = navigate(ImportView.class);
        assertThat(view.upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".doc", ".xls", ".xlsx");
        view.received("北川水利.pdf", resource("/forms/variants/v7-beichuan-water.pdf"));
        ImportPreviewPanel p = view.panel;
        assertThat(p.errors.isVisible()).isFalse();
        assertThat(test(p.indicators).size()).isEqualTo(13);
        // the form prints 指标性质 | 指标值 | 度量单位: the preview shows the three
        assertThat(p.indicators.getColumnByKey("nature").isVisible()).isTrue();
        assertThat(p.indicators.getColumnByKey("unitOfMeasure").isVisible()).isTrue();
        // no evaluation has a note: no note column
        assertThat(p.evaluations.getColumnByKey("note").isVisible()).isFalse();
        var warnings = test(p.warnings);
        assertThat(warnings.size()).isEqualTo(1);
        // a warning about a PDF says the page and the position on it, not the grid's row number
        assertThat(warnings.getCellText(0, 0)).matches("北川水利\\.pdf，第1页 y=\\d+");
        assertThat(warnings.getCellText(0, 1)).contains("已取项目表的主管部门“北川县水利局”作为单位");
        test(p.region).setValue("测试省/北川县");
        test(p.confirm).click();
        assertThat(view.result.getText()).startsWith("已导入：北川县水利局 2024 年度，1 个评价、13 个指标");
    }

    @Test
    void aFormsRemarkRowIsShownAsTheEvaluationsNote() {
        // the 转移支付区域绩效自评表 ends with a 说明 row: kept as the evaluation's note, and shown before confirming
        ImportView view = navigate(ImportView.class);
        view.received("云溪危房改造.docx", resource("/forms/variants/v8-yunxi-transfer.docx"));
        ImportPreviewPanel p = view.panel;
        assertThat(p.evaluations.getColumnByKey("note").isVisible()).isTrue();
        assertThat(test(p.evaluations)
                        .getCellText(0, p.evaluations.getColumns().indexOf(p.evaluations.getColumnByKey("note"))))
                .isEqualTo("说明：本年度无中央巡视、审计和财政监督发现的问题。");
        assertThat(test(p.indicators).size()).isEqualTo(8);
    }

    @Test
    void theSameContentAgainChangesNothing() {
        ImportView view = navigate(ImportView.class);
        view.received("003.txt", resource("/data/sources/003_c9f88a5f83ff11a3.txt"));
        assertThat(view.panel.status.getText()).contains("相同内容已导入");
        test(view.panel.confirm).click();
        assertThat(view.result.getText()).contains("未作任何改动");
    }

    private static String textOf(Component c) {
        return c.getElement().getTextRecursively();
    }
}
