package com.jixiao.insight.ingest;

/**
 * An uploaded file and the choices made for it: the region, where the file does not state one (the import
 * asks rather than guesses). {@code fileName} is only a label; it is never used as a path.
 */
public record ImportRequest(String fileName, byte[] content, String region) {

    public ImportRequest {
        content = content.clone();
        region = region == null || region.isBlank() ? null : region.strip();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    byte[] bytes() {
        return content;
    }

    public long size() {
        return content.length;
    }
}
