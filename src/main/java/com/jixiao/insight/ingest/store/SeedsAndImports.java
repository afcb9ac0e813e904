package com.jixiao.insight.ingest.store;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.base.store.StoreContent;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * What a store of real reports holds: the curated seed reports of {@code data/}, then every file users imported
 * into the store being replaced (kept byte for byte in its {@code document_file} table), imported again in import
 * order. Each goes in through {@link DocumentStore}, like any import. The record of batch imports comes along, each file
 * finding its document again by content.
 */
@Component
public final class SeedsAndImports implements StoreContent {

    /** Builds a store of the seeds (and the imports kept at {@code target}, if any) at {@code target}. */
    public static void build(Path target) {
        StoreBuilder.build(target, new SeedsAndImports());
    }

    /** Builds the store at {@code target} if there is none, or one of another schema (see {@link StoreBuilder#ensure}). */
    public static boolean ensure(Path target) {
        return StoreBuilder.ensure(target, new SeedsAndImports());
    }

    @Override
    public void fill(DSLContext tx, Path previous) {
        // Read before anything is written: a kept file that cannot be read stops the build, the old store stays.
        List<KeptFiles.KeptFile> kept = KeptFiles.read(previous);
        CarriedBatches batches = CarriedBatches.read(previous);
        DocumentStore documents = new DocumentStore(tx);
        for (SeedReports.Seed seed : SeedReports.all()) {
            try {
                documents.add(seed.document(), seed.source(), "seed", List.of(), DocumentStore.Progress.NONE);
            } catch (RuntimeException e) {
                throw new IllegalStateException("data/" + seed.name() + ": " + e.getMessage(), e);
            }
        }
        KeptFiles.replay(tx, kept);
        batches.carry(tx);
    }
}
