package com.jixiao.insight.base.store;

import java.nio.file.Path;
import org.jooq.DSLContext;

/**
 * What a new store is filled with after its schema, supplied by the feature that knows it (the curated seeds and
 * the files users imported), so that the store's machinery here names no feature.
 */
public interface StoreContent {

    /**
     * Fills the new store through {@code tx}, its transaction. {@code previous} is the store being replaced, to be
     * read only; it may not exist.
     */
    void fill(DSLContext tx, Path previous);
}
