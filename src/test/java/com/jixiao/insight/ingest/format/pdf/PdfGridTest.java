package com.jixiao.insight.ingest.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * PdfGrid on PDFs made as units make them (tools/pdf/make_pdf_fixtures.sh: HTML → Word → PDF and HTML → PDF with
 * LibreOffice) and on small ones drawn with PDFBox where exact geometry or a property of the file matters.
 */
class PdfGridTest {

    private static List<GridRow> projectForm;
    private static List<GridRow> twoTables;

    @BeforeAll
    static void read() {
        projectForm = PdfGrid.read(PdfFixtures.file("project-form.pdf"), PdfLimits.DEFAULT);
        twoTables = PdfGrid.read(PdfFixtures.file("two-tables.pdf"), PdfLimits.DEFAULT);
    }

    @Nested
    class ProjectForm {

        @Test
        void titleLinesComeBeforeTheTableAsTextRowsWithTheirPlace() {
            assertThat(projectForm.subList(0, 3))
                    .extracting(GridRow::table, GridRow::cells, GridRow::location)
                    .containsExactly(
                            tuple(false, List.of("2024年度项目支出绩效自评表"), "第1页 y=45"),
                            tuple(false, List.of("（2024年度）"), "第1页 y=81"),
                            tuple(false, List.of("单位：万元"), "第1页 y=110"));
            assertThat(projectForm.get(3).table()).isTrue();
        }

        @Test
        void theIndicatorHeaderRowReadsCellByCell() {
            GridRow header = row(projectForm, "一级指标");
            assertThat(header.cells())
                    .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
            assertThat(header.spanned()).isEmpty();
            assertThat(header.location()).isEqualTo("第1页 y=458");
        }

        @Test
        void aMergedCategoryStandsOnlyInItsFirstRow() {
            assertThat(row(projectForm, "平台运行维护费用").cells())
                    .containsExactly("成本指标", "经济成本指标", "平台运行维护费用", "≤60万元", "59.8万元", "4", "4", "");
            assertThat(row(projectForm, "大厅物业及保洁费用").cells())
                    .containsExactly("", "", "大厅物业及保洁费用", "≤40万元", "39.62万元", "3", "3", "");
            assertThat(row(projectForm, "即办件占比").cells().subList(0, 3)).containsExactly("", "质量指标", "即办件占比");
        }

