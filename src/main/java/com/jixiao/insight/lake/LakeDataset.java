package com.jixiao.insight.lake;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The tables of the lake (docs/lake.md): what is in force in the store, one row per unit-year, evaluation,
 * indicator, audit flag and document, each with its unit's region path and the partition columns {@code province}
 * (the path's first part) and {@code year} (the fiscal year), and {@code synthetic} (whether the store holds
 * generated data). Each is a select over the store's own views, so the lake says what the dashboards say.
 */
enum LakeDataset {
    UNIT_YEAR("unit_year", UNIT_YEAR_METRICS, UNIT_YEAR_METRICS.REGION_PATH, UNIT_YEAR_METRICS.FISCAL_YEAR),
    EVALUATION("evaluation", EVALUATION_OVERVIEW, EVALUATION_OVERVIEW.REGION_PATH, EVALUATION_OVERVIEW.FISCAL_YEAR),
    INDICATOR("indicator", INDICATOR_STATUS, INDICATOR_STATUS.REGION_PATH, INDICATOR_STATUS.FISCAL_YEAR),
    AUDIT_FLAG_ROW(
            "audit_flag",
            AUDIT_FLAG.join(CURRENT_EVALUATION).on(CURRENT_EVALUATION.ID.eq(AUDIT_FLAG.EVALUATION_ID)),
            CURRENT_EVALUATION.REGION_PATH,
            CURRENT_EVALUATION.FISCAL_YEAR,
            List.of(AUDIT_FLAG.fields()),
            List.of(
                    CURRENT_EVALUATION.UNIT_ID,
                    CURRENT_EVALUATION.UNIT_NAME,
                    CURRENT_EVALUATION.REGION_PATH,
                    CURRENT_EVALUATION.KIND.as("evaluation_kind")),
            DSL.noCondition()),
    DOCUMENT_ROW(
            "document",
            DOCUMENT.join(UNIT).on(UNIT.ID.eq(DOCUMENT.UNIT_ID)).join(REGION).on(REGION.ID.eq(UNIT.REGION_ID)),
            REGION.PATH,
            DOCUMENT.FISCAL_YEAR,
            List.of(
                    DOCUMENT.ID,
                    DOCUMENT.SHA256,
                    DOCUMENT.FILE_NAME,
                    DOCUMENT.TITLE,
                    DOCUMENT.UNIT_ID,
                    DOCUMENT.ORIGIN,
                    DOCUMENT.LINE_COUNT,
                    DOCUMENT.LOADED_AT),
            List.of(UNIT.NAME.as("unit_name"), REGION.PATH.as("region_path")),
            // Documents in force: a revised report replaces the earlier one (whose evaluations are not in force).
            DOCUMENT.REPLACED_BY.isNull());

    /** The partition columns, in the order of the folders: {@code province=…/year=…}. */
    static final List<String> PARTITIONS = List.of("province", "year");

    private final String folder;
    private final Table<?> from;
    private final Field<String> regionPath;
    private final Field<Integer> fiscalYear;
    private final List<SelectField<?>> columns;
    private final Condition where;

    LakeDataset(String folder, Table<?> view, Field<String> regionPath, Field<Integer> fiscalYear) {
        this(folder, view, regionPath, fiscalYear, List.of(view.fields()), List.of(), DSL.noCondition());
    }

    LakeDataset(
            String folder,
            Table<?> from,
            Field<String> regionPath,
            Field<Integer> fiscalYear,
            List<Field<?>> own,
            List<SelectField<?>> more,
            Condition where) {
        this.folder = folder;
        this.where = where;
        this.from = from;
        this.regionPath = regionPath;
        this.fiscalYear = fiscalYear;
        List<SelectField<?>> all = new ArrayList<>();
        // The fiscal year is the partition column "year", not a column of the files.
        own.stream().filter(f -> !f.getName().equals(fiscalYear.getName())).forEach(all::add);
        all.addAll(more);
        this.columns = List.copyOf(all);
    }

    /** The folder under the lake's root. */
    String folder() {
        return folder;
    }

    /** What the dataset holds, partition columns last; every value inlined (COPY takes no bind values). */
    Select<?> select(boolean synthetic) {
        List<SelectField<?>> fields = new ArrayList<>(columns);
        fields.add(DSL.inline(synthetic).as("synthetic"));
        fields.add(DSL.splitPart(regionPath, DSL.inline("/"), DSL.inline(1)).as(PARTITIONS.get(0)));
        fields.add(fiscalYear.as(PARTITIONS.get(1)));
        return DSL.select(fields).from(from).where(where);
    }
}
