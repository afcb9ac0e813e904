package com.jixiao.insight.ingest.format.word;

import static com.jixiao.insight.ingest.format.word.OfficeFixtures.refusal;
import static com.jixiao.insight.ingest.format.word.OfficeFixtures.resource;
import static com.jixiao.insight.ingest.format.word.OfficeFixtures.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * {@link WordGrid} on the project form as LibreOffice saves it (DOCX and DOC, from tools/office/project_form.html), on
 * DOCX files made here with POI, and on every kind of file it must refuse.
 */
class WordGridTest {

    static final byte[] DOCX = resource("project_form.docx");
    static final byte[] DOC = resource("project_form.doc");

    static List<GridRow> read(byte[] bytes) {
        return WordGrid.read(bytes, OfficeLimits.DEFAULT);
    }

    // ---- the form, DOCX --------------------------------------------------------------------------------

    @Test
    void paragraphsBeforeTheTableAreTextRows() {
        List<GridRow> rows = read(DOCX);
        assertThat(rows.subList(0, 3))
                .containsExactly(
                        GridRow.text("项目支出绩效自评表", "段落1"),
                        GridRow.text("（2024年度）", "段落2"),
                        GridRow.text("单位：万元", "段落3"));
        assertThat(rows.get(3).table()).isTrue();
        assertThat(rows.get(3).location()).isEqualTo("表1 第1行");
    }

