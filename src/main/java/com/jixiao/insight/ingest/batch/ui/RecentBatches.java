package com.jixiao.insight.ingest.batch.ui;

import com.jixiao.insight.ingest.batch.Batch;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The latest batches, the running one with its progress; a click shows that batch. */
class RecentBatches extends Grid<Batch> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    RecentBatches(Consumer<Batch> onOpen) {
        addColumn(Batch::id)
                .setHeader(getTranslation("import.batch.col.batch"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(b -> b.createdAt().format(TIME))
                .setHeader(getTranslation("import.batch.col.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Batch::user)
                .setHeader(getTranslation("import.batch.col.user"))
                .setAutoWidth(true);
        addColumn(b -> getTranslation("import.batch.state." + b.state().code())
                        + (b.finished()
                                ? ""
                                : " " + b.counts().done() + "/" + b.counts().total()))
                .setHeader(getTranslation("import.batch.col.state"))
                .setAutoWidth(true);
        number(b -> b.counts().total(), "import.batch.col.files");
        number(b -> b.counts().stored(), "import.batch.col.stored");
        number(b -> b.counts().unchanged(), "import.batch.col.unchanged");
        number(b -> b.counts().refused(), "import.batch.col.refused");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("import.batch.none"));
        addItemClickListener(e -> onOpen.accept(e.getItem()));
        setId("batch-recent");
    }

    private void number(java.util.function.Function<Batch, Integer> value, String header) {
        addColumn(b -> String.valueOf(value.apply(b)))
                .setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
