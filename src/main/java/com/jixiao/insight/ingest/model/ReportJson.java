package com.jixiao.insight.ingest.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link ReportDocument}s as JSON. Strict on input: an unknown field or a number
 * where text belongs is an error, so that nothing in a curated or imported file is silently dropped.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {}

    /** Parses one curated document; {@code name} is only used in the error message. */
    public static ReportDocument read(InputStream in, String name) {
        try (in) {
            return MAPPER.readValue(in, ReportDocument.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    name + ": " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read", e);
        }
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
