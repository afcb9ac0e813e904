package com.jixiao.insight.ingest;

import com.jixiao.insight.ingest.store.ImportStatus;

/** What storing a file did: the document now current, the one it replaced, and what it holds. */
public record ImportOutcome(
        ImportStatus status,
        String fileName,
        long documentId,
        Long replacedDocumentId,
        String unit,
        String region,
        int year,
        int evaluations,
        int indicators) {}
