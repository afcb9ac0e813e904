package com.jixiao.insight.benchmark;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.store.StoreProperties;
import com.jixiao.insight.briefing.BriefingFormat;
import com.jixiao.insight.briefing.BriefingScope;
import com.jixiao.insight.briefing.BriefingService;
import com.jixiao.insight.chart.ChartSpec;
import com.jixiao.insight.dashboard.CompareService;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.dashboard.OverviewCharts;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.dashboard.RegionCharts;
import com.jixiao.insight.dashboard.RegionChartsService;
import com.jixiao.insight.dashboard.RegionMetric;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.projects.ProjectFilter;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.RankingTable;
import com.jixiao.insight.ranking.export.ExportFormat;
import com.jixiao.insight.ranking.export.RankingExportService;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.targets.UnmetTargetService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;

/**
 * Times each dashboard's service call as its view makes it (queries, jOOQ mapping, chart rendering),
 * then the very SQL it ran over plain DuckDB JDBC ({@link CallTimer}, {@link RawReplay}), for median, p95 and
 * the ratio ({@link BenchmarkReport} writes them). Then the read time of a 3-page PDF form ({@link PdfFormRead}) and,
 * in a temporary store of its own, the import throughput ({@link ImportThroughput}); in a copy of the store, a batch
 * import ({@link BatchThroughput}).
 */
public final class Benchmark {

    /** Timed reads of the 3-page PDF form ({@link PdfFormRead}). */
    private static final int PDF_READS = 50;

    /** Imports before the timed ones: five of each source the import throughput uses. */
    private static final int IMPORT_WARM_UP = 15;

    private final ApplicationContext spring;
    private final int importReports;
    private final int batchFiles;
    private final int readReports;
    private final CallTimer timer;
    private ImportThroughput.Result imports;
    private PdfFormRead.Result pdfRead;
    private BatchThroughput.Result batch;
    private List<ReportReads.Result> reads = List.of();

    /**
     * {@code importReports}: how many reports the import throughput times (0: not measured); {@code batchFiles}: how
     * many files the batch import throughput sends as one batch (0: not measured); {@code readReports}: how many times
     * each seed's source is read for the CPU time of a read (0: not measured); {@code only}: measure only the calls
     * whose name contains it (e.g. "briefing", "read"), empty for all.
     */
    public Benchmark(
            ApplicationContext spring, int rounds, int importReports, int batchFiles, int readReports, String only) {
        this.spring = spring;
        this.importReports = importReports;
        this.batchFiles = batchFiles;
        this.readReports = readReports;
        this.timer = new CallTimer(rounds, new RawReplay(spring.getBean(DataSource.class)), only);
    }

    /** The import throughput, once {@link #run} measured it. */
    public Optional<ImportThroughput.Result> imports() {
        return Optional.ofNullable(imports);
    }

    /** The read time of the 3-page PDF form, once {@link #run} measured it. */
    public Optional<PdfFormRead.Result> pdfRead() {
        return Optional.ofNullable(pdfRead);
    }

    /** The CPU time of reading each seed's source, once {@link #run} measured it; empty if not. */
    List<ReportReads.Result> reads() {
        return reads;
    }

    /** The batch import throughput, once {@link #run} measured it. */
    Optional<BatchThroughput.Result> batch() {
        return Optional.ofNullable(batch);
    }

