package com.jixiao.insight.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit pickers page through the units at the database, filtered by region, name and restriction. */
class ScopeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void unitsArePagedFilteredByNameAndRegionAndRestricted() throws Exception {
        var store =
                SyntheticStore.generate(dir.resolve("s.duckdb"), Scale.SMALL, 2).store();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            var all = new ScopeOptions(db, AccessScope.fixed(Restriction.NONE));
            assertThat(all.unitCount(Scope.all(), "")).isEqualTo(60);
            List<ScopeOptions.UnitOption> paged = new ArrayList<>();
            for (int offset = 0; offset < 60; offset += 25) {
                paged.addAll(all.units(Scope.all(), "", offset, 25));
            }
            assertThat(paged).containsExactlyElementsOf(all.units());

            assertThat(all.units(Scope.all(), "第1区合成单位", 0, 100))
                    .hasSize(6)
                    .allMatch(u -> u.name().startsWith("第1区合成单位"));
            String district = paged.getFirst().regionPath();
            var inDistrict = Scope.all().withRegion(Optional.of(district));
            assertThat(all.unitCount(inDistrict, "")).isEqualTo(6);
            assertThat(all.units(inDistrict, "", 0, 100))
                    .allMatch(u -> u.regionPath().equals(district));
            assertThat(all.unitsById(List.of(paged.get(3).id()))).containsExactly(paged.get(3));

            var restricted = new ScopeOptions(db, AccessScope.fixed(new Restriction(List.of(district), List.of())));
            assertThat(restricted.unitCount(Scope.all(), "")).isEqualTo(6);
            assertThat(restricted.unitsById(List.of(paged.getLast().id()))).isEmpty();
        }
    }
}
