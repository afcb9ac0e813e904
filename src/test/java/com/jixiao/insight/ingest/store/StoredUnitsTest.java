package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.store.ImportStore.StoredUnit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units a batch settles its files against, read once: the same answers as asking the store for each file. */
class StoredUnitsTest {

    @TempDir
    Path dir;

    @Test
    void everyNameAndAliasLeadsWhereTheStoresQueryLeads() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + TestStores.seededCopy(dir))) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            StoredUnits units = StoredUnits.load(db);
            List<String> names = new ArrayList<>(db.select(UNIT.NAME).from(UNIT).fetch(UNIT.NAME));
            names.addAll(db.select(UNIT_ALIAS.ALIAS).from(UNIT_ALIAS).fetch(UNIT_ALIAS.ALIAS));
            names.add("没有这个单位");
            assertThat(units.size()).isEqualTo(db.fetchCount(UNIT)).isPositive();
            assertThat(db.fetchCount(UNIT_ALIAS)).as("the seeds hold aliases").isPositive();
            for (String name : names) {
                assertThat(units.find(name)).as(name).isEqualTo(ImportStore.storedUnit(db, name));
            }
        }
    }

    @Test
    void aDocumentCommittedMakesItsUnitAndAliasesKnown() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + TestStores.empty(dir))) {
            StoredUnits units = StoredUnits.load(DSL.using(c, SQLDialect.DUCKDB));
            assertThat(units.find("临江市白沙区农业农村局")).isEmpty();

            units.stored(document("临江市白沙区农业农村局", List.of("白沙区农业农村局"), "湖北省/临江市/白沙区"));
            StoredUnit baisha = new StoredUnit("临江市白沙区农业农村局", "湖北省/临江市/白沙区");
            assertThat(units.find("临江市白沙区农业农村局")).contains(baisha);
            assertThat(units.find("白沙区农业农村局")).contains(baisha);

            // A later document of the unit does not move it: the store keeps a unit's first region.
            units.stored(document("临江市白沙区农业农村局", List.of(), "湖北省/临江市"));
            assertThat(units.find("临江市白沙区农业农村局")).contains(baisha);
        }
    }

    private static ReportDocument document(String unit, List<String> aliases, String region) {
        return new ReportDocument(null, null, unit, aliases, region, 2024, null, null, null, null);
    }
}
