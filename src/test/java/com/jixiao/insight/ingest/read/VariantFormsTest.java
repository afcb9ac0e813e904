package com.jixiao.insight.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.ReportJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of invented units in the layouts other units publish, not the seeds' (src/test/resources/forms/variants,
 * made by tools/forms/make_variant_forms.sh from tools/forms/variant_specs.py): the Ministry of Finance project form
 * with 上年结转资金 / 其他资金 rows, a 部门整体 form with its 年度主要任务 block, header words such as 指标值, 全年指标值,
 * 预期指标值, 实际完成指标值, 权重（%）, 自评得分, 原因分析及改进措施, 年初设定目标, amounts in 元, several forms in
 * one document or workbook, a table over a page break. Each must read to its {@code .expected.json} on every field a
 * form prints: the evaluation's kind, name, departments, budgets, rate, scores, grade, goal texts and funding lines,
 * every indicator's levels, name, target, actual, weight, score, deviation reason and improvement measures.
 */
class VariantFormsTest {

    private static final List<String> PDFTOTEXT = List.of(
            "v1-baisha-projects-pdftotext-layout.txt",
            "v2-nanhu-overall-pdftotext-layout.txt",
            "v4-jiangyuan-project-pdftotext-layout.txt",
            "v5-qingshi-project-pdftotext-layout.txt",
            "v1-baisha-projects-pdftotext-raw.txt",
            "v2-nanhu-overall-pdftotext-raw.txt",
            "v4-jiangyuan-project-pdftotext-raw.txt",
            "v5-qingshi-project-pdftotext-raw.txt");

    static Stream<String> files() {
        List<String> all = new ArrayList<>();
        for (String stem : List.of("v1-baisha-projects", "v2-nanhu-overall", "v4-jiangyuan-project")) {
            for (String format : List.of(".docx", ".pdf", "-cells.txt", "-flat.txt")) {
                all.add(stem + format);
            }
        }
        for (String format : List.of(".xlsx", ".xls", "-cells.txt", "-flat.txt")) {
            all.add("v3-anhe-sheets" + format);
        }
        for (String format : List.of(".docx", ".pdf", ".xlsx", "-cells.txt", "-flat.txt")) {
            all.add("v5-qingshi-project" + format);
        }
        // made after the readers, to try them on a form they were not written against: a table over two pages
        for (String format : List.of(".docx", ".pdf", ".xlsx", "-cells.txt", "-flat.txt", "-pdftotext-raw.txt")) {
            all.add("v6-hexi-roads" + format);
        }
        // made after the readers too: the target in three columns, 指标性质 | 指标值 | 度量单位
        for (String format : List.of(
                ".docx", ".pdf", ".xlsx", "-cells.txt", "-flat.txt", "-pdftotext-layout.txt", "-pdftotext-raw.txt")) {
            all.add("v7-beichuan-water" + format);
        }
        // made after the readers too: the 转移支付区域绩效自评表, without 分值 / 得分 or a total
        for (String format : List.of(
                ".docx", ".pdf", ".xlsx", "-cells.txt", "-flat.txt", "-pdftotext-layout.txt", "-pdftotext-raw.txt")) {
            all.add("v8-yunxi-transfer" + format);
        }
        // made after the readers too: a self-evaluation report, pages of prose naming the project and its figures
        // before the form (its 附件)
        for (String format :
                List.of(".docx", ".pdf", "-cells.txt", "-flat.txt", "-pdftotext-layout.txt", "-pdftotext-raw.txt")) {
            all.add("v9-songlin-report" + format);
        }
        // made after the readers too: a 部门整体支出 form in the older 投入 / 过程 / 产出 / 效果 framework
        for (String format : List.of(
                ".docx", ".pdf", ".xlsx", "-cells.txt", "-flat.txt", "-pdftotext-layout.txt", "-pdftotext-raw.txt")) {
            all.add("v10-liutang-overall" + format);
        }
        // made after the readers too: the indicator block a table of its own, its header repeated on the next page
        for (String format :
                List.of(".docx", ".pdf", "-cells.txt", "-flat.txt", "-pdftotext-layout.txt", "-pdftotext-raw.txt")) {
            all.add("v11-shimen-split" + format);
        }
        // the PDFs with their text in a composite font, as Word and WPS write it (tools/forms/make_type0_pdfs.sh)
        for (String stem : List.of("v1-baisha-projects", "v4-jiangyuan-project", "v6-hexi-roads", "v11-shimen-split")) {
            all.add(stem + "-type0.pdf");
        }
        // and pdftotext of those: the texts read whole (spaces aside). Not here: v1's and v6's -layout and v11's -raw,
        // where the glyphs set in the new font's widths at LibreOffice's positions part words as no export does
        // ("“ 一站式”", "6 座，" run into the next column; README "Form variants")
        for (String file : List.of(
                "v1-baisha-projects-type0-pdftotext-raw.txt",
                "v4-jiangyuan-project-type0-pdftotext-layout.txt",
                "v4-jiangyuan-project-type0-pdftotext-raw.txt",
                "v6-hexi-roads-type0-pdftotext-raw.txt",
                "v11-shimen-split-type0-pdftotext-layout.txt")) {
            all.add(file);
        }
        // the sheets printed to PDF by LibreOffice Calc, and pdftotext -layout of those PDFs
        for (String stem : List.of("v6-hexi-roads", "v7-beichuan-water", "v8-yunxi-transfer")) {
            all.add(stem + "-calc.pdf");
            all.add(stem + "-calc-pdftotext-layout.txt");
        }
        // What poppler's pdftotext makes of the PDFs (-layout: by position, wrapped cells interleaved; -raw: in
        // content order): those read so far (README "Import", Form variants).
        for (String file : PDFTOTEXT) {
            all.add(file);
        }
        return all.stream();
    }

