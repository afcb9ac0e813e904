package com.jixiao.insight.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a briefing is written as: DOCX to edit and forward, PDF to print. */
public enum BriefingFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String code;
    private final String mimeType;

    BriefingFormat(String code, String mimeType) {
        this.code = code;
        this.mimeType = mimeType;
    }

    public String code() {
        return code;
    }

    public String mimeType() {
        return mimeType;
    }

    /** {@code docx} or {@code pdf}, in any letter case. */
    public static BriefingFormat fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + code + "'; use one of "
                        + Arrays.stream(values()).map(BriefingFormat::code).collect(Collectors.joining(", "))));
    }
}