    @Test
    void gridSpanLeavesCoveredCellsEmptyAndSpanned() {
        List<GridRow> rows = read(DOCX);
        GridRow name = rows.get(3);
        assertThat(name.cells()).containsExactly("项目名称", "政务服务“一网通办”平台运维项目", "", "", "", "", "", "", "");
        assertThat(name.spanned()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8);
        GridRow units = rowStarting(rows, "主管部门");
        assertThat(units.cells()).containsExactly("主管部门", "襄阳市樊城区人民政府办公室", "", "", "实施单位", "襄阳市樊城区行政审批局", "", "", "");
        assertThat(units.spanned()).containsExactlyInAnyOrder(2, 3, 6, 7, 8);
        GridRow total = rowStarting(rows, "总分");
        assertThat(total.cells()).containsExactly("总分", "", "", "", "", "", "100", "97.9", "");
        assertThat(total.spanned()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void fundingBlockKeepsFiguresAsPrinted() {
        List<GridRow> rows = read(DOCX);
        GridRow header = rowStarting(rows, "项目资金（万元）");
        assertThat(header.cells()).containsExactly("项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertThat(header.spanned()).containsExactly(2); // the empty corner cell spans two columns
        // vMerge continue: 项目资金 covers the first cell of the three rows below, empty and not spanned
        GridRow total = rows.get(rows.indexOf(header) + 1);
        assertThat(total.cells()).containsExactly("", "年度资金总额", "", "120", "120", "118.81", "10", "99.01%", "9.9");
        assertThat(total.spanned()).containsExactly(2);
        assertThat(total.location()).isEqualTo("表1 第4行");
    }

    @Test
    void indicatorHeaderAndMergedCategoriesStandInTheirFirstRowOnly() {
        List<GridRow> rows = read(DOCX);
        GridRow header = rowStarting(rows, "绩效指标");
        assertThat(header.cells())
                .containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        assertThat(header.spanned()).isEmpty();
        int at = rows.indexOf(header);
        assertThat(rows.get(at + 1).cells())
                .containsExactly("", "产出指标", "数量指标", "政务服务事项网上可办数", "≥1200项", "1268项", "5", "5", "");
        // 产出指标 spans nine rows, 数量指标 four: empty below, never spanned
        for (int i = at + 2; i <= at + 9; i++) {
            GridRow row = rows.get(i);
            assertThat(row.cells().get(0)).isEmpty();
            assertThat(row.cells().get(1)).as(row.location()).isEmpty();
            assertThat(row.spanned()).isEmpty();
        }
        assertThat(rows.get(at + 4).cells())
                .containsExactly(
                        "", "", "", "窗口人员业务培训次数", "≥12次", "10次", "4", "3.2", "受疫情后场地调整影响，两次培训合并开展；下一年度按季度制定培训计划。");
        assertThat(rows.get(at + 5).cells().subList(1, 4)).containsExactly("", "质量指标", "系统可用率");
        GridRow running = rowStarting(rows, "效益指标");
        assertThat(running.cells().subList(1, 8))
                .containsExactly("效益指标", "社会效益指标", "群众办事平均跑动次数", "≤0.3次", "0.2次", "20", "19.8");
    }

    @Test
    void paragraphsOfOneCellAreJoinedIntoOneLine() {
        GridRow goals = rowStarting(read(DOCX), "目标1：保障“一网通办”平台全年稳定运行，系统可用率不低于99%。目标2：推进政务服务事项网上可办，网上可办事项不少于1200项。");
        assertThat(goals.cells().get(0)).isEmpty(); // 年度总体目标 above covers it
        assertThat(goals.cells().get(5)).isEqualTo("目标1完成情况：平台全年稳定运行，系统可用率99.6%。目标2完成情况：网上可办事项1268项，超额完成。");
        assertThat(goals.spanned()).containsExactlyInAnyOrder(2, 3, 4, 6, 7, 8);
    }

    @Test
    void secondFormFollowsAsParagraphsAndTable2() {
        List<GridRow> rows = read(DOCX);
        assertThat(rows).contains(GridRow.text("说明：总分在80分以下的项目须说明未实现绩效目标的原因及拟采取的措施。", "段落4"));
        GridRow second = rows.stream()
                .filter(r -> "表2 第1行".equals(r.location()))
                .findFirst()
                .orElseThrow();
        assertThat(second.cells().subList(0, 2)).containsExactly("项目名称", "政务服务大厅运行保障经费");
        assertThat(rows.get(rows.indexOf(second) - 1)).isEqualTo(GridRow.text("单位：万元", "段落7"));
        assertThat(rows.stream().filter(GridRow::table)).hasSize(25 + 17);
    }

    // ---- legacy .doc -----------------------------------------------------------------------------------

    @Test
    void legacyDocReadsExactlyAsTheDocx() {
        // LibreOffice's DOC has no grid: columns come from the cells' edges, merges from HWPF's flags.
        assertThat(read(DOC)).containsExactlyElementsOf(read(DOCX));
    }

    @Test
    void wordSixDocIsRefusedWithSaveAsDocx() throws IOException {
        byte[] old = withNFib(DOC, 101); // Word 6.0's file format number
        refusal("docLegacy", () -> read(old));
    }

    // ---- DOCX made here --------------------------------------------------------------------------------

    @Test
    void latinParagraphsAreJoinedWithASpaceNestedTablesFlattenedRowsStartingLaterPadded() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("  单 位 名 称：测试局\t");
            doc.createParagraph(); // empty: no row
            XWPFTable table = doc.createTable(3, 3);
            XWPFTableCell wrapped = table.getRow(0).getCell(0);
            wrapped.getParagraphs().get(0).createRun().setText("Level A");
            wrapped.addParagraph().createRun().setText("Level B");
            table.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("满意度");
            table.getRow(0).getCell(1).addParagraph().createRun().setText("≥95%");
            table.getRow(0).getCell(2).getParagraphs().get(0).createRun().setText("95%");
            table.getRow(0).getCell(2).addParagraph().createRun().setText("100%");
            // a table nested in a cell: its text joins the cell's
            CTTc outer = table.getRow(1).getCell(0).getCTTc();
            outer.getPArray(0).addNewR().addNewT().setStringValue("外层");
            CTTbl nested = outer.addNewTbl();
            var tr = nested.addNewTr();
            tr.addNewTc().addNewP().addNewR().addNewT().setStringValue("内层一");
            tr.addNewTc().addNewP().addNewR().addNewT().setStringValue("内层二");
            outer.addNewP();
            // vMerge restart / continue in column 1 of rows 1-2, gridSpan 2 in row 2 after one gridBefore
            vMerge(table.getRow(1).getCell(1), STMerge.RESTART)
                    .getParagraphs()
                    .get(0)
                    .createRun()
                    .setText("产出指标");
            table.getRow(1).getCell(2).getParagraphs().get(0).createRun().setText("x");
            XWPFTableCell below = table.getRow(2).getCell(1);
            vMerge(below, null);
            table.getRow(2).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            table.getRow(2).removeCell(0);
            CTTcPr pr = table.getRow(2).getCell(1).getCTTc().addNewTcPr();
            pr.addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(2).getCell(1).getParagraphs().get(0).createRun().setText("合并");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<GridRow> rows = read(bytes);
        assertThat(rows.get(0)).isEqualTo(GridRow.text("单位名称：测试局", "段落1"));
        assertThat(rows.get(1).cells()).containsExactly("Level A Level B", "满意度≥95%", "95% 100%");
        assertThat(rows.get(2).cells()).containsExactly("外层内层一内层二", "产出指标", "x");
        assertThat(rows.get(3).cells()).containsExactly("", "", "合并", "");
        assertThat(rows.get(3).spanned()).containsExactly(3);
        assertThat(rows.get(3).location()).isEqualTo("表1 第3行");
        assertThat(rows).hasSize(4);
    }

    private static XWPFTableCell vMerge(XWPFTableCell cell, STMerge.Enum value) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        var merge = pr.addNewVMerge();
        if (value != null) {
            merge.setVal(value);
        }
        return cell;
    }

    @Test
    void trackedChangesReadAsAcceptedAndFieldsAsTheirResult() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            var p = doc.createParagraph().getCTP();
            p.addNewR().addNewT().setStringValue("实际完成值：");
            var del = p.addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("审核");
            del.addNewR().addNewDelText().setStringValue("80%");
            var ins = p.addNewIns();
            ins.setId(BigInteger.TWO);
            ins.setAuthor("审核");
            ins.addNewR().addNewT().setStringValue("86%");
            p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            p.addNewR().addNewInstrText().setStringValue(" PAGE ");
            p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            p.addNewR().addNewT().setStringValue("（第3页）");
            p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        assertThat(read(bytes)).containsExactly(GridRow.text("实际完成值：86%（第3页）", "段落1"));
    }

