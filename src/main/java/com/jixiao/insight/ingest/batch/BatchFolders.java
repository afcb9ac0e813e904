package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.store.BatchRecords;
import com.jixiao.insight.ingest.store.BatchRecords.BatchRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders of received files beside the store ({@code <store>.batches/<id>/}): one per batch, from its first file
 * until the batch is over (stored, interrupted, discarded), so that a previewed batch can be confirmed later.
 */
final class BatchFolders {

    private static final Logger log = LoggerFactory.getLogger(BatchFolders.class);

    private final Path root;

    BatchFolders(Path store) {
        this.root = store.resolveSibling(store.getFileName() + ".batches");
    }

    Path of(long id) {
        return root.resolve(Long.toString(id));
    }

    Path create(long id) {
        Path dir = of(id);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir;
    }

    void delete(long id) {
        BatchFiles.deleteTree(of(id));
    }

    /**
     * Deletes the folders of batches that are over, and of batches never submitted once they are a day old; not those
     * of the {@code active} batches (the service's, read as it goes).
     */
    void tidy(DSLContext db, Set<Long> active) {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", root, e.getMessage());
            return;
        }
        for (Path dir : dirs) {
            try {
                long id = Long.parseLong(dir.getFileName().toString());
                if (active.contains(id)) {
                    continue;
                }
                Optional<BatchRow> row = BatchRecords.batch(db, id);
                boolean keep = row.isPresent()
                        ? !row.get().state().finished()
                        : Files.getLastModifiedTime(dir)
                                .toInstant()
                                .isAfter(Instant.now().minusSeconds(86_400));
                if (!keep) {
                    BatchFiles.deleteTree(dir);
                }
            } catch (NumberFormatException | IOException | UncheckedIOException e) {
                log.warn("Cannot tidy {}: {}", dir, e.getMessage());
            }
        }
    }
}
