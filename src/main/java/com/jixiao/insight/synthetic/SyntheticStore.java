package com.jixiao.insight.synthetic;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.STORE_META;
import static com.jixiao.insight.store.generated.Tables.UNIT;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.evaluation.UnitYearMetrics;
import com.jixiao.insight.evaluation.rules.AuditFlag;
import com.jixiao.insight.evaluation.rules.EvaluationAssessment;
import com.jixiao.insight.evaluation.rules.EvaluationAssessor;
import com.jixiao.insight.evaluation.rules.IndicatorAssessment;
import com.jixiao.insight.evaluation.rules.Status;
import com.jixiao.insight.evaluation.rules.UnmetByCategory;
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
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a separate store of synthetic reports (never mixed with real ones: the store says
 * {@code content = synthetic}, the UI shows a banner, exports carry a column). Rows go in through
 * DuckDB's Appender, and every indicator is assessed by the real rules engine.
 */
public final class SyntheticStore {

    /**
     * The Appender writes into constraint-free staging copies first: DuckDB 2.0's Appender checks foreign
     * keys per flushed chunk (so parents must be flushed before children) and, measured here, mis-evaluates
     * CHECK constraints on VARCHAR columns after a couple of chunks. INSERT … SELECT then applies both.
     */
    private static final Logger log = LoggerFactory.getLogger(SyntheticStore.class);