    @Test
    void macroEnabledDocumentIsReadAndItsMacrosIgnored() throws IOException {
        byte[] docm = OfficeFixtures.rewriteZip(
                DOCX,
                "[Content_Types].xml",
                s -> s.replace(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                "application/vnd.ms-word.document.macroEnabled.main+xml")
                        .replace(
                                "</Types>",
                                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        docm = OfficeFixtures.addEntry(docm, "word/vbaProject.bin", new byte[] {1, 2, 3, 4});
        assertThat(read(docm)).containsExactlyElementsOf(read(DOCX));
    }

    // ---- refusals --------------------------------------------------------------------------------------

    @Test
    void truncatedDocxIsCorrupt() {
        UnreadableFile e = refusal("officeCorrupt", () -> read(Arrays.copyOf(DOCX, DOCX.length / 2)));
        assertThat(e.args())
                .as("what the entries read before the cut say it is")
                .containsExactly("DOCX");
    }

    @Test
    void docxWithDamagedXmlIsCorrupt() throws IOException {
        byte[] broken = OfficeFixtures.rewriteZip(DOCX, "word/document.xml", s -> s.substring(0, s.length() / 2));
        UnreadableFile e = refusal("officeCorrupt", () -> read(broken));
        assertThat(e.args()).containsExactly("DOCX");
    }

    @Test
    void damagedDocIsCorrupt() {
        byte[] broken = DOC.clone();
        Arrays.fill(broken, 1024, broken.length, (byte) 0x5A);
        refusal("officeCorrupt", () -> read(broken));
    }

    @Test
    void randomBytesAreCorrupt() {
        refusal("officeCorrupt", () -> read("not a document at all".getBytes(StandardCharsets.UTF_8)));
        refusal("officeCorrupt", () -> read(new byte[0]));
    }

    @Test
    void encryptedDocxIsRefused() {
        refusal("officeEncrypted", () -> read(OfficeFixtures.encrypted(DOCX)));
    }

    @Test
    void workbookPdfAndHtmlAreTheWrongKind() {
        UnreadableFile xlsx = refusal("officeWrongKind", () -> read(resource("project_form.xlsx")));
        assertThat(xlsx.args()).containsExactly("XLSX", "Word");
        assertThat(refusal("officeWrongKind", () -> read(resource("project_form.xls")))
                        .args())
                .containsExactly("XLS", "Word");
        assertThat(refusal("officeWrongKind", () -> read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                        .args())
                .containsExactly("PDF", "Word");
        byte[] html =
                "<html><body><table><tr><td>项目名称</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("officeWrongKind", () -> read(html)).args()).containsExactly("HTML", "Word");
    }

    @Test
    void zipBombDisguisedAsDocxIsRefusedBeforeItIsInflated() {
        byte[] bomb = OfficeFixtures.zipBomb("word/document.xml", 200);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        UnreadableFile e = refusal("officeZipBomb", () -> read(bomb));
        assertThat(e.args()).containsExactly("word/document.xml", "100", "100");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void entryLargerThanTheLimitIsRefusedEvenWhenItCompressesPoorly() {
        byte[] large = OfficeFixtures.largeEntry("word/document.xml", 3 * 1024 * 1024);
        UnreadableFile e = refusal(
                "officeZipBomb", () -> WordGrid.read(large, OfficeLimits.DEFAULT.withMaxEntryBytes(1024 * 1024)));
        assertThat(e.args().get(0)).isEqualTo("word/document.xml");
    }

    @Test
    void packageWithMoreEntriesThanTheLimitIsRefused() {
        OfficeLimits limits = new OfficeLimits(100L << 20, 200L << 20, 0.01, 100 * 1024, 5, 100_000, 2_000_000, 20_000);
        UnreadableFile e = refusal("zipEntries", () -> WordGrid.read(DOCX, limits));
        assertThat(e.args()).containsExactly("6", "5");
    }

    @Test
    void tooManyRowsOrCellsAreCountedInTheXmlBeforePoiLoadsIt() throws IOException {
        String xml = entry(DOCX, "word/document.xml");
        long paragraphs = Pattern.compile("<w:p[ >/]").matcher(xml).results().count();
        long cells = Pattern.compile("<w:tc[ >/]").matcher(xml).results().count();
        assertThat(cells).isEqualTo(312); // fewer than the 42 x 9 cells of the grid: a merged cell is one
        UnreadableFile rows = refusal("tooManyRows", () -> WordGrid.read(DOCX, OfficeLimits.DEFAULT.withMaxRows(20)));
        assertThat(rows.args()).containsExactly(String.valueOf(paragraphs), "20");
        UnreadableFile tc = refusal("tooManyCells", () -> WordGrid.read(DOCX, OfficeLimits.DEFAULT.withMaxCells(100)));
        assertThat(tc.args()).containsExactly("312", "100");
    }

    @Test
    void tooManyCellsOfTheGridAreRefusedWhereTheLimitIsPassed() {
        // 312 <w:tc> pass, the grid's 8 text rows and 42 x 9 cells do not: the refusal names the row that
        // passes 320 (3 + 225 + 4 cells before table 2, 9 a row)
        UnreadableFile e = refusal("tooManyCells", () -> WordGrid.read(DOCX, OfficeLimits.DEFAULT.withMaxCells(320)));
        assertThat(e.location()).isEqualTo("表2 第10行");
        assertThat(e.args()).containsExactly("322", "320");
        refusal("tooManyRows", () -> WordGrid.read(DOC, OfficeLimits.DEFAULT.withMaxRows(20)));
        refusal("tooManyCells", () -> WordGrid.read(DOC, OfficeLimits.DEFAULT.withMaxCells(320)));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void cellLongerThanTheLimitIsRefusedAtItsRow() {
        OfficeLimits limits =
                new OfficeLimits(100L << 20, 200L << 20, 0.01, 100 * 1024, 10_000, 100_000, 2_000_000, 40);
        UnreadableFile e = refusal("cellTooLong", () -> WordGrid.read(DOCX, limits));
        assertThat(e.location()).isEqualTo("表1 第8行");
        assertThat(e.args().get(1)).isEqualTo("40");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** {@code bytes} with the FIB's nFib (file format version) of its WordDocument stream set to {@code nFib}. */
    private static byte[] withNFib(byte[] doc, int nFib) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            stream[2] = (byte) nFib;
            stream[3] = (byte) (nFib >> 8);
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
