package com.jixiao.insight.ingest.batch.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Supplier;

/** A batch's files: name, what became of each (in words, not only colour), unit, year, document and the reason. */
class BatchFilesGrid extends Grid<FileRow> {

    BatchFilesGrid(Supplier<Messages> messages) {
        addColumn(FileRow::fileName)
                .setHeader(getTranslation("import.batch.col.file"))
                .setFlexGrow(2);
        addColumn(f -> getTranslation("import.batch.outcome." + f.outcome().code()))
                .setHeader(getTranslation("import.batch.col.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(FileRow::unit)
                .setHeader(getTranslation("import.batch.col.unit"))
                .setFlexGrow(2);
        addColumn(f -> f.year() == null ? "" : String.valueOf(f.year()))
                .setHeader(getTranslation("import.batch.col.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(f -> f.documentId() == null ? "" : String.valueOf(f.documentId()))
                .setHeader(getTranslation("import.batch.col.document"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(f -> f.error() == null ? "" : f.error().message(messages.get()))
                .setHeader(getTranslation("import.batch.col.reason"))
                .setFlexGrow(4);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setHeight("20em");
    }

    /** Shows {@code files}, refused ones first (they are what the user must act on). */
    void show(List<FileRow> files) {
        setItems(files.stream()
                .sorted((a, b) ->
                        Boolean.compare(b.outcome() == FileOutcome.REFUSED, a.outcome() == FileOutcome.REFUSED))
                .toList());
    }
}
