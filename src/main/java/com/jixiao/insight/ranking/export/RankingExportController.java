package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.RankingTable;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/ranking?metric=execution-rate&from=2022&to=2024&region=湖北省&format=xlsx&lang=zh-CN}
 * (or {@code year=2024} for one year): the ranking file, for scheduled reporting. Thin over
 * {@link RankingService} and {@link RankingExports}, so that security can be added by annotation.
 */
@RestController
class RankingExportController {

    private final RankingService rankings;
    private final RankingExportService exports;

    RankingExportController(RankingService rankings, RankingExportService exports) {
        this.rankings = rankings;
        this.exports = exports;
    }

    @GetMapping("/export/ranking")
    @Secured(Role.ANALYST_AUTHORITY)
    ResponseEntity<byte[]> ranking(
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang) {
        RankingExportRequest request;
        try {
            request = RankingExportRequest.parse(metric, year, from, to, region, format, lang);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        RankingTable table = rankings.rank(request.query());
        // Rendered in memory first: a failure is a clean 500, never half a file sent as 200.
        byte[] file = exports.export(table, request.format(), request.locale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(request.format().mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(RankingExports.fileName(table, request.format())))
                .body(file);
    }

    /** RFC 6266, with the RFC 5987 {@code filename*} form beside the plain one for old clients. */
    static String attachment(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        String plain = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }
}
