package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.API_TOKEN;
import static com.jixiao.insight.store.generated.Tables.APP_USER;
import static com.jixiao.insight.store.generated.Tables.APP_USER_SCOPE;
import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a rebuild must not lose that is not in sql/ and data/: accounts, their restrictions, their API
 * tokens and the audit trail. They are copied from the previous store into the new one, column by column
 * where both have the column, so a schema change keeps them. Tokens and audit entries get new ids (the
 * new store's sequence starts again) in their old order; a token is found by its secret's hash, never
 * by its id, so a job's token keeps working.
 */
final class StoreCarryOver {

    private static final String PREVIOUS = "previous_store";

    private StoreCarryOver() {}

    static void copy(DSLContext db, Path previous) {
        if (!Files.isRegularFile(previous)) {
            return;
        }
        db.query(
                        "ATTACH {0} AS " + PREVIOUS + " (READ_ONLY)",
                        DSL.inline(previous.toAbsolutePath().toString()))
                .execute();
        try {
            db.transaction(tx -> {
                carry(tx.dsl(), APP_USER, List.of(), APP_USER.USERNAME);
                carry(tx.dsl(), APP_USER_SCOPE, List.of(), APP_USER_SCOPE.USERNAME);
                carry(tx.dsl(), API_TOKEN, List.of(API_TOKEN.ID), API_TOKEN.ID);
                carry(tx.dsl(), AUDIT_LOG, List.of(AUDIT_LOG.ID), AUDIT_LOG.ID);
            });
        } finally {
            db.query("DETACH " + PREVIOUS).execute();
        }
    }

    private static void carry(DSLContext db, Table<?> table, List<Field<?>> leaveOut, Field<?> order) {
        Set<String> old = Set.copyOf(db.select(DSL.field(DSL.name("column_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "columns")))
                .where(
                        DSL.field(DSL.name("table_catalog")).eq(PREVIOUS),
                        DSL.field(DSL.name("table_name")).eq(table.getName()))
                .fetch(r -> r.value1()));
        if (old.isEmpty()) {
            return; // the previous store predates the table
        }
        List<Field<?>> common = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (old.contains(f.getName()) && !leaveOut.contains(f)) {
                common.add(f);
            }
        }
        Table<?> source = DSL.table(DSL.name(PREVIOUS, "main", table.getName()));
        db.insertInto(table, common)
                .select(DSL.select(common.stream()
                                .map(f -> DSL.field(DSL.name(PREVIOUS, "main", table.getName(), f.getName())))
                                .toArray(Field[]::new))
                        .from(source)
                        .orderBy(DSL.field(DSL.name(PREVIOUS, "main", table.getName(), order.getName()))))
                .execute();
    }
}