    private static final String STAGE = "stage_";
    private static final List<Table<?>> STAGED = List.of(
            REGION,
            UNIT,
            DOCUMENT,
            EVALUATION,
            INDICATOR,
            INDICATOR_ASSESSMENT,
            EVALUATION_ASSESSMENT,
            EVALUATION_UNMET_CATEGORY,
            AUDIT_FLAG);

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
                var db = DSL.using(c, org.jooq.SQLDialect.DUCKDB);
                db.insertInto(STORE_META, STORE_META.KEY, STORE_META.VALUE)
                        .values("schema_version", StoreBuilder.SCHEMA_VERSION)
                        .values("content", "synthetic")
                        .values("synthetic_scale", scale.code())
                        .values("synthetic_seed", String.valueOf(seed))
                        .execute();
                for (Table<?> table : STAGED) {
                    db.createTable(STAGE + table.getName())
                            .as(DSL.selectFrom(table).limit(0))
                            .execute();
                }
                List<long[]> units = regionsAndUnits((DuckDBConnection) c, scale);
                long[] counts = inParallel((DuckDBConnection) c, units, scale, seed);
                evaluations = counts[0];
                indicators = counts[1];
                long appended = System.nanoTime();
                log.info(
                        "{} evaluations, {} indicators made and appended in {} s",
                        evaluations,
                        indicators,
                        (appended - started) / 1_000_000_000);
                // Into the real tables in dependency order, where keys and checks are enforced set-wise.
                db.transaction(tx -> {
                    for (Table<?> table : STAGED) {
                        Table<?> stage = DSL.table(DSL.name(STAGE + table.getName()));
                        tx.dsl().insertInto(table).select(DSL.selectFrom(stage)).execute();
                        tx.dsl().dropTable(stage).execute();
                    }
                    UnitYearMetrics.refreshAll(tx.dsl());
                });
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
    private static List<long[]> regionsAndUnits(DuckDBConnection c, Scale scale) throws SQLException {
        List<long[]> units = new ArrayList<>();
        long id = ID_BASE;
        List<long[]> districts = new ArrayList<>();
        try (DuckDBAppender regions = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "region")) {
            long province = id++;
            Row.of(regions).l(province).s("合成省").s("province").nul().s("合成省").end();
            long city = 0;
            for (int d = 0; d < scale.districts; d++) {
                String cityName = "合成" + (d / 10 + 1) + "市";
                if (d % 10 == 0) {
                    city = id++;
                    Row.of(regions)
                            .l(city)
                            .s(cityName)
                            .s("city")
                            .l(province)
                            .s("合成省/" + cityName)
                            .end();
                }
                long district = id++;
                Row.of(regions)
                        .l(district)
                        .s("第" + (d + 1) + "区")
                        .s("district")
                        .l(city)
                        .s("合成省/" + cityName + "/第" + (d + 1) + "区")
                        .end();
                districts.add(new long[] {district, d + 1});
            }
        }
        try (DuckDBAppender unitRows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "unit")) {
            for (long[] district : districts) {
                for (int u = 0; u < scale.unitsPerDistrict; u++) {
                    long unit = id++;
                    Row.of(unitRows)
                            .l(unit)
                            .s("第" + district[1] + "区合成单位" + (u + 1) + "号")
                            .l(district[0])
                            .end();
                    units.add(new long[] {unit});
                }
            }
        }
        return units;
    }

    /**
     * One worker per core, each over every {@code threads}-th unit with a connection and appenders of its
     * own: making the rows (and running the rules engine over them) is most of the work, and it parallelises.
     * The output does not depend on the number of workers: each unit-year draws from its own random source
     * and each unit owns a fixed id range.
     */
    private static long[] inParallel(DuckDBConnection c, List<long[]> units, Scale scale, long seed)
            throws SQLException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), units.size()));
        List<DuckDBConnection> connections = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<long[]>> work = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                DuckDBConnection own = (DuckDBConnection) c.duplicate();
                connections.add(own);
                int worker = w;
                work.add(pool.submit(() -> unitYears(own, units, scale, seed, worker, threads)));
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
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
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
            DuckDBConnection c, List<long[]> units, Scale scale, long seed, int worker, int threads)
            throws SQLException {
        long evaluations = 0;
        long indicators = 0;
        LocalDateTime now = LocalDateTime.now();
        try (DuckDBAppender documents = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "document");
                DuckDBAppender evaluationRows =
                        c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "evaluation");
                DuckDBAppender indicatorRows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "indicator");
                DuckDBAppender assessments =
                        c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "indicator_assessment");
                DuckDBAppender evaluationAssessments =
                        c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "evaluation_assessment");
                DuckDBAppender unmet =
                        c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "evaluation_unmet_category");
                DuckDBAppender flags = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGE + "audit_flag")) {
            for (int u = worker; u < units.size(); u += threads) {
                long unitId = units.get(u)[0];
                long id = ID_BASE + 10_000_000L + u * IDS_PER_UNIT; // a fixed range per unit
                for (int y = 0; y < scale.years; y++) {
                    int year = 2024 - scale.years + 1 + y;
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + unitId * 31L + year);
                    if (random.nextDouble() < 0.03) {
                        continue; // some unit-years publish no report: gaps, as in reality
                    }
                    long documentId = id++;
                    Row.of(documents)
                            .l(documentId)
                            .s(String.format("synthetic-%d-%d-%d", seed, unitId, year))
                            .s("synthetic-" + unitId + "-" + year + ".txt")
                            .s("合成报告 " + year)
                            .l(unitId)
                            .i(year)
                            .s("synthetic")
                            .i(1)
                            .t(now)
                            .nul()
                            .end();
                    List<SyntheticReports.Evaluation> made = SyntheticReports.unitYear(random);
                    long[] evaluationIds = new long[made.size()];
                    int seq = 0;
                    for (SyntheticReports.Evaluation e : made) {
                        long evaluationId = id++;
                        evaluationIds[seq] = evaluationId;
                        evaluations++;
                        Row.of(evaluationRows)
                                .l(evaluationId)
                                .l(documentId)
                                .l(unitId)
                                .i(year)
                                .s(e.kind())
                                .i(++seq)
                                .s(e.name())
                                .nul()
                                .nul()
                                .d(e.adjusted(), 4)
                                .d(e.adjusted(), 4)
                                .d(e.executed(), 4)
                                .d(e.rate(), 6)
                                .d(BigDecimal.TEN, 4)
                                .d(e.executionScore(), 4)
                                .d(e.totalScore(), 4)
                                .s(e.grade())
                                .nul()
                                .nul()
                                .nul()
                                .i(1)
                                .i(1)
                                .end();
                    }
                    List<long[]> indicatorIds = new ArrayList<>(made.size());
                    for (int k = 0; k < made.size(); k++) {
                        SyntheticReports.Evaluation e = made.get(k);
                        long[] ids = new long[e.indicators().size()];
                        int n = 0;
                        for (SyntheticReports.Indicator i : e.indicators()) {
                            ids[n] = id++;
                            Row.of(indicatorRows)
                                    .l(ids[n])
                                    .l(evaluationIds[k])
                                    .i(n + 1)
                                    .s(i.category())
                                    .s(i.subcategory())
                                    .s(i.name())
                                    .nul()
                                    .nul()
                                    .nul()
                                    .s(i.target())
                                    .s(i.actual())
                                    .d(i.weight(), 4)
                                    .d(i.score(), 4)
                                    .nul()
                                    .nul()
                                    .nul()
                                    .i(1)
                                    .i(1)
                                    .end();
                            n++;
                            indicators++;
                        }
                        indicatorIds.add(ids);
                    }
                    for (int k = 0; k < made.size(); k++) {
                        SyntheticReports.Evaluation e = made.get(k);
                        long evaluationId = evaluationIds[k];
                        EvaluationAssessment result = EvaluationAssessor.assess(new EvaluationAssessor.Input(
                                e.adjusted(),
                                e.executed(),
                                e.rate(),
                                BigDecimal.TEN,
                                e.executionScore(),
                                e.totalScore(),
                                e.grade(),
                                e.indicators().stream()
                                        .map(SyntheticReports.Indicator::input)
                                        .toList(),
                                List.of()));
                        for (int n = 0; n < e.indicators().size(); n++) {
                            long indicatorId = indicatorIds.get(k)[n];
                            IndicatorAssessment a = result.indicators().get(n);
                            Row.of(assessments)
                                    .l(indicatorId)
                                    .l(evaluationId)
                                    .s(a.status().code())
                                    .s(a.direction().code())
                                    .b(a.directionImplied())
                                    .d(a.targetValue(), 6)
                                    .d(a.targetUpper(), 6)
                                    .d(a.actualValue(), 6)
                                    .s(a.unit())
                                    .d(a.shortfallRate(), 6)
                                    .d(a.recomputedScore(), 4)
                                    .s(a.reason().name())
                                    .end();
                            for (AuditFlag f : a.flags()) {
                                Row.of(flags)
                                        .l(id++)
                                        .l(evaluationId)
                                        .l(indicatorId)
                                        .s(f.kind().code())
                                        .s(f.reported())
                                        .s(f.recomputed())
                                        .s(f.detail())
                                        .end();
                            }
                        }
                        for (var byCategory : UnmetByCategory.of(
                                        e.indicators().stream()
                                                .map(SyntheticReports.Indicator::category)
                                                .toList(),
                                        result.indicators())
                                .entrySet()) {
                            Row.of(unmet)
                                    .l(evaluationId)
                                    .s(byCategory.getKey())
                                    .i(byCategory.getValue())
                                    .end();
                        }
                        for (AuditFlag f : result.flags()) {
                            Row.of(flags)
                                    .l(id++)
                                    .l(evaluationId)
                                    .l(null)
                                    .s(f.kind().code())
                                    .s(f.reported())
                                    .s(f.recomputed())
                                    .s(f.detail())
                                    .end();
                        }
                        Row.of(evaluationAssessments)
                                .l(evaluationId)
                                .d(result.recomputedExecutionRate(), 6)
                                .d(result.recomputedExecutionScore(), 4)
                                .d(result.recomputedTotalScore(), 4)
                                .s(result.gradeOfReportedScore())
                                .s(result.recomputedGrade())
                                .i((int) result.count(Status.MET))
                                .i((int) result.count(Status.PARTLY_MET))
                                .i((int) result.count(Status.UNMET))
                                .i((int) result.count(Status.NOT_ASSESSABLE))
                                .i((int) result.flagCount())
                                .end();
                    }
                }
            }
        }
        return new long[] {evaluations, indicators};
    }
}
