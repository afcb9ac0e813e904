package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Many rows in few statements. DuckDB pays for each statement (parse, plan, constraint checks) far more than
 * for each row in it, so writers insert a list of rows with one multi-row INSERT and draw the ids they need
 * from {@code store_id_seq} with one query, instead of a statement per row and per id.
 */
public final class BulkInsert {

    /** Bind values per statement: keeps a statement of 2,000 indicators from growing without bound. */
    private static final int MAX_BINDS = 6_000;

    private BulkInsert() {}

    /** Inserts {@code rows} (every column, as set in each record) with as few statements as the bind limit allows. */
    public static <R extends TableRecord<R>> void insert(DSLContext db, Table<R> table, List<R> rows) {
        insertValues(db, table, rows.stream().map(TableRecord::intoArray).toList());
    }

    /** Inserts rows given as their values, one per column of {@code table} in its order ({@link RowSink#insertValues}). */
    public static void insertValues(DSLContext db, Table<?> table, List<Object[]> rows) {
        int perStatement = Math.max(1, MAX_BINDS / table.fields().length);
        for (int from = 0; from < rows.size(); from += perStatement) {
            InsertValuesStepN<?> insert = db.insertInto(table).columns(table.fields());
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + perStatement))) {
                insert = insert.values(row);
            }
            insert.execute();
        }
    }

    /** A sink writing through {@link #insert} in {@code db}'s transaction. */
    public static RowSink sink(DSLContext db) {
        return new RowSink() {
            @Override
            public <R extends TableRecord<R>> void insert(Table<R> table, List<R> rows) {
                BulkInsert.insert(db, table, rows);
            }

            @Override
            public void insertValues(Table<?> table, List<Object[]> rows) {
                BulkInsert.insertValues(db, table, rows);
            }
        };
    }

    /** {@code count} new ids of {@code store_id_seq}, handed out in ascending order. */
    public static Ids ids(DSLContext db, int count) {
        if (count == 0) {
            return new Ids(new long[0]);
        }
        long[] ids = db.select(STORE_ID_SEQ.nextval()).from(DSL.generateSeries(1, count)).fetch(0, Long.class).stream()
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        if (ids.length != count) {
            throw new IllegalStateException("asked the sequence for " + count + " ids, got " + ids.length);
        }
        return new Ids(ids);
    }

    /**
     * Ids drawn in one query. Handed out in ascending order, they are the ids one nextval per row would have given
     * while nothing else draws from the sequence (imports run one at a time).
     */
    public static final class Ids {

        private final long[] ids;
        private int next;

        private Ids(long[] ids) {
            this.ids = ids;
        }

        public long next() {
            if (next == ids.length) {
                throw new IllegalStateException("all " + ids.length + " ids drawn are used");
            }
            return ids[next++];
        }

        /** Fails if ids were drawn and not used: the count asked for was wrong. */
        public void checkAllUsed() {
            if (next != ids.length) {
                throw new IllegalStateException(ids.length + " ids drawn, " + next + " used");
            }
        }
    }
}
