package com.jixiao.insight.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one writer of documents: a single import and each chunk of a batch import hold it while they write, so they
 * never interleave (DuckDB takes one writer at a time, and two revisions of one report must not cross). Files are
 * parsed before it is taken. Fair, so that a single import waits for at most the chunk being written.
 */
@Component
public final class StoreWriteLock {

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs {@code write} holding the lock. */
    public <T> T holding(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Checkpoints the store's write-ahead log into its file on {@code connection}, holding the lock (DuckDB checkpoints
     * only with no write under way): for a batch at its end, the pool letting the log grow to {@link
     * com.jixiao.insight.base.store.StoreConfig#CHECKPOINT_THRESHOLD} rather than checkpoint every 16 MB of it. Returns
     * why DuckDB declined (another connection's write under way; it then checkpoints later on its own), if it did.
     */
    public Optional<String> checkpoint(Connection connection) {
        return holding(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
                return Optional.empty();
            } catch (SQLException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            }
        });
    }
}
