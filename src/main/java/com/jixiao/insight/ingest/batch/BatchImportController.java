package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.web.JsonApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Batch imports over HTTP, for an administrator's scripts while the app runs:
 *
 * <ul>
 *   <li>{@code POST /api/imports} (multipart: any number of report files and ZIPs, in any part; {@code region} for files
 *       that do not state one; {@code mode=preview} to read and summarise without storing) answers 202 with {@code
 *       {"batchId": …}} and the batch's address; the files are stored in the background.
 *   <li>{@code GET /api/imports/{id}} the progress and every file's outcome ({@code lang=en} for English messages);
 *       {@code GET /api/imports} the latest batches.
 *   <li>{@code POST /api/imports/{id}/confirm} stores a previewed batch.
 * </ul>
 *
 * Thin over {@link BatchImportService}, which checks the role again. A refusal (a bad argument, no such batch, a batch
 * that cannot be confirmed) is the API's JSON error ({@code {"status","error","message","path"}}).
 */
@RestController
@JsonApi
@RequestMapping("/api/imports")
class BatchImportController {

    private final BatchImportService batches;

    BatchImportController(BatchImportService batches) {
        this.batches = batches;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Secured(Role.ADMIN_AUTHORITY)
    ResponseEntity<Object> submit(
            MultipartHttpServletRequest request,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String mode)
            throws IOException {
        if (mode != null && !mode.equals("preview")) {
            throw new IllegalArgumentException("mode is 'preview' or left out, not '" + mode + "'");
        }
        List<MultipartFile> parts = request.getMultiFileMap().values().stream()
                .flatMap(List::stream)
                .filter(f -> !f.isEmpty() || f.getOriginalFilename() != null)
                .toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(
                    "no files: send them as multipart parts, e.g. curl -F files=@report.txt -F files=@reports.zip");
        }
        BatchFiles files = batches.receive();
        for (MultipartFile part : parts) {
            try (InputStream in = part.getInputStream()) {
                files.add(part.getOriginalFilename(), in);
            }
        }
        Batch batch;
        try {
            batch = batches.submit(files, region, "preview".equals(mode));
        } catch (IllegalArgumentException e) {
            files.delete();
            throw e;
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/imports/" + batch.id()))
                .body(Map.of(
                        "batchId",
                        batch.id(),
                        "state",
                        batch.state().code(),
                        "total",
                        batch.counts().total()));
    }

    @GetMapping("/{id}")
    @Secured(Role.ADMIN_AUTHORITY)
    ResponseEntity<Object> progress(@PathVariable long id, @RequestParam(required = false) String lang) {
        return batches.batch(id)
                .<ResponseEntity<Object>>map(b -> ResponseEntity.ok(BatchJson.of(b, messages(lang))))
                .orElseThrow(() -> notFound(id));
    }

    @GetMapping
    @Secured(Role.ADMIN_AUTHORITY)
    List<BatchJson> recent(@RequestParam(required = false) String lang) {
        Messages messages = messages(lang);
        return batches.recent(20).stream().map(b -> BatchJson.of(b, messages)).toList();
    }

    @PostMapping("/{id}/confirm")
    @Secured(Role.ADMIN_AUTHORITY)
    ResponseEntity<Object> confirm(@PathVariable long id) {
        if (batches.batch(id).isEmpty()) {
            throw notFound(id);
        }
        try {
            Batch batch = batches.confirm(id);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/imports/" + id))
                    .body(Map.of(
                            "batchId",
                            id,
                            "state",
                            batch.state().code(),
                            "total",
                            batch.counts().total()));
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no batch " + id);
    }

    private static Messages messages(String lang) {
        return Messages.of(
                lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Messages.DEFAULT);
    }
}
