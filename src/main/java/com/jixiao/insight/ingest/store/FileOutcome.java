package com.jixiao.insight.ingest.store;

import java.util.Locale;

/** What a batch did with one of its files ({@code import_batch_file.outcome}). */
public enum FileOutcome {
    /** Not stored yet. */
    PENDING,
    /** Stored: a report of a unit and year the store did not hold. */
    NEW,
    /** Stored: it replaces the unit's report of that year, which stays in history. */
    REPLACES,
    /** The same content was stored and replaced: it is current again. */
    RESTORES,
    /** The same content is stored already: nothing changed. */
    UNCHANGED,
    /** Not stored, for the reason recorded with it. */
    REFUSED,
    /** Pending when its batch stopped: not in the store. */
    INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileOutcome of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static FileOutcome of(ImportStatus status) {
        return switch (status) {
            case NEW -> NEW;
            case REPLACES -> REPLACES;
            case RESTORES -> RESTORES;
            case UNCHANGED -> UNCHANGED;
            case REJECTED -> REFUSED;
        };
    }

    /** Whether the file's report is in the store, current, after its batch. */
    public boolean inStore() {
        return this == NEW || this == REPLACES || this == RESTORES || this == UNCHANGED;
    }
}
