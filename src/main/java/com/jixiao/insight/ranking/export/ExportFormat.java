package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.cli.Codes;

/** The file formats a ranking is exported in. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String code;
    private final String mimeType;

    ExportFormat(String code, String mimeType) {
        this.code = code;
        this.mimeType = mimeType;
    }

    /** The name used in URLs and on the command line. */
    public String code() {
        return code;
    }

    /** The Content-Type of the file; CSV says its charset because the file is UTF-8 whatever the client assumes. */
    public String mimeType() {
        return mimeType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return code;
    }

    /** {@code csv}, {@code xlsx} or {@code pdf}, in any letter case. */
    public static ExportFormat fromCode(String code) {
        return Codes.of(values(), ExportFormat::code, code);
    }
}
