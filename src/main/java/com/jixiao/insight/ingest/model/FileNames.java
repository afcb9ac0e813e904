package com.jixiao.insight.ingest.model;

import java.util.Locale;

/** What a file is called, as a label: its name is never used as a path. */
public final class FileNames {

    private FileNames() {}

    /** Only the last path segment of what the browser or the shell called the file; never used as a path. */
    public static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.length() > 120) {
            n = n.substring(0, 120);
        }
        return n.isEmpty() ? "upload" : n;
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
