package com.jixiao.insight.base.store.backup;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.StoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Backups of the running store into {@code jixiao.backup.dir} (default: backups/ beside the store). */
@Service
public class BackupService {

    /** A backup folder and its size. */
    public record Backup(String name, Path path, long bytes) {}

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final DSLContext db;
    private final Path dir;
    private final AuditLog audit;

    BackupService(
            DSLContext db, StoreProperties store, AuditLog audit, @Value("${jixiao.backup.dir:}") String backupDir) {
        this.db = db;
        this.audit = audit;
        this.dir = backupDir.isBlank()
                ? store.path().resolveSibling("backups")
                : Path.of(backupDir).toAbsolutePath();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public Backup backup() {
        Path target = dir.resolve("jixiao-" + LocalDateTime.now().format(NAME));
        try {
            Files.createDirectories(dir);
            Backups.export(db, target);
            audit.recordForCurrentUser("backup", "ok", target.toString());
            return new Backup(target.getFileName().toString(), target, size(target));
        } catch (RuntimeException | IOException e) {
            audit.recordForCurrentUser("backup", "failed", e.getMessage());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder())
                    .map(p -> new Backup(p.getFileName().toString(), p, size(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return dir;
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
