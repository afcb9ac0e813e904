package com.jixiao.insight.targets;

import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.evaluation.reasons.ReasonClass;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.scope.Scope;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging finds the page's unit-years from counts first: pages put together are the whole list, in order. */
class UnmetTargetServiceTest {

    @TempDir
    Path dir;

    @Test
    void pagesOfAnySizeAddUpToTheWholeOrderedList() throws Exception {
        Path store = dir.resolve("s.duckdb");
        SeedsAndImports.build(store);
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            var service = new UnmetTargetService(db, AccessScope.fixed(Restriction.NONE));
            var counts = service.count(Scope.all(), Optional.empty());
            assertThat(counts.indicators())
                    .isEqualTo(db.fetchCount(INDICATOR_STATUS, INDICATOR_STATUS.STATUS.eq("unmet")))
                    .isEqualTo(33); // since seed 004 line 32 (target 市级以上) is read as an indicator
            assertThat(counts.goals()).isPositive();

            List<UnmetTarget> whole = service.page(Scope.all(), Optional.empty(), 0, Integer.MAX_VALUE);
            assertThat(whole).hasSize(counts.total());
            assertThat(whole)
                    .isSortedAccordingTo(Comparator.comparing(UnmetTarget::unitName)
                            .thenComparing(UnmetTarget::fiscalYear)
                            .thenComparing(t -> t.category() == null ? "\uFFFF" : t.category()));
            for (int size : new int[] {1, 7, 50}) {
                List<UnmetTarget> pages = new ArrayList<>();
                for (int offset = 0; offset < counts.total(); offset += size) {
                    pages.addAll(service.page(Scope.all(), Optional.empty(), offset, size));
                }
                assertThat(pages).as("pages of " + size).containsExactlyElementsOf(whole);
            }
            assertThat(service.page(Scope.all(), Optional.empty(), counts.total(), 50))
                    .isEmpty();

            // With a kind the counts come from the per-evaluation pre-aggregation instead: the same answer.
            var projects = Scope.all().withKind(Optional.of("project"));
            int projectIndicators = db.fetchCount(
                    INDICATOR_STATUS,
                    INDICATOR_STATUS.STATUS.eq("unmet"),
                    INDICATOR_STATUS.EVALUATION_KIND.eq("project"));
            assertThat(service.count(projects, Optional.empty()).indicators())
                    .isEqualTo(projectIndicators)
                    .isLessThan(counts.indicators());
            assertThat(service.page(projects, Optional.empty(), 0, 1000).stream()
                            .filter(t -> t.source().equals("indicator")))
                    .hasSize(projectIndicators);

            var output = service.page(Scope.all(), Optional.of("产出指标"), 0, 1000);
            assertThat(output)
                    .hasSize(service.count(Scope.all(), Optional.of("产出指标")).total())
                    .isNotEmpty()
                    .allMatch(t -> "产出指标".equals(t.category()));
        }
    }

    @Test
    void everyUnmetTargetHasItsReasonClassAndTheFilterAndChartsAgree() throws Exception {
        Path store = dir.resolve("r.duckdb");
        SeedsAndImports.build(store);
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            var access = AccessScope.fixed(Restriction.NONE);
            var service = new UnmetTargetService(db, access);
            var counts = service.count(Scope.all(), Optional.empty());
            List<UnmetTarget> whole = service.page(Scope.all(), Optional.empty(), 0, Integer.MAX_VALUE);
            assertThat(whole).allMatch(t -> t.reasonClass() != null);

            // Each class filtered: counted and paged alike, and together the whole list.
            Map<ReasonClass, Integer> perClass = new EnumMap<>(ReasonClass.class);
            int sum = 0;
            for (ReasonClass rc : ReasonClass.values()) {
                var n = service.count(Scope.all(), Optional.empty(), Optional.of(rc));
                var rows = service.page(Scope.all(), Optional.empty(), Optional.of(rc), 0, 10_000);
                assertThat(rows).hasSize(n.total()).allMatch(t -> t.reasonClass() == rc);
                if (n.total() > 0) {
                    perClass.put(rc, n.total());
                }
                sum += n.total();
            }
            assertThat(sum).isEqualTo(counts.total());
            System.out.println("Unmet targets of the seeds by reason class: " + perClass);

            // The words that decided a class are kept and shown: Hongshan's 资金压减 under FUNDS_SHORT.
            var fundsShort = service.page(Scope.all(), Optional.empty(), Optional.of(ReasonClass.FUNDS_SHORT), 0, 100);
            assertThat(fundsShort).isNotEmpty().allMatch(t -> t.matchedWords() != null);
            assertThat(fundsShort).anyMatch(t -> t.matchedWords().contains("压减"));

            // Category and reason together.
            var output = service.page(Scope.all(), Optional.of("产出指标"), Optional.of(ReasonClass.UNSTATED), 0, 1000);
            assertThat(output)
                    .hasSize(service.count(Scope.all(), Optional.of("产出指标"), Optional.of(ReasonClass.UNSTATED))
                            .total())
                    .allMatch(t -> "产出指标".equals(t.category()) && t.reasonClass() == ReasonClass.UNSTATED);

            // The chart's counts are the list's.
            var breakdown = new ReasonService(db, access).breakdown(Scope.all());
            assertThat(breakdown.total()).isEqualTo(counts.total());
            assertThat(breakdown.totals()).isEqualTo(perClass);
            assertThat(breakdown.byRegion().stream().map(ReasonBreakdown.Count::group))
                    .containsOnly("湖北省", "山东省", "甘肃省");
            var hubei = new ReasonService(db, access).breakdown(Scope.all().withRegion(Optional.of("湖北省")));
            assertThat(hubei.byRegion().stream().map(ReasonBreakdown.Count::group))
                    .containsOnly("武汉市", "鄂州市");
            assertThat(hubei.byYear().stream().map(ReasonBreakdown.Count::group))
                    .containsOnly("2023", "2024");
        }
    }
}