    public List<Measurement> run() {
        DSLContext db = spring.getBean(DSLContext.class);
        var overview = spring.getBean(OverviewService.class);
        var compare = spring.getBean(CompareService.class);
        var projects = spring.getBean(ProjectService.class);
        var unmet = spring.getBean(UnmetTargetService.class);
        var rankings = spring.getBean(RankingService.class);
        var exports = spring.getBean(RankingExportService.class);
        var briefings = spring.getBean(BriefingService.class);

        int lastYear = db.select(DSL.max(UNIT_YEAR_METRICS.FISCAL_YEAR))
                .from(UNIT_YEAR_METRICS)
                .fetchSingle()
                .value1();
        String district = db.select(UNIT_YEAR_METRICS.REGION_PATH)
                .from(UNIT_YEAR_METRICS)
                .orderBy(UNIT_YEAR_METRICS.REGION_PATH)
                .limit(1)
                .fetchSingle()
                .value1();
        List<Long> fiveUnits = db.selectDistinct(UNIT_YEAR_METRICS.UNIT_ID)
                .from(UNIT_YEAR_METRICS)
                .orderBy(UNIT_YEAR_METRICS.UNIT_ID)
                .limit(5)
                .fetch(r -> r.value1());
        long project = db.select(EVALUATION_OVERVIEW.ID)
                .from(EVALUATION_OVERVIEW)
                .where(EVALUATION_OVERVIEW.KIND.eq("project"))
                .orderBy(EVALUATION_OVERVIEW.TOTAL_SCORE)
                .limit(1)
                .fetchSingle()
                .value1();
        Scope year = Scope.all().withYears(Optional.of(lastYear), Optional.of(lastYear));
        Scope inDistrict = Scope.all().withRegion(Optional.of(district));

        SqlCapture.start();
        overview.overview(year);
        List<String> overviewSql = SqlCapture.stopSql();
        var regionCharts = spring.getBean(RegionChartsService.class);
        var settings = spring.getBean(DashboardProperties.class);
        timer.measure(
                "overview page (year: figures, region charts, 5 charts)",
                () -> overviewPage(overview, regionCharts, settings, year),
                o -> o.kpis().units());
        timer.measure(
                "overview page (one district, all years: figures, region charts, 5 charts)",
                () -> overviewPage(overview, regionCharts, settings, inDistrict),
                o -> o.kpis().units());
        timer.measure("compare (5 units, all years)", () -> compare.compare(Scope.all(), fiveUnits), List::size);
        ProjectFilter low = new ProjectFilter(
                Optional.of(BigDecimal.valueOf(90)),
                Optional.of(new BigDecimal("0.9")),
                Optional.empty(),
                Optional.of("unmet"),
                Optional.empty());
        timer.measure(
                "projects page of 50 with filters + count",
                () -> {
                    var page = projects.page(Scope.all(), low, Map.of(ProjectService.SortKey.TOTAL_SCORE, true), 0, 50);
                    projects.count(Scope.all(), low);
                    return page;
                },
                List::size);
        timer.measure(
                "project drill-down",
                () -> projects.detail(project).orElseThrow(),
                d -> d.indicators().size());
        timer.measure(
                "unmet targets page of 50 + count (everything)",
                () -> {
                    unmet.count(Scope.all(), Optional.empty());
                    return unmet.page(Scope.all(), Optional.empty(), 0, 50);
                },
                List::size);
        timer.measure(
                "unmet targets page of 50 + count (one district)",
                () -> {
                    unmet.count(inDistrict, Optional.empty());
                    return unmet.page(inDistrict, Optional.empty(), 0, 50);
                },
                List::size);
        RankingQuery allYears =
                new RankingQuery(RankingMetric.EXECUTION_RATE, lastYear - 9, lastYear, Optional.empty());
        timer.measure(
                "rankings page of 50 + count + not ranked (10 years, as the view opens)",
                () -> {
                    rankings.count(allYears);
                    rankings.notReported(allYears);
                    return rankings.page(allYears, 0, 50);
                },
                List::size);
        timer.measure(
                "ranking table (execution rate, last year, as an export makes it)",
                () -> rankings.rank(
                        new RankingQuery(RankingMetric.EXECUTION_RATE, lastYear, lastYear, Optional.empty())),
                t -> t.rows().size());
        if (timer.selected("export")) {
            RankingTable all = rankings.rank(allYears);
            RankingTable hundredThousand = rowsCycled(all, EXPORT_ROWS);
            measureExport("export XLSX", exports, hundredThousand, ExportFormat.XLSX);
            measureExport("export CSV", exports, hundredThousand, ExportFormat.CSV);
            measureExport("export PDF (first 1,000 rows)", exports, rowsCycled(all, 1000), ExportFormat.PDF);
        }
        // A city: the first two names of the first region path (a province's district lies under a city).
        String[] names = district.split("/");
        String city = names.length >= 2 ? names[0] + "/" + names[1] : district;
        BriefingScope cityYear = new BriefingScope(Optional.of(city), Optional.of(lastYear), Optional.of(lastYear));
        for (BriefingFormat format : BriefingFormat.values()) {
            timer.measure(
                    "briefing " + format.name() + " (one city, last year: figures, 6 charts, file)",
                    () -> briefings.export(cityYear, format, Locale.SIMPLIFIED_CHINESE),
                    bytes -> bytes.length / 1024);
        }
        measureStoreBuild();
        if (timer.selected("PDF")) {
            PdfFormRead.Result pdf = PdfFormRead.measure(PDF_READS);
            pdfRead = pdf;
            timer.add(new Measurement(
                    String.format(
                            Locale.ROOT,
                            "read a 3-page PDF form (%,d KB, %d evaluations; rows: indicators), per read after warm-up",
                            pdf.bytes() / 1024,
                            pdf.evaluations()),
                    pdf.indicators(),
                    pdf.medianMs(),
                    pdf.p95Ms(),
                    0));
        }
        if (readReports > 0 && timer.selected("read report")) {
            reads = ReportReads.measure(readReports);
            for (ReportReads.Result r : reads) {
                timer.add(new Measurement(
                        String.format(
                                Locale.ROOT,
                                "read report: %s (%,d KB, %d evaluations%s; rows: indicators), CPU ms per read",
                                r.label(),
                                r.bytes() / 1024,
                                r.evaluations(),
                                r.refusal() == null ? "" : ", refused " + r.refusal()),
                        r.indicators(),
                        r.cpuMedianMs(),
                        r.cpuP95Ms(),
                        0));
            }
        }
        if (importReports > 0 && timer.selected("import")) {
            imports = ImportThroughput.measure(importReports, IMPORT_WARM_UP);
            timer.add(new Measurement(
                    "import (" + importReports + " seed-sized reports), per report",
                    importReports,
                    imports.medianMs(),
                    imports.p95Ms(),
                    0));
        }
        if (batchFiles > 0) {
            batch = BatchThroughput.measure(
                    spring.getBean(DataSource.class),
                    spring.getBean(StoreProperties.class).path(),
                    batchFiles,
                    overviewSql);
        }
        return timer.measurements();
    }

