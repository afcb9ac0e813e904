package com.jixiao.insight.ingest.store;

import java.util.Locale;

/** Where a batch import stands ({@code import_batch.state}). */
public enum BatchState {
    /** Read and summarised; waits for its user to confirm it. */
    PREVIEWED,
    /** Being stored, chunk by chunk. */
    RUNNING,
    /** Every file stored, found unchanged or refused. */
    DONE,
    /** The process stopped while it ran: the files stored before stay, the others are not in the store. */
    INTERRUPTED,
    /** Stopped by an error that was not one file's (the store could not be written). */
    FAILED,
    /** Previewed, then dropped by its user or left unconfirmed for a day; its files are deleted. */
    DISCARDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BatchState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Whether nothing more will happen to the batch. */
    public boolean finished() {
        return this != PREVIEWED && this != RUNNING;
    }
}
