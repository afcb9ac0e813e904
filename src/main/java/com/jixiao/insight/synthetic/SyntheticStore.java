package com.jixiao.insight.synthetic;

import static com.jixiao.insight.store.generated.Tables.STORE_META;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.ingest.store.BulkLoad;
import com.jixiao.insight.store.generated.tables.records.RegionRecord;
import com.jixiao.insight.store.generated.tables.records.UnitRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a separate store of synthetic reports (never mixed with real ones: the store says
 * {@code content = synthetic}, the UI shows a banner, exports carry a column). Every unit-year is a report that goes
 * in as any report does ({@link BulkLoad}: its rows and the real rules engine's assessment of them, the metrics
 * refreshed at the end), through DuckDB's Appender.
 */
public final class SyntheticStore {

    private static final Logger log = LoggerFactory.getLogger(SyntheticStore.class);

    /** Synthetic ids live far above the store's sequence, so they never meet ids it hands out. */
    static final long ID_BASE = 1_000_000_000_000L;

    /** What was written. */
    public record Result(Path store, int units, long evaluations, long indicators, long millis) {}

    private SyntheticStore() {}

    public static Result generate(Path store, Scale scale, long seed) {
        long started = System.nanoTime();
        Path building = store.resolveSibling(store.getFileName() + ".building");
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
            long evaluations;
            long indicators;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + building)) {
                StoreBuilder.runSchema(c);
                var db = DSL.using(c, SQLDialect.DUCKDB);
                db.insertInto(STORE_META, STORE_META.KEY, STORE_META.VALUE)
                        .values("schema_version", StoreBuilder.SCHEMA_VERSION)
                        .values("content", "synthetic")
                        .values("synthetic_scale", scale.code())
                        .values("synthetic_seed", String.valueOf(seed))
                        .execute();
                BulkLoad load = BulkLoad.open((DuckDBConnection) c, "stage_");
                List<long[]> units;
                try (BulkLoad.Writer writer = load.writer((DuckDBConnection) c)) {
                    units = regionsAndUnits(writer, scale);
                }
                long[] counts = inParallel(load, (DuckDBConnection) c, units, scale, seed);
                evaluations = counts[0];
                indicators = counts[1];
                long appended = System.nanoTime();
                log.info(
                        "{} evaluations, {} indicators made and appended in {} s",
                        evaluations,
                        indicators,
                        (appended - started) / 1_000_000_000);
                load.commit();
                long moved = System.nanoTime();
                log.info("moved into the store's tables in {} s", (moved - appended) / 1_000_000_000);
                try (var s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
                log.info("checkpointed in {} s", (System.nanoTime() - moved) / 1_000_000_000);
            }
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
            Files.move(building, store);
            return new Result(
                    store,
                    scale.districts * scale.unitsPerDistrict,
                    evaluations,
                    indicators,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the synthetic store: " + e.getMessage(), e);
        }
    }

    /** Provinces → cities → districts → units; returns {unitId} per unit in order. */
    private static List<long[]> regionsAndUnits(BulkLoad.Writer writer, Scale scale) {
        List<long[]> units = new ArrayList<>();
        List<RegionRecord> regions = new ArrayList<>();
        List<UnitRecord> unitRows = new ArrayList<>();
        long id = ID_BASE;
        long province = id++;
        regions.add(new RegionRecord(province, "合成省", "province", null, "合成省"));
        long city = 0;
        List<long[]> districts = new ArrayList<>();
        for (int d = 0; d < scale.districts; d++) {
            String cityName = "合成" + (d / 10 + 1) + "市";
            if (d % 10 == 0) {
                city = id++;
                regions.add(new RegionRecord(city, cityName, "city", province, "合成省/" + cityName));
            }
            long district = id++;
            regions.add(new RegionRecord(
                    district, "第" + (d + 1) + "区", "district", city, "合成省/" + cityName + "/第" + (d + 1) + "区"));
            districts.add(new long[] {district, d + 1});
        }
        for (long[] district : districts) {
            for (int u = 0; u < scale.unitsPerDistrict; u++) {
                long unit = id++;
                unitRows.add(new UnitRecord(unit, "第" + district[1] + "区合成单位" + (u + 1) + "号", district[0]));
                units.add(new long[] {unit});
            }
        }
        writer.units(regions, unitRows);
        return units;
    }

    /**
     * One worker per core, each over every {@code threads}-th unit with a connection and appenders of its
     * own: making the rows (and running the rules engine over them) is most of the work, and it parallelises.
     * The output does not depend on the number of workers: each unit-year draws from its own random source
     * and each unit owns a fixed id range.
     */
    private static long[] inParallel(BulkLoad load, DuckDBConnection c, List<long[]> units, Scale scale, long seed)
            throws SQLException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), units.size()));
        List<DuckDBConnection> connections = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<long[]>> work = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                DuckDBConnection own = (DuckDBConnection) c.duplicate();
                connections.add(own);
                int worker = w;
                work.add(pool.submit(() -> unitYears(load, own, units, scale, seed, worker, threads)));
            }
            long[] total = new long[2];
            for (Future<long[]> f : work) {
                long[] counts = f.get();
                total[0] += counts[0];
                total[1] += counts[1];
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a generating worker failed: " + e.getCause(), e.getCause());
        } finally {
            for (DuckDBConnection own : connections) {
                own.close();
            }
        }
    }

    /** Ids each unit may hand out: ten years of ~19 evaluations of ≤ 23 indicators and their flags fit easily. */
    private static final long IDS_PER_UNIT = 1_000_000L;

    /** The unit-years of one worker (every {@code threads}-th unit); returns {evaluations, indicators}. */
    private static long[] unitYears(
            BulkLoad load, DuckDBConnection c, List<long[]> units, Scale scale, long seed, int worker, int threads) {
        long evaluations = 0;
        long indicators = 0;
        LocalDateTime now = LocalDateTime.now();
        try (BulkLoad.Writer writer = load.writer(c)) {
            for (int u = worker; u < units.size(); u += threads) {
                long unitId = units.get(u)[0];
                long[] next = {ID_BASE + 10_000_000L + u * IDS_PER_UNIT}; // a fixed range per unit
                for (int y = 0; y < scale.years; y++) {
                    int year = 2024 - scale.years + 1 + y;
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + unitId * 31L + year);
                    if (random.nextDouble() < 0.03) {
                        continue; // some unit-years publish no report: gaps, as in reality
                    }
                    List<SyntheticReports.Evaluation> made = SyntheticReports.unitYear(random);
                    String title = "合成报告 " + year;
                    SourceText source = new SourceText(
                            "synthetic-" + unitId + "-" + year + ".txt",
                            String.format("synthetic-%d-%d-%d", seed, unitId, year),
                            List.of(title));
                    writer.add(document(title, year, made), source, "synthetic", unitId, now, () -> next[0]++);
                    evaluations += made.size();
                    indicators +=
                            made.stream().mapToLong(e -> e.indicators().size()).sum();
                }
            }
        }
        return new long[] {evaluations, indicators};
    }

    /** A unit-year's evaluations as a report of one line (its title): every figure cites that line. */
    private static ReportDocument document(String title, int year, List<SyntheticReports.Evaluation> made) {
        LineRange line = LineRange.single(1);
        List<EvaluationReport> reports = new ArrayList<>(made.size());
        for (SyntheticReports.Evaluation e : made) {
            List<IndicatorRow> rows = new ArrayList<>(e.indicators().size());
            for (SyntheticReports.Indicator i : e.indicators()) {
                rows.add(new IndicatorRow(
                        i.category(),
                        i.subcategory(),
                        i.name(),
                        null,
                        null,
                        null,
                        i.target(),
                        i.actual(),
                        i.weight(),
                        i.score(),
                        SyntheticReports.deviationReason(i),
                        null,
                        null,
                        line));
            }
            reports.add(new EvaluationReport(
                    e.kind(),
                    e.name(),
                    null,
                    null,
                    e.adjusted(),
                    e.adjusted(),
                    e.executed(),
                    e.rate(),
                    BigDecimal.TEN,
                    e.executionScore(),
                    e.totalScore(),
                    e.grade(),
                    null,
                    null,
                    null,
                    line,
                    Map.of(),
                    List.of(),
                    List.of(),
                    rows,
                    List.of()));
        }
        return new ReportDocument(title, title, null, List.of(), null, year, reports, List.of(), List.of(), List.of());
    }
}
