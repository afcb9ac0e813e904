package com.jixiao.insight.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.store.SeedReports;
import com.jixiao.insight.ingest.store.SeedReports.Seed;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of the report text family beyond the seeds: pipe tables in GB18030 with the header variants
 * (年初目标值, 权重, 自评得分, 未完成原因分析) and amounts written "150万"; HTML fragments with merged cells;
 * UTF-8 with a byte-order mark, with separate 指标性质 and 度量单位 columns and goal rows.
 */
class ReportReaderTest {

    private final ReportReader parser = new ReportReader(ImportLimits.DEFAULT);

    @Test
    void pipeTableInGb18030WithHeaderVariantsAndAmountsInWan() {
        ParsedFile f = parser.parse("pipe-gbk.txt", TestStores.resource("/import/good/pipe-gbk.txt"));
        assertThat(f.encoding()).isEqualTo("GB18030");
        ReportDocument doc = f.document();
        assertThat(doc.unit()).isEqualTo("示例县农业农村局");
        assertThat(doc.region()).isEqualTo("河南省/示例市/示例县");
        assertThat(doc.year()).isEqualTo(2023);
        EvaluationReport p = doc.reports().getFirst();
        assertThat(p.kind()).isEqualTo("project");
        assertThat(p.name()).isEqualTo("高标准农田建设补助");
        assertThat(p.implementingUnit()).isEqualTo("示例县农田建设服务中心");
        assertThat(p.initialBudget()).isEqualByComparingTo("150");
        assertThat(p.adjustedBudget()).isEqualByComparingTo("180");
        assertThat(p.executed()).isEqualByComparingTo("162");
        assertThat(p.executionRate()).isEqualByComparingTo("0.9");
        assertThat(p.totalScore()).isEqualByComparingTo("87.3");
        assertThat(p.fundingLines())
                .singleElement()
                .satisfies(l -> assertThat(l.source()).isEqualTo("当年财政拨款"));
        IndicatorRow first = p.indicators().getFirst();
        assertThat(first.target()).isEqualTo("≥1.2万亩");
        assertThat(first.weight()).isEqualByComparingTo("20");
        assertThat(first.score()).isEqualByComparingTo("18.3");
        assertThat(first.deviationReason()).isEqualTo("部分地块因征地延误，下一年度续建");
        assertThat(p.indicators().get(1).category()).isEqualTo("产出指标");
        assertThat(p.indicators().get(1).subcategory()).isEqualTo("数量指标");
        assertThat(p.indicators().get(1).sourceLines()).isEqualTo(new LineRange(15, 16));
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void htmlFragmentWithMergedCells() {
        ParsedFile f = parser.parse("html-rowspan.html", TestStores.resource("/import/good/html-rowspan.html"));
        EvaluationReport o = f.document().reports().getFirst();
        assertThat(o.kind()).isEqualTo("overall");
        assertThat(o.name()).isEqualTo("部门(单位)整体支出");
        assertThat(o.adjustedBudget()).isEqualByComparingTo("1350");
        assertThat(o.executionRate()).isEqualByComparingTo("0.96");
        assertThat(o.totalScore()).isEqualByComparingTo("83.97");
        assertThat(o.indicators())
                .extracting(IndicatorRow::category)
                .containsExactly("产出指标", "产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(o.indicators())
                .extracting(IndicatorRow::subcategory)
                .containsExactly("数量指标", "数量指标", "时效指标", "社会效益指标", null);
        assertThat(o.indicators().get(1).target()).isEqualTo("800m²");
        assertThat(o.indicators().get(3).deviationReason()).isEqualTo("部分事项需线下核验\n下一步推进电子证照互认");
        assertThat(f.document().region()).isNull();
    }

    @Test
    void utf8WithBomAndSeparateComparatorAndUnitColumns() {
        ParsedFile f = parser.parse("tsv-units-bom.txt", TestStores.resource("/import/good/tsv-units-bom.txt"));
        assertThat(f.encoding()).isEqualTo("UTF-8 (BOM)");
        EvaluationReport p = f.document().reports().getFirst();
        assertThat(p.implementingUnit()).isEqualTo("示例区社区卫生服务中心");
        assertThat(p.annualGoal()).startsWith("为全区12个");
        assertThat(p.goalOutcome()).startsWith("完成9个中心");
        assertThat(p.executionWeight()).isEqualByComparingTo("10");
        IndicatorRow price = p.indicators().get(3);
        assertThat(price.nature()).isEqualTo("≤");
        assertThat(price.target()).isEqualTo("1.3");
        assertThat(price.unitOfMeasure()).isEqualTo("万元");
        assertThat(price.actual()).isEqualTo("1.28");
    }

    @Test
    void theSameReportInGbkAndUtf8ReadsTheSame() {
        byte[] utf8 = TestStores.resource("/data/sources/003_c9f88a5f83ff11a3.txt");
        byte[] gbk = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        ReportDocument a = parser.parse("003.txt", utf8).document();
        ReportDocument b = parser.parse("003.txt", gbk).document();
        assertThat(ImportAgreementTest.same(a.reports(), b.reports())).isTrue();
    }

    /**
     * The seeds' tab-separated tables rewritten as pipe tables and as HTML tables, line for line: the importer
     * must read the same reports from all three forms (the forms differ, the reading does not).
     */
    @ParameterizedTest
    @ValueSource(strings = {"001_fb24821c0354ca4b.txt", "003_c9f88a5f83ff11a3.txt", "004_0ed4b7e3fbc5b049.txt"})
    void theSameReportAsPipeAndHtmlTablesReadsTheSame(String seed) {
        String text = new String(TestStores.resource("/data/sources/" + seed), StandardCharsets.UTF_8);
        ReportDocument tabs =
                parser.parse(seed, text.getBytes(StandardCharsets.UTF_8)).document();
        for (String form : List.of("pipes", "html")) {
            String rewritten = rewrite(text, form);
            ReportDocument other = parser.parse(seed, rewritten.getBytes(StandardCharsets.UTF_8))
                    .document();
            assertThat(ImportAgreementTest.same(tabs.reports(), other.reports()))
                    .as(seed + " as " + form)
                    .isTrue();
            assertThat(other.unit()).isEqualTo(tabs.unit());
            assertThat(other.year()).isEqualTo(tabs.year());
        }
    }

    private static String rewrite(String text, String form) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean row = line.contains("\t");
            if (!row) {
                out.append(line);
            } else if (form.equals("pipes")) {
                out.append("| ")
                        .append(String.join(" | ", line.split("\t", -1)))
                        .append(" |");
            } else {
                boolean first = i == 0
                        || !lines[i - 1].contains("\t")
                                && !(i > 1 && lines[i - 1].isBlank() && lines[i - 2].contains("\t"));
                boolean last = i + 1 >= lines.length
                        || !lines[i + 1].contains("\t")
                                && !(i + 2 < lines.length && lines[i + 1].isBlank() && lines[i + 2].contains("\t"));
                out.append(first ? "<table>" : "")
                        .append("<tr><td>")
                        .append(String.join("</td><td>", line.split("\t", -1)))
                        .append("</td></tr>")
                        .append(last ? "</table>" : "");
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void headerVariantsReadTheSame() {
        String text = new String(TestStores.resource("/data/sources/003_c9f88a5f83ff11a3.txt"), StandardCharsets.UTF_8);
        String variant = text.replace("\t年度指标值\t实际完成指标值\t分值\t得分\t偏差原因分析及改进措施", "\t指标值\t完成值\t权重\t自评得分\t未完成原因分析");
        assertThat(variant).isNotEqualTo(text);
        ReportDocument a =
                parser.parse("003.txt", text.getBytes(StandardCharsets.UTF_8)).document();
        ReportDocument b = parser.parse("003.txt", variant.getBytes(StandardCharsets.UTF_8))
                .document();
        assertThat(ImportAgreementTest.same(a.reports(), b.reports())).isTrue();
    }

    @Test
    void severalProjectTablesUnderOneTitleAreSeveralEvaluations() {
        String text = new String(TestStores.resource("/data/sources/003_c9f88a5f83ff11a3.txt"), StandardCharsets.UTF_8);
        // Keep the first title only: the seven project tables then follow each other under it.
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        boolean firstTitle = true;
        for (String line : lines) {
            if (line.startsWith("项目支出绩效自评表") || line.startsWith("(2024年度)")) {
                if (!firstTitle) {
                    b.append('\n');
                    continue;
                }
                if (line.startsWith("(2024年度)")) {
                    firstTitle = false;
                }
            }
            b.append(line).append('\n');
        }
        ReportDocument one = parser.parse("003.txt", b.toString().getBytes(StandardCharsets.UTF_8))
                .document();
        ReportDocument seven =
                parser.parse("003.txt", text.getBytes(StandardCharsets.UTF_8)).document();
        assertThat(one.reports())
                .extracting(EvaluationReport::name)
                .containsExactlyElementsOf(
                        seven.reports().stream().map(EvaluationReport::name).toList());
        assertThat(one.reports())
                .extracting(r -> r.indicators().size())
                .containsExactlyElementsOf(
                        seven.reports().stream().map(r -> r.indicators().size()).toList());
        assertThat(one.reports()).extracting(EvaluationReport::totalScore).doesNotContainNull();
    }

    @Test
    void seed004ShiftedRowsAreReadByContentAndSaidSo() {
        ParsedFile f = parser.parse("004.txt", TestStores.resource("/data/sources/004_0ed4b7e3fbc5b049.txt"));
        assertThat(f.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("shifted");
            assertThat(w.line()).isEqualTo(19);
        });
        assertThat(f.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("executedMissing");
            assertThat(w.line()).isEqualTo(7);
        });
        assertThat(f.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("categoryPrintedBelow");
            assertThat(w.line()).isEqualTo(109);
        });
    }

    /**
     * A seed cut off right after an indicator's target (a download broken off mid-row) is refused, not read as a
     * shorter report whose last row's cells slid into other columns.
     */
    @ParameterizedTest
    @ValueSource(strings = {"001", "003", "004"})
    void aSeedCutOffAfterATargetIsRefusedAsTruncated(String prefix) {
        Seed seed = SeedReports.all().stream()
                .filter(s -> s.name().startsWith(prefix))
                .findFirst()
                .orElseThrow();
        String text = String.join("\n", seed.source().lines());
        int target = text.indexOf("\t≥", text.length() / 2);
        String cut = text.substring(0, text.indexOf('\t', target + 1));
        assertThatThrownBy(() -> parser.parse("cut.txt", cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.issue().code()).isEqualTo("truncatedRow"));
    }
}
