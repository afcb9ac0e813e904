package com.jixiao.insight.base.store.backup;

import com.jixiao.insight.base.web.JsonApi;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups over HTTP, for a schedule while the app runs (DuckDB lets one process open the store, so the
 * {@code backup} command cannot run beside it): {@code POST /api/backups} takes one, {@code GET /api/backups}
 * lists them. Admins only ({@link BackupService} checks), with an API token or HTTP Basic.
 */
@RestController
@JsonApi
class BackupController {

    /** A backup as the API gives it. */
    record BackupJson(String name, String path, long bytes) {
        static BackupJson of(BackupService.Backup b) {
            return new BackupJson(b.name(), b.path().toString(), b.bytes());
        }
    }

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/backups")
    @ResponseStatus(HttpStatus.CREATED)
    BackupJson backup() {
        return BackupJson.of(backups.backup());
    }

    @GetMapping("/api/backups")
    List<BackupJson> list() {
        return backups.list().stream().map(BackupJson::of).toList();
    }
}
