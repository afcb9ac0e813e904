package com.jixiao.insight.ingest.form.words;

import java.util.regex.Pattern;

/**
 * The labels a project form names its departments with, shared by the readers of the document's unit and of each
 * form: the 主管部门 (supervising department) and, on the transfer payment forms, the 中央主管部门 above it.
 */
public final class UnitLabels {

    /**
     * 主管部门, 主管单位, and 地方主管部门 as the 转移支付区域绩效自评表 prints the local department; with 及代码 / （代码）
     * as the Ministry's forms print it ("主管部门及代码：[101]北川县水利局").
     */
    public static final String SUPERVISING = "(?:地方)?(?:主管部门|主管单位)(?:及代码|（代码）|\\(代码\\))?";

    /** A {@link #SUPERVISING} label, its value (if any) after it in group 1. */
    public static final Pattern SUPERVISING_LABEL = Pattern.compile("^" + SUPERVISING + "\\s*[：:]?\\s*(.*)$");

    /**
     * 中央主管部门: the ministry a transfer payment comes from, printed above the 地方主管部门. It is no supervisor of the
     * unit, and a form reader passes it over (the file keeps it).
     */
    public static final Pattern CENTRAL_LABEL = Pattern.compile("^中央主管部门(?:及代码)?\\s*[：:]?\\s*(.*)$");

    private UnitLabels() {}
}
