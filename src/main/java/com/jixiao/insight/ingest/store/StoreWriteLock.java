package com.jixiao.insight.ingest.store;

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
}
