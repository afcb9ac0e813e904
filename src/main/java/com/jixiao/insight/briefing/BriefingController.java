package com.jixiao.insight.briefing;

import com.jixiao.insight.base.security.Role;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/briefing?region=湖北省&year=2024&format=docx&lang=zh-CN} (or {@code from} and {@code to}, or
 * no year for every year; no region for every region): the briefing file. Thin over {@link BriefingService}.
 */
@RestController
class BriefingController {

    private final BriefingService briefings;

    BriefingController(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/export/briefing")
    @Secured(Role.VIEWER_AUTHORITY)
    ResponseEntity<byte[]> briefing(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang) {
        BriefingRequest request;
        try {
            request = BriefingRequest.parse(region, year, from, to, format, lang);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Briefing briefing = briefings.briefing(request.scope());
        // Rendered in memory first: a failure is a clean 500, never half a file sent as 200.
        byte[] file = briefings.export(briefing, request.format(), request.locale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(request.format().mimeType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + Briefings.fileName(briefing, request.format()) + "\"")
                .body(file);
    }
}
