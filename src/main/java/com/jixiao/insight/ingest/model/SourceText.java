package com.jixiao.insight.ingest.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The verbatim text of a source document, its lines (1-based) and its content address. A document that is not text
 * (a PDF, a Word or Excel file) is kept as the lines its reader made of it, one per row of cells, each with its
 * {@code location} in the file ("第2页 y=341", "表1 第3行", "Sheet1!A5:H5"); a text file's lines need none.
 */
public record SourceText(String fileName, String sha256, List<String> lines, List<String> locations) {

    public SourceText {
        lines = List.copyOf(lines);
        locations = locations.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(locations));
        if (!locations.isEmpty() && locations.size() != lines.size()) {
            throw new IllegalArgumentException(locations.size() + " locations for " + lines.size() + " lines");
        }
    }

    /** Lines of text, which their numbers locate. */
    public SourceText(String fileName, String sha256, List<String> lines) {
        this(fileName, sha256, lines, List.of());
    }

    /** Where line {@code lineNo} stands in the file, if the file is not text; else null. */
    public String location(int lineNo) {
        return locations.isEmpty() ? null : locations.get(lineNo - 1);
    }

    /** Decoded text; line ends are \n or \r\n. */
    public static SourceText of(String fileName, byte[] bytes, String text) {
        String[] parts = text.split("\n", -1);
        List<String> lines = new ArrayList<>(parts.length);
        for (String p : parts) {
            lines.add(p.endsWith("\r") ? p.substring(0, p.length() - 1) : p);
        }
        // A final newline does not open another line.
        if (lines.size() > 1 && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return new SourceText(fileName, sha256(bytes), lines);
    }

    public static SourceText utf8(String fileName, byte[] bytes) {
        return of(fileName, bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    public String line(int lineNo) {
        return lines.get(lineNo - 1);
    }

    /** The lines of a range joined with \n. */
    public String text(LineRange range) {
        return String.join("\n", lines.subList(range.first() - 1, range.last()));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
