package com.jixiao.insight.ingest.store;

/** What storing a file does, or did, to the store. */
public enum ImportStatus {
    /** A report of a unit and year the store does not hold yet. */
    NEW,
    /** A revised report: the unit's current report of that year goes to history. */
    REPLACES,
    /** The same bytes are stored already, as the current report: nothing to do. */
    UNCHANGED,
    /** The same bytes are stored already, as an earlier version: it becomes current again. */
    RESTORES,
    /** The file is refused (see the errors). */
    REJECTED
}
