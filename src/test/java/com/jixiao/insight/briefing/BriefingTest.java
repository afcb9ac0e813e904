package com.jixiao.insight.briefing;

import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.DashboardServices;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.targets.TargetServices;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefings of the seeds, read back: the DOCX with POI (paragraphs and tables, the charts as pictures), the PDF with
 * PDFBox (its text extracted, its fonts embedded). Every figure checked is taken from the overview, not written
 * here.
 */
class BriefingTest {

    @TempDir
    static Path dir;

    private static Connection connection;
    private static DSLContext db;
    private static OverviewService overview;
    private static BriefingService briefings;

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("briefing.duckdb");
        SeedsAndImports.build(store);
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        db = DSL.using(connection, SQLDialect.DUCKDB);
        var access = AccessScope.fixed(Restriction.NONE);
        overview = DashboardServices.overview(db, access);
        briefings = new BriefingService(
                db,
                access,
                overview,
                TargetServices.reasons(db, access),
                new DashboardProperties(null, null, null, null, null, null, null),
                new AuditLog(db));
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
    }

    private static List<String> unitNames() {
        return db.select(UNIT.NAME).from(UNIT).orderBy(UNIT.NAME).fetch(UNIT.NAME);
    }

    @Test
    void docxOfEveryRegionAndYearStatesTheOverviewsRateAndNamesTheUnits() throws Exception {
        String rate = Formats.rate(overview.overview(Scope.all()).kpis().weightedExecutionRate());
        BriefingScope all = BriefingScope.parse(null, null, null, null);
        byte[] file = briefings.export(all, BriefingFormat.DOCX, Locale.SIMPLIFIED_CHINESE);
        Files.write(dir.resolve("all.docx"), file);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank())
                    .toList();
            System.out.println("Briefing of the seeds (DOCX), summary:");
            paragraphs.stream().limit(14).forEach(p -> System.out.println("  " + p));
            assertThat(paragraphs.getFirst()).isEqualTo("2022–2024年全部地区预算绩效分析简报");
            String headline = paragraphs.stream()
                    .filter(p -> p.contains("加权执行率"))
                    .findFirst()
                    .orElseThrow();
            assertThat(headline).contains("加权执行率" + rate + "。");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("2024年加权执行率"));
            assertThat(paragraphs).anyMatch(p -> p.startsWith("未完成的指标和目标共"));
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
            String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(tables).contains(rate);
            for (String unit : unitNames()) {
                assertThat(tables).as("the unit table names " + unit).contains(unit);
            }
            assertThat(doc.getAllPictures()).hasSizeBetween(4, 6);
            // Not synthetic data: no such note.
            assertThat(paragraphs).noneMatch(p -> p.contains("合成"));
        }
    }

    @Test
    void pdfHasSelectableChineseTextInAnEmbeddedFont() throws Exception {
        BriefingScope hubei2024 = BriefingScope.parse("湖北省", "2024", null, null);
        var hubeiKpis = overview.overview(hubei2024.toScope()).kpis();
        byte[] file = briefings.export(hubei2024, BriefingFormat.PDF, Locale.SIMPLIFIED_CHINESE);
        Files.write(dir.resolve("hubei-2024.pdf"), file);
        try (var pdf = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("2024年湖北省预算绩效分析简报");
            assertThat(text).contains("加权执行率" + Formats.rate(hubeiKpis.weightedExecutionRate()));
            assertThat(text).contains("武汉市洪山区行政审批局", "武汉市江汉区行政审批局");
            assertThat(text).doesNotContain("淄博市张店区行政审批服务局"); // another province
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("WenQuanYi"));
        }
    }

    @Test
    void aYearIsComparedWithTheYearBefore() {
        Briefing b = briefings.briefing(BriefingScope.parse("湖北省", "2024", null, null));
        var text = new BriefingText(b, com.jixiao.insight.base.i18n.Messages.of(Locale.SIMPLIFIED_CHINESE));
        var y2024 = overview.overview(b.scope().toScope()).kpis().weightedExecutionRate();
        var y2023 = overview.overview(
                        Scope.all().withRegion(Optional.of("湖北省")).withYears(Optional.of(2023), Optional.of(2023)))
                .kpis()
                .weightedExecutionRate();
        String points = y2024.subtract(y2023)
                .movePointRight(2)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .abs()
                .toPlainString();
        assertThat(text.sentences())
                .anyMatch(s -> s.startsWith("2024年加权执行率" + Formats.rate(y2024))
                        && s.contains("（2023年，" + Formats.rate(y2023) + "）")
                        && s.contains(points + "个百分点"));
        // English through the same figures.
        var english = new BriefingText(b, com.jixiao.insight.base.i18n.Messages.of(Locale.ENGLISH));
        assertThat(english.title()).startsWith("Budget performance briefing");
    }

    @Test
    void badScopesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BriefingRequest.parse(null, "24", null, null, "pdf", null))
                .hasMessageContaining("year '24' is not a year");
        assertThatThrownBy(() -> BriefingRequest.parse(null, null, "2024", null, "pdf", null))
                .hasMessageContaining("from and to go together");
        assertThatThrownBy(() -> BriefingRequest.parse(null, "2024", null, null, "xlsx", null))
                .hasMessageContaining("unknown format 'xlsx'");
        assertThatThrownBy(() -> BriefingRequest.parse("//", "2024", null, null, "pdf", null))
                .hasMessageContaining("not a region path");
        assertThatThrownBy(() -> BriefingCommand.parse(
                        List.of("--year", "2024", "--out", dir.resolve("x.txt").toString())))
                .hasMessageContaining("format is missing");
        var run = BriefingCommand.parse(List.of(
                "--region",
                "湖北省",
                "--year",
                "2024",
                "--out",
                dir.resolve("b.docx").toString()));
        assertThat(run.request().format()).isEqualTo(BriefingFormat.DOCX);
        assertThat(run.request().scope().region()).contains("湖北省");
    }
}
