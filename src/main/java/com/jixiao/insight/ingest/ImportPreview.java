package com.jixiao.insight.ingest;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.store.ImportStatus;
import java.util.List;
import java.util.Optional;

/**
 * What an upload would do, before anything is stored: what was recognised (unit, region, year, the
 * evaluations and their indicators), the warnings per row, the refusal if any, and whether the file is
 * new, replaces the unit's report of that year, or is stored already.
 */
public record ImportPreview(
        String fileName,
        String sha256,
        long byteSize,
        Optional<ParsedFile> parsed,
        List<ImportIssue> errors,
        String region,
        RegionSource regionSource,
        ImportStatus status,
        Long existingDocumentId) {

    /** Where the region comes from. */
    public enum RegionSource {
        /** A line of the file states it (地区 / 行政区划) or the template's 地区 column. */
        STATED,
        /** The unit is in the store already, under this region. */
        STORED_UNIT,
        /** Given with the upload (the preview form, or --region). */
        GIVEN,
        /** Nobody said: the import asks for it. */
        MISSING
    }

    public ImportPreview {
        errors = List.copyOf(errors);
    }

    public List<ImportIssue> warnings() {
        return parsed.map(ParsedFile::warnings).orElse(List.of());
    }

    public boolean canStore() {
        return errors.isEmpty() && parsed.isPresent() && region != null && status != ImportStatus.REJECTED;
    }

    public boolean needsRegion() {
        return parsed.isPresent() && errors.isEmpty() && regionSource == RegionSource.MISSING;
    }
}