        @Test
        void figuresKeepTheirFullWidthAndComparisonCharacters() {
            assertThat(row(projectForm, "全年办件量").cells())
                    .containsExactly("产出指标", "数量指标", "全年办件量", "≥7万件", "86256件", "5", "5", "");
            assertThat(row(projectForm, "单件办理成本").cells().get(3)).isEqualTo("≤800元/件");
            assertThat(row(projectForm, "按时办结率").cells().get(3)).isEqualTo("97%-100%");
            assertThat(row(projectForm, "年初预算数").cells())
                    .containsExactly("项目资金（万元）", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分");
            // "99.01%" is printed over two lines in its narrow cell ("99.01" / "%")
            assertThat(row(projectForm, "年度资金总额").cells())
                    .containsExactly("", "年度资金总额", "120.5", "118.6", "117.42", "10", "99.01%", "9.9");
        }

        @Test
        void mergedColumnsAreSpannedAsHtmlColspanReads() {
            GridRow name = row(projectForm, "项目名称");
            assertThat(name.cells()).containsExactly("项目名称", "", "政务服务“一网通办”运行保障经费", "", "", "", "", "");
            assertThat(name.spanned()).containsExactlyInAnyOrder(1, 3, 4, 5, 6, 7);

            GridRow department = row(projectForm, "主管部门");
            assertThat(department.cells())
                    .containsExactly("主管部门", "", "武汉市洪山区行政审批局", "", "", "实施单位", "武汉市洪山区政务服务中心", "");
            assertThat(department.spanned()).containsExactlyInAnyOrder(1, 3, 4, 7);

            GridRow total = row(projectForm, "总分");
            assertThat(total.cells()).containsExactly("总分", "", "", "", "", "100", "97.99", "");
            assertThat(total.spanned()).containsExactlyInAnyOrder(1, 2, 3, 4);
        }

        @Test
        void aCellMergedDownAndAcrossIsEmptyBelowAndNotSpanned() {
            // <td rowspan="2">年度总体目标</td><td colspan="4">预期目标</td><td colspan="3">实际完成情况</td>
            int goals = projectForm.indexOf(row(projectForm, "年度总体目标"));
            assertThat(projectForm.get(goals).cells()).containsExactly("年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "");
            assertThat(projectForm.get(goals).spanned()).containsExactlyInAnyOrder(2, 3, 4, 6, 7);
            GridRow texts = projectForm.get(goals + 1);
            assertThat(texts.cells().get(0)).isEmpty();
            assertThat(texts.cells().get(1))
                    .isEqualTo("保障政务服务大厅和“一网通办”平台全年稳定运行，全年办件量不少于7万件，群众满意度不低于98%，" + "推进“高效办成一件事”改革，压减办理时限和申请材料。");
            assertThat(texts.spanned()).containsExactlyInAnyOrder(2, 3, 4, 6, 7);
        }

        @Test
        void aWrappedCellIsJoinedWithoutSpacesBetweenChineseCharacters() {
            assertThat(row(projectForm, "营商环境评价政务服务指标").cells().get(7))
                    .isEqualTo("第三方评估中“网上办事便利度”得分低于全市平均，原因是部分区级事项尚未接入省平台统一身份认证；" + "改进措施：2025年6月前完成全部区级事项对接，并开展专项回访。");
            assertThat(row(projectForm, "政务服务“跨省通办”事项数").cells().get(2)).isEqualTo("政务服务“跨省通办”事项数");
        }

        @Test
        void theTableRunsOnOverThreePagesAsOneTable() {
            List<GridRow> table = projectForm.stream().filter(GridRow::table).toList();
            int first = projectForm.indexOf(table.getFirst());
            int last = projectForm.indexOf(table.getLast());
            assertThat(projectForm.subList(first, last + 1))
                    .allMatch(GridRow::table)
                    .hasSize(table.size());
            assertThat(table).allMatch(r -> r.cells().size() == 8);
            assertThat(table.getFirst().location()).startsWith("第1页");
            assertThat(table.getLast().location()).startsWith("第3页");
            assertThat(table.getLast().cells().getFirst()).isEqualTo("总分");

            // the category 产出指标 spans the page break: empty at the top of page 2, carried down by the form reader
            GridRow topOfPage2 = row(projectForm, "窗口工作人员培训次数");
            assertThat(topOfPage2.location()).isEqualTo("第2页 y=100");
            assertThat(topOfPage2.cells())
                    .containsExactly(
                            "",
                            "",
                            "窗口工作人员培训次数",
                            "≥12次",
                            "不足12次",
                            "3",
                            "2",
                            "受人员调整影响，集中培训次数未达预期；明年将按季度制定培训计划，线上线下结合开展。");
            assertThat(row(projectForm, "群众投诉办结率").location()).isEqualTo("第3页 y=29");
        }

        @Test
        void aRowBrokenByThePageIsOneRow() {
            // Word lets the row break: its deviation text runs on at the top of page 2
            GridRow broken = row(projectForm, "帮办代办服务次数");
            assertThat(broken.location()).isEqualTo("第1页 y=721");
            assertThat(broken.cells())
                    .containsExactly(
                            "",
                            "",
                            "帮办代办服务次数",
                            "≥5000次",
                            "4312次",
                            "3",
                            "2.59",
                            "帮办代办需求较预期减少，部分事项已实现全程网办；下一年度将根据大厅实际办件情况合理设定目标值，并加强帮办代办服务宣传。");
            assertThat(projectForm).noneMatch(r -> r.cells().contains("件情况合理设定目标值，并加强帮办代办服务宣传。"));
        }

        @Test
        void proseAfterTheTableIsOneRowPerVisualLine() {
            assertThat(projectForm.subList(projectForm.size() - 2, projectForm.size()))
                    .extracting(r -> r.cells().getFirst())
                    .containsExactly("说明：年度指标值与实际完成值按部门预算批复口径填列；偏差原因分析须说明未完成指标的具体原因和下一", "步改进措施。");
            assertThat(projectForm.getLast().table()).isFalse();
        }

        @Test
        void aRotatedPageReadsAsItIsShown() {
            assertThat(PdfGrid.read(PdfFixtures.rotated(PdfFixtures.file("project-form.pdf")), PdfLimits.DEFAULT))
                    .isEqualTo(projectForm);
        }

        @Test
        void aPdfWithOnlyAnOwnerPasswordIsRead() {
            byte[] restricted = PdfFixtures.encrypted(PdfFixtures.file("project-form.pdf"), "", "owner-secret");
            assertThat(PdfGrid.read(restricted, PdfLimits.DEFAULT)).isEqualTo(projectForm);
        }
    }

    @Nested
    class TwoTables {

        @Test
        void proseStandsBetweenTheTablesInPageOrder() {
            assertThat(twoTables)
                    .extracting(r ->
                            r.table() ? "table " + r.cells().size() : r.cells().getFirst())
                    .containsExactly(
                            "武汉市洪山区行政审批局2024年度部门整体支出绩效自评报告",
                            "一、收入支出决算总体情况",
                            "2024年度收入总计1,523.48万元，支出总计1,523.48万元。与2023年度相比，收、支总计减少788.99万元，",
                            "下降34.1%，主要原因是政务服务中心运行经费调整至区政务服务和大数据管理局。",
                            "单位：万元",
                            "table 4",
                            "table 4",
                            "table 4",
                            "table 4",
                            "table 4",
                            "table 4",
                            "table 4",
                            "二、部门整体支出绩效自评情况",
                            "根据年初设定的绩效目标，本单位对2024年度部门整体支出开展了自评，自评得分99.8分，自评等级为",
                            "“优”。各项指标完成情况如下表。",
                            "table 6",
                            "table 6",
                            "table 6",
                            "table 6",
                            "table 6",
                            "table 6",
                            "三、下一步改进措施：进一步规范预算编制，提高绩效目标设定的科学性和可衡量性。");
        }

        @Test
        void eachTableHasItsOwnColumns() {
            GridRow income = row(twoTables, "收入");
            assertThat(income.cells()).containsExactly("收入", "", "支出", "");
            assertThat(income.spanned()).containsExactlyInAnyOrder(1, 3);
            assertThat(row(twoTables, "本年收入合计").cells()).containsExactly("本年收入合计", "1,523.48", "住房保障支出", "72.45");
            assertThat(row(twoTables, "本年支出合计").cells()).containsExactly("", "", "本年支出合计", "1,523.48");
            assertThat(row(twoTables, "一级指标").cells()).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分");
        }

        @Test
        void latinWordsWrappedInACellAreJoinedWithASpace() {
            assertThat(row(twoTables, "Quality management system audits (ISO 9001) passed")
                            .cells())
                    .containsExactly(
                            "",
                            "",
                            "Quality management system audits (ISO 9001) passed",
                            "≥2 times",
                            "2 times per year, both passed",
                            "5");
        }
    }

    @Nested
    class DrawnTables {

        private final List<GridRow> rows = PdfGrid.read(PdfFixtures.drawnTable(false), PdfLimits.DEFAULT);

        @Test
        void filledThinRectanglesAreRulingsAndMissingOrWhiteBordersMergeCells() {
            assertThat(rows)
                    .extracting(GridRow::table, GridRow::cells, GridRow::spanned, GridRow::location)
                    .containsExactly(
                            tuple(false, List.of("Report 2024"), Set.of(), "第1页 y=48"),
                            tuple(true, List.of("Output", "Quantity", "12 items"), Set.of(), "第1页 y=100"),
                            tuple(true, List.of("", "Quality", "98%"), Set.of(), "第1页 y=130"),
                            tuple(true, List.of("Total", "100", ""), Set.of(2), "第1页 y=160"),
                            tuple(true, List.of("", "Timeliness", "on time"), Set.of(), "第2页 y=40"),
                            tuple(false, List.of("End of table"), Set.of(), "第2页 y=92"));
        }

        @Test
        void aTableLeftOpenAtThePageBreakReadsAsIfClosed() {
            assertThat(PdfGrid.read(PdfFixtures.drawnTable(true), PdfLimits.DEFAULT))
                    .isEqualTo(rows);
        }

        @Test
        void aOneLineRowBrokenByThePageIsJoinedOnlyWhenItsTextWrapped() {
            assertThat(PdfGrid.read(PdfFixtures.brokenRows(), PdfLimits.DEFAULT))
                    .extracting(GridRow::cells, GridRow::location)
                    .containsExactly(
                            tuple(List.of("Name", "Indicator", "Score"), "第1页 y=40"),
                            tuple(List.of("A", "Printers bought in the year", "2"), "第1页 y=60"),
                            tuple(List.of("", "Desks", "1"), "第2页 y=60"),
                            tuple(List.of("", "Chairs", ""), "第3页 y=40"));
        }

        @Test
        void aPageNumberBetweenTwoPartsOfATableIsLeftOut() {
            assertThat(rows).noneMatch(r -> r.cells().contains("- 1 -"));
        }

        @Test
        void aTableWithoutRulingLinesIsReadAsTextLines() {
            assertThat(PdfGrid.read(PdfFixtures.unruledTable(), PdfLimits.DEFAULT))
                    .extracting(GridRow::table, GridRow::cells)
                    .containsExactly(
                            tuple(false, List.of("Indicator Target")), tuple(false, List.of("Output 12 items")));
        }
    }

    @Nested
    class Refusals {

        @Test
        void bytesThatAreNoPdfAreCorrupt() {
            assertRefused(() -> "项目名称\t一网通办".getBytes(StandardCharsets.UTF_8), "pdfCorrupt");
            assertRefused(() -> new byte[0], "pdfCorrupt");
        }

        @Test
        void aTruncatedPdfIsCorrupt() {
            byte[] whole = PdfFixtures.file("project-form.pdf");
            assertRefused(() -> Arrays.copyOf(whole, whole.length / 2), "pdfCorrupt");
            assertRefused(() -> Arrays.copyOf(whole, whole.length - 200), "pdfCorrupt");
        }

        @Test
        void aPdfPdfboxCannotParseIsCorrupt() {
            assertRefused(
                    () -> "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n"
                            .getBytes(StandardCharsets.US_ASCII),
                    "pdfCorrupt");
        }

        @Test
        void aPdfNeedingAPasswordIsEncrypted() {
            assertRefused(
                    () -> PdfFixtures.encrypted(PdfFixtures.file("two-tables.pdf"), "user-secret", "owner-secret"),
                    "pdfEncrypted");
        }

        @Test
        void aScanSaysWhichPagesAreImages() {
            UnreadableFile refusal = refusal(PdfFixtures.scan(3));
            assertThat(refusal.code()).isEqualTo("pdfNoText");
            assertThat(refusal.args()).containsExactly("3", "1–3");
            assertThat(refusal.location()).isEqualTo("第1–3页");
        }

        @Test
        void textInAFontWithoutCharactersIsUndecodable() {
            // v4's form set in a composite font whose ToUnicode map was left out (tools/forms/make_type0_pdfs.sh)
            UnreadableFile refusal =
                    refusal(com.jixiao.insight.ingest.TestStores.resource("/import/bad/undecodable.pdf"));
            assertThat(refusal.code()).isEqualTo("pdfUndecodable");
            assertThat(refusal.args()).containsExactly("1", "1");
            assertThat(refusal.location()).isEqualTo("第1页");
        }

        @Test
        void blankPagesAreNeitherTextNorScan() {
            UnreadableFile refusal = refusal(PdfFixtures.blank(2));
            assertThat(refusal.code()).isEqualTo("pdfBlank");
            assertThat(refusal.args()).containsExactly("2");
        }

        @Test
        void tooManyPagesAreRefusedBeforeAnyPageIsRead() {
            UnreadableFile refusal = refusal(PdfFixtures.blank(301));
            assertThat(refusal.code()).isEqualTo("pdfTooManyPages");
            assertThat(refusal.args()).containsExactly("301", "300");

            assertThatThrownBy(() -> PdfGrid.read(PdfFixtures.file("project-form.pdf"), new PdfLimits(2, 5_000)))
                    .isInstanceOfSatisfying(
                            UnreadableFile.class, e -> assertThat(e.args()).containsExactly("3", "2"));
        }
    }

    @Test
    void pageRangesAreShort() {
        assertThat(PdfGrid.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1–3, 5, 7–8");
        assertThat(PdfGrid.ranges(List.of(4))).isEqualTo("4");
    }

    @Nested
    class UndecodableGlyphs {

        @Test
        void aGlyphWithoutACharacterStandsInItsCellAsTheReplacementCharacter() {
            // v4's form in a composite font whose ToUnicode map lacks 缓 and 夜 (Word / WPS fonts, as some converters
            // write them): PDFBox drops such glyphs; here the cell says one is missing
            List<GridRow> rows = PdfGrid.read(PdfFixtures.file("undecodable-some.pdf"), PdfLimits.DEFAULT);
            List<String> cells = rows.stream()
                    .flatMap(r -> r.cells().stream())
                    .filter(c -> c.indexOf('\uFFFD') >= 0)
                    .toList();
            assertThat(cells).containsExactly("部分路段因道路施工暂\uFFFD改造。", "\uFFFD间出行安全保障");
            assertThat(row(rows, "城区道路照明设施维护项目").cells()).contains("城区道路照明设施维护项目");
        }
    }

    @Nested
    class Spacing {

        private static final float EM = 10;

        @Test
        void aPrintedSpaceStaysExceptBetweenChineseCharactersInACell() {
            assertThat(cell(glyphs("指标6: 服务"))).isEqualTo("指标6: 服务");
            assertThat(cell(glyphs("≥ 20 件"))).isEqualTo("≥ 20 件");
            assertThat(cell(glyphs("项 目 名 称"))).isEqualTo("项目名称");
            assertThat(line(glyphs("项 目 名 称"))).isEqualTo("项 目 名 称");
        }

        @Test
        void aGapWithoutASpaceIsASpaceOnlyBetweenLatinWords() {
            List<Glyph> autospaced = new ArrayList<>(glyphs("2024"));
            autospaced.addAll(glyphs("年度", 20 + 2)); // the spacing Word adds between Latin and Chinese
            assertThat(cell(autospaced)).isEqualTo("2024年度");
            List<Glyph> words = new ArrayList<>(glyphs("ISO"));
            words.addAll(glyphs("9001", 15 + 3));
            assertThat(cell(words)).isEqualTo("ISO 9001");
        }

        @Test
        void aWideGapOnALineOutsideTablesSeparatesFields() {
            List<Glyph> fields = new ArrayList<>(glyphs("单位：某局"));
            fields.addAll(glyphs("单位：万元", 50 + 40));
            assertThat(line(fields)).isEqualTo("单位：某局 单位：万元");
            assertThat(cell(fields)).isEqualTo("单位：某局单位：万元");
        }

        /** Glyphs of {@code text} from x = 0, each as wide as a CJK or half a Latin character at 10 pt. */
        private static List<Glyph> glyphs(String text) {
            return glyphs(text, 0);
        }

        private static List<Glyph> glyphs(String text, float x) {
            List<Glyph> out = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                String c = text.substring(i, i + 1);
                float width = TextLines.wide(c.codePointAt(0)) ? EM : EM / 2;
                out.add(new Glyph(c, x, 100, width, EM, 2.5f));
                x += width;
            }
            return out;
        }

        private static String cell(List<Glyph> glyphs) {
            return TextLines.cellText(TextLines.lines(glyphs));
        }

        private static String line(List<Glyph> glyphs) {
            return TextLines.lines(glyphs).getFirst().text(false);
        }
    }

    @Test
    void aLineBreakInACellIsASpaceOnlyBetweenLatinWords() {
        assertThat(joins("Annual", "report")).isTrue();
        assertThat(joins("services,", "and")).isTrue();
        assertThat(joins("≥7万", "件")).isFalse();
        assertThat(joins("99.01", "%")).isFalse();
        assertThat(joins("1234", "56")).isFalse();
        assertThat(joins("97%-", "100%")).isFalse();
        assertThat(joins("(ISO", "9001)")).isTrue();
        assertThat(joins("偏差原因分析", "及改进措施")).isFalse();
    }

    private static boolean joins(String before, String after) {
        return TextLines.lineBreakIsSpace(before.codePointBefore(before.length()), after.codePointAt(0));
    }

    private static Tuple tuple(Object... values) {
        return Tuple.tuple(values);
    }

    /** The one row that has a cell reading {@code cell}. */
    private static GridRow row(List<GridRow> rows, String cell) {
        List<GridRow> found =
                rows.stream().filter(r -> r.cells().contains(cell)).toList();
        assertThat(found).as("rows with a cell %s", cell).hasSize(1);
        return found.getFirst();
    }

    private static UnreadableFile refusal(byte[] pdf) {
        return catchThrowableOfType(UnreadableFile.class, () -> PdfGrid.read(pdf, PdfLimits.DEFAULT));
    }

    private static void assertRefused(Supplier<byte[]> pdf, String code) {
        byte[] bytes = pdf.get();
        assertThatThrownBy(() -> PdfGrid.read(bytes, PdfLimits.DEFAULT))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