    /** The document a file holds: its name up to the format or the text layout. */
    static String stem(String file) {
        return file.replaceFirst("(-calc|-type0)?(-cells|-flat|-pdftotext-layout|-pdftotext-raw)?\\.[a-z]+$", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsEveryPrintedField(String file) {
        String stem = stem(file);
        ReportDocument want = ReportJson.read(
                VariantFormsTest.class.getResourceAsStream("/forms/variants/" + stem + ".expected.json"), stem);
        List<String> diff = new ArrayList<>();
        int[] count = new int[2];
        ParsedFile parsed;
        try {
            parsed = new ReportReader(ImportLimits.DEFAULT)
                    .parse(file, FormFixturesTest.bytes("/forms/variants/" + file));
        } catch (ImportRejected e) {
            throw new AssertionError(file + " refused: " + e.getMessage(), e);
        }
        compare(want, parsed.document(), count, diff);
        System.out.printf(
                "VariantForms %s: %d/%d fields exact (%.1f%%), %d warnings%n",
                file,
                count[0],
                count[1],
                100.0 * count[0] / count[1],
                parsed.warnings().size());
        diff.forEach(d -> System.out.println("    ≠ " + d));
        parsed.warnings().forEach(w -> System.out.println("    warning " + w));
        List<String> counted = diff.stream()
                .filter(d -> !(spacesMayDiffer(file) && FormFixturesTest.onlySpacesDiffer(d)))
                .toList();
        assertThat(counted).as(file).isEmpty();
    }

    /**
     * v6's -layout text, not read whole yet, with the share of its fields read exactly today (spaces counted): a floor.
     * Not read: a row whose target and actual dates stand one space apart ("2024 年 11 月 2025 年 4 月", warned).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"v6-hexi-roads-pdftotext-layout.txt, 98.6"})
    void readsAtLeastTheFieldsItDid(String file, double floor) {
        PartReading reading = partlyRead(file);
        assertThat(reading.percent()).as(file).isGreaterThanOrEqualTo(floor - 0.05);
        assertThat(reading.parsed().warnings())
                .extracting(ImportIssue::code)
                .containsAnyOf("positionedFigureSplit", "anchoredCutUncertain");
    }

    /** A file read only in part: what was read, and the share of its printed fields read exactly. */
    private record PartReading(ParsedFile parsed, double percent) {}

    private static PartReading partlyRead(String file) {
        String stem = stem(file);
        ReportDocument want = ReportJson.read(
                VariantFormsTest.class.getResourceAsStream("/forms/variants/" + stem + ".expected.json"), stem);
        ParsedFile parsed =
                new ReportReader(ImportLimits.DEFAULT).parse(file, FormFixturesTest.bytes("/forms/variants/" + file));
        List<String> diff = new ArrayList<>();
        int[] count = new int[2];
        compare(want, parsed.document(), count, diff);
        System.out.printf("VariantForms %s (partly read): %d/%d fields exact%n", file, count[0], count[1]);
        diff.forEach(d -> System.out.println("    ≠ " + d));
        return new PartReading(parsed, 100.0 * count[0] / count[1]);
    }

    /**
     * v3's sheets as Calc prints them: the 元 column of its second project is too narrow for 685,000.00, so Calc prints
     * "###" and the figure is not in the PDF. Both readings give every other field, the two hidden figures empty, each
     * warned at its line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"v3-anhe-sheets-calc.pdf", "v3-anhe-sheets-calc-pdftotext-layout.txt"})
    void aFigureTheSheetCouldNotShowIsEmptyAndWarned(String file) {
        ReportDocument want = ReportJson.read(
                VariantFormsTest.class.getResourceAsStream("/forms/variants/v3-anhe-sheets.expected.json"), file);
        ParsedFile parsed =
                new ReportReader(ImportLimits.DEFAULT).parse(file, FormFixturesTest.bytes("/forms/variants/" + file));
        List<String> diff = new ArrayList<>();
        compare(want, parsed.document(), new int[2], diff);
        assertThat(diff.stream().filter(d -> !FormFixturesTest.onlySpacesDiffer(d)))
                .containsExactlyInAnyOrder(
                        "特种设备安全监管项目.initialBudget: curated «68.5» imported «null»",
                        "特种设备安全监管项目.funding1.initialBudget: curated «68.5» imported «null»");
        assertThat(parsed.warnings())
                .filteredOn(w -> w.code().equals("figureHidden"))
                .hasSize(2);
    }

    @Test
    void aBudgetLineWhoseHeaderIsNotRecognisedIsWarnedNotLostSilently() {
        // v4's -layout text with the budget table's header lines blanked, as a header cut apart unrecognisably
        List<String> lines = new ArrayList<>(List.of(new String(
                        FormFixturesTest.bytes("/forms/variants/v4-jiangyuan-project-pdftotext-layout.txt"),
                        java.nio.charset.StandardCharsets.UTF_8)
                .split("\n", -1)));
        for (int k = 4; k <= 8; k++) {
            lines.set(k, "");
        }
        ParsedFile parsed = new ReportReader(ImportLimits.DEFAULT)
                .parse(
                        "no-budget-header.txt",
                        String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        EvaluationReport report = parsed.document().reports().getFirst();
        assertThat(report.adjustedBudget()).isNull();
        assertThat(parsed.warnings())
                .filteredOn(w -> w.code().equals("budgetNotRead"))
                .extracting(ImportIssue::line, w -> w.args().getFirst())
                .containsExactly(tuple(11, "年度资金总额 315 298.4 281.06 10 94.19% 9.42"));
    }

    @Test
    void aGlyphWithoutACharacterIsKeptAsTheReplacementCharacterAndWarnedAtItsCell() {
        // v4's form in a composite font whose ToUnicode map lacks 缓 and 夜 (tools/forms/make_type0_pdfs.sh)
        ReportDocument want = ReportJson.read(
                VariantFormsTest.class.getResourceAsStream("/forms/variants/v4-jiangyuan-project.expected.json"), "v4");
        ParsedFile parsed = new ReportReader(ImportLimits.DEFAULT)
                .parse("undecodable-some.pdf", FormFixturesTest.bytes("/pdf/undecodable-some.pdf"));
        List<String> diff = new ArrayList<>();
        compare(want, parsed.document(), new int[2], diff);
        assertThat(diff.stream().filter(d -> !FormFixturesTest.onlySpacesDiffer(d)))
                .containsExactlyInAnyOrder(
                        "城区道路照明设施维护项目#LED节能改造数量.deviationReason: curated «部分路段因道路施工暂缓改造。» imported "
                                + "«部分路段因道路施工暂\uFFFD改造。»",
                        "城区道路照明设施维护项目#夜间出行安全保障.name: curated «夜间出行安全保障» imported «\uFFFD间出行安全保障»");
        assertThat(parsed.warnings())
                .filteredOn(w -> w.code().equals("undecodableText"))
                .extracting(
                        w -> w.args().getFirst(),
                        w -> w.cell() != null && w.cell().startsWith("第1页 y="))
                .containsExactlyInAnyOrder(tuple("\uFFFD间出行安全保障", true), tuple("部分路段因道路施工暂\uFFFD改造。", true));
    }

    /**
     * A PDF's text does not say where a wrapped cell had a space, and a text layout writes a cell's line breaks as
     * spaces (tools/forms/text_layouts.py): their texts are compared without spaces (as FormFixturesTest does).
     */
    private static boolean spacesMayDiffer(String file) {
        return file.endsWith(".pdf") || file.endsWith(".txt");
    }

    /** The import format's fields ({@link ImportAgreementTest#REPORT_FIELDS}) and the text these forms print too. */
    private static final List<String> REPORT_FIELDS = Stream.concat(
                    ImportAgreementTest.REPORT_FIELDS.stream(),
                    Stream.of("supervisingDepartment", "implementingUnit", "annualGoal", "goalOutcome"))
            .toList();

    private static final List<String> INDICATOR_FIELDS = List.of(
            "category",
            "subcategory",
            "name",
            "nature",
            "target",
            "unitOfMeasure",
            "actual",
            "weight",
            "score",
            "deviationReason",
            "improvementMeasures");
    private static final List<String> FUNDING_FIELDS =
            List.of("source", "initialBudget", "adjustedBudget", "executed", "executionRate");

    static void compare(ReportDocument want, ReportDocument got, int[] count, List<String> diff) {
        field(count, diff, "unit", want.unit(), got.unit());
        field(count, diff, "year", want.year(), got.year());
        field(count, diff, "reports", want.reports().size(), got.reports().size());
        for (int k = 0; k < want.reports().size(); k++) {
            EvaluationReport w = want.reports().get(k);
            EvaluationReport g = k < got.reports().size() ? got.reports().get(k) : null;
            String at = w.name();
            for (String f : REPORT_FIELDS) {
                field(count, diff, at + "." + f, ImportAgreementTest.value(w, f), g == null ? "<none>" : value(g, f));
            }
            List<FundingLineRow> gf = g == null ? List.of() : g.fundingLines();
            for (int j = 0; j < Math.max(w.fundingLines().size(), gf.size()); j++) {
                FundingLineRow a =
                        j < w.fundingLines().size() ? w.fundingLines().get(j) : null;
                FundingLineRow b = j < gf.size() ? gf.get(j) : null;
                for (String f : FUNDING_FIELDS) {
                    field(count, diff, at + ".funding" + (j + 1) + "." + f, value(a, f), value(b, f));
                }
            }
            List<IndicatorRow> gi = g == null ? List.of() : g.indicators();
            for (IndicatorRow[] pair : ImportAgreementTest.pairs(w.indicators(), gi)) {
                String name = pair[0] != null ? pair[0].name() : "+" + pair[1].name();
                for (String f : INDICATOR_FIELDS) {
                    field(count, diff, at + "#" + name + "." + f, value(pair[0], f), value(pair[1], f));
                }
            }
        }
    }

    private static Object value(Record r, String f) {
        return r == null ? "<none>" : ImportAgreementTest.value(r, f);
    }

    private static void field(int[] count, List<String> diff, String what, Object want, Object got) {
        count[1]++;
        if (ImportAgreementTest.same(want, got)) {
            count[0]++;
        } else {
            diff.add(what + ": curated «" + want + "» imported «" + got + "»");
        }
    }
}
