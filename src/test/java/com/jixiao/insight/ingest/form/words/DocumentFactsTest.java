package com.jixiao.insight.ingest.form.words;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFactsTest {

    /** Rows of cells, one per line from 1. */
    private static List<Row> rows(List<?>... cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            List<String> c = cells[i].stream().map(String::valueOf).toList();
            rows.add(new Row(i + 1, i + 1, c, c.size() == 1 ? Form.TEXT : Form.CELLS));
        }
        return rows;
    }

    @Test
    void aLabelledUnitIsTheUnit() {
        DocumentFacts.Unit unit = DocumentFacts.unit(rows(
                        List.of("项目支出绩效自评表"),
                        List.of("填报单位（盖章）：临江市白沙区农业农村局"),
                        List.of("主管部门", "临江市农业农村局", "实施单位", "临江市白沙区农业技术推广中心")))
                .orElseThrow();

        assertThat(unit.name()).isEqualTo("临江市白沙区农业农村局");
        assertThat(unit.supervising()).isFalse();
        assertThat(unit.line()).isEqualTo(2);
    }

    @Test
    void withoutALabelOrTitleTheProjectFormsSupervisingDepartmentIsTheUnitAndSaidSo() {
        // "主管部门及代码：[101]北川县水利局" above the table, as the Ministry's forms print it, and the table's own row
        DocumentFacts.Unit unit = DocumentFacts.unit(rows(
                        List.of("项目支出绩效自评表"),
                        List.of("（2024年度）"),
                        List.of("主管部门及代码：[101]北川县水利局"),
                        List.of("项目名称", "农村饮水安全巩固提升工程"),
                        List.of("主管部门", "北川县水利局", "实施单位", "北川县农村供水管理站")))
                .orElseThrow();

        assertThat(unit.name()).isEqualTo("北川县水利局");
        assertThat(unit.supervising()).isTrue();
        assertThat(unit.line()).isEqualTo(3);
    }

    @Test
    void formsOfTwoSupervisingDepartmentsNameNoUnit() {
        assertThat(DocumentFacts.unit(rows(
                        List.of("项目支出绩效自评表"),
                        List.of("主管部门", "北川县水利局", "实施单位", "北川县农村供水管理站"),
                        List.of("项目支出绩效自评表"),
                        List.of("主管部门", "北川县农业农村局", "实施单位", "北川县农业技术推广站"))))
                .isEmpty();
    }

    @Test
    void aTransferPaymentFormsLocalSupervisingDepartmentIsTheUnitNotTheCentralOne() {
        DocumentFacts.Unit unit = DocumentFacts.unit(rows(
                        List.of("中央对地方转移支付区域绩效自评表"),
                        List.of("转移支付（项目）名称", "农村危房改造补助资金"),
                        List.of("中央主管部门", "住房和城乡建设部"),
                        List.of("地方主管部门", "云溪县住房和城乡建设局", "资金使用单位", "云溪县住房和城乡建设局")))
                .orElseThrow();

        assertThat(unit.name()).isEqualTo("云溪县住房和城乡建设局");
        assertThat(unit.supervising()).isTrue();
        assertThat(unit.line()).isEqualTo(4);
    }
}
