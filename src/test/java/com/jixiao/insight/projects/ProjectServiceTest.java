package com.jixiao.insight.projects;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.evaluation.rules.Status;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's filters at the database, checked against the same question asked of the indicators. */
class ProjectServiceTest {

    @TempDir
    Path dir;

    @Test
    void theStatusFilterFindsExactlyTheEvaluationsWithAnIndicatorOfThatStatus() throws Exception {
        var store =
                SyntheticStore.generate(dir.resolve("s.duckdb"), Scale.SMALL, 5).store();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            var service = new ProjectService(db, AccessScope.fixed(Restriction.NONE));
            var e = EVALUATION_OVERVIEW;
            var i = INDICATOR_STATUS;
            for (Status status : Status.values()) {
                int expected = db.fetchCount(
                        e,
                        DSL.exists(
                                DSL.selectOne().from(i).where(i.EVALUATION_ID.eq(e.ID), i.STATUS.eq(status.code()))));
                var filter = new ProjectFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(status.code()),
                        Optional.empty());
                assertThat(service.count(Scope.all(), filter)).as(status.code()).isEqualTo(expected);
            }
            assertThat(db.fetchCount(i, i.STATUS.eq("unmet"))).isPositive();
            var nonsense = new ProjectFilter(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("DROP TABLE"), Optional.empty());
            assertThat(service.count(Scope.all(), nonsense)).isZero();
        }
    }
}