    /** The export targets are set for a ranking of 100,000 rows. */
    static final int EXPORT_ROWS = 100_000;

    /**
     * A ranking of exactly {@code n} rows: the real ranking's rows, repeated from the top when it has fewer
     * (a province ranks 7,200 units × 10 years ≈ 70,000). The writers' work depends on rows and cells, not on
     * which unit a row names.
     */
    static RankingTable rowsCycled(RankingTable table, int n) {
        List<RankingRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n && !table.rows().isEmpty(); i++) {
            rows.add(table.rows().get(i % table.rows().size()));
        }
        return new RankingTable(table.query(), rows, table.notReported(), table.generatedAt(), table.synthetic());
    }

    /** Building the store of the five seed reports from sql/ and data/ into a temporary file. */
    private void measureStoreBuild() {
        try {
            Path dir = Files.createTempDirectory("jixiao-bench-build");
            try {
                timer.measure(
                        "store build (5 seed reports, schema + rules)",
                        () -> {
                            SeedsAndImports.build(dir.resolve("seeds.duckdb"));
                            return 5;
                        },
                        n -> n,
                        false);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the overview page does as it opens ({@code OverviewView}): its figures, the region charts of the execution
     * rate, and every chart it shows rendered as SVG.
     */
    private static Overview overviewPage(
            OverviewService overviews, RegionChartsService regions, DashboardProperties settings, Scope scope) {
        Overview o = overviews.overview(scope);
        RegionCharts r = regions.regionCharts(scope, RegionMetric.EXECUTION_RATE);
        new OverviewCharts(o, r, scope, settings, key -> key).all().forEach(ChartSpec::svg);
        return o;
    }

    private void measureExport(String name, RankingExportService exports, RankingTable table, ExportFormat format) {
        // No raw figure: an export runs no query of its own (the ranking is made once, above), only its audit entry.
        timer.measure(
                String.format(Locale.ROOT, "%s (%,d rows)", name, table.rows().size()),
                () -> exports.export(table, format, Locale.SIMPLIFIED_CHINESE),
                bytes -> table.rows().size(),
                false);
    }
}
