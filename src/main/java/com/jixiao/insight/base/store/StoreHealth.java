package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.STORE_META;

import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What {@code /actuator/health} and {@code /actuator/info} say of the store. Health ("store", part of the
 * readiness group): the store answers a query and has the schema this release reads. Info: the app's version,
 * the store's schema version and whether it holds real reports or synthetic data.
 */
final class StoreHealth {

    private StoreHealth() {}

    private static Map<String, String> meta(DSLContext db) {
        return db.selectFrom(STORE_META).fetchMap(STORE_META.KEY, STORE_META.VALUE);
    }

    @Component("store")
    static class Indicator extends AbstractHealthIndicator {

        private final DSLContext db;

        Indicator(DSLContext db) {
            super("the store does not answer");
            this.db = db;
        }

        @Override
        protected void doHealthCheck(Health.Builder health) {
            String version = meta(db).get("schema_version");
            if (StoreBuilder.SCHEMA_VERSION.equals(version)) {
                health.up();
            } else {
                health.down().withDetail("schemaVersion", String.valueOf(version));
            }
        }
    }

    @Component
    static class Contributor implements InfoContributor {

        private final DSLContext db;
        private final ObjectProvider<BuildProperties> build;

        Contributor(DSLContext db, ObjectProvider<BuildProperties> build) {
            this.db = db;
            this.build = build;
        }

        @Override
        public void contribute(Info.Builder info) {
            BuildProperties b = build.getIfAvailable();
            info.withDetail(
                    "app",
                    Map.of(
                            "name",
                            "jixiao-insight",
                            "version",
                            b == null || b.getVersion() == null ? "unknown" : b.getVersion()));
            Map<String, String> meta = meta(db);
            info.withDetail(
                    "store",
                    Map.of(
                            "schemaVersion",
                            meta.getOrDefault("schema_version", "unknown"),
                            "content",
                            meta.getOrDefault("content", "unknown")));
        }
    }
}
