package com.jixiao.insight.ingest.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * A process that imports a folder as one batch into a store and is killed by {@link BatchCrashTest} at a random
 * moment. It says {@code STARTED <batch id>} once the batch is recorded and running, then {@code FILES <n>} each time more files are done (a chunk committed).
 */
public final class BatchChild {

    private BatchChild() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        try (HikariDataSource pool = BatchStores.pool(store)) {
            BatchImportService service = BatchStores.service(pool, store);
            BatchFiles files = service.receive();
            files.add(folder);
            Batch batch = service.submit(files, BatchFixtures.REGION, false);
            System.out.println("STARTED " + batch.id());
            System.out.flush();
            int shown = -1;
            while (!batch.finished()) {
                if (batch.counts().done() != shown) {
                    shown = batch.counts().done();
                    System.out.println("FILES " + shown);
                    System.out.flush();
                }
                Thread.sleep(20);
                batch = service.batch(batch.id()).orElseThrow();
            }
            System.out.println("FILES " + batch.counts().done());
            System.out.println("DONE " + batch.state());
            service.shutdown();
        }
    }
}
