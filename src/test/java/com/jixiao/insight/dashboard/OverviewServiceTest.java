package com.jixiao.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.catalog.AccessScope;
import com.jixiao.insight.catalog.Restriction;
import com.jixiao.insight.catalog.Scope;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With several units per district, the charts' rows are the districts' sums, not one unit standing in. */
class OverviewServiceTest {

    @TempDir
    Path dir;

    @Test
    void regionYearsSumTheirUnitsAndWeighTheRateByFunding() throws Exception {
        var store = SyntheticStore.generate(dir.resolve("s.duckdb"), Scale.SMALL, 3).store();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var overview = new OverviewService(DSL.using(c, SQLDialect.DUCKDB), AccessScope.fixed(Restriction.NONE))
                    .overview(Scope.all());
            assertThat(overview.regionYears()).hasSize(10 * 5); // 10 districts × 5 years
            var first = overview.regionYears().getFirst();
            var units = overview.unitYears().stream()
                    .filter(u -> u.regionName().equals(first.regionName()) && u.fiscalYear() == first.fiscalYear()).toList();
            assertThat(units).hasSizeGreaterThan(1);
            BigDecimal adjusted = units.stream().map(Overview.UnitYear::adjustedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal executed = units.stream().map(Overview.UnitYear::executed).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(first.adjustedBudget()).isEqualByComparingTo(adjusted);
            assertThat(first.executed()).isEqualByComparingTo(executed);
            assertThat(first.executionRate()).isCloseTo(executed.divide(adjusted, MathContext.DECIMAL64),
                    org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
            assertThat(overview.unitsWithMostUnmet(15)).hasSize(15);
        }
    }
}
