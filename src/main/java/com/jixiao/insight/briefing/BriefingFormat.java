package com.jixiao.insight.briefing;

import com.jixiao.insight.base.cli.Codes;

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
        return Codes.of(values(), BriefingFormat::code, code);
    }
}
