package com.jixiao.insight.ingest.batch.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.ingest.batch.Batch;
import com.jixiao.insight.ingest.batch.BatchFiles;
import com.jixiao.insight.ingest.batch.BatchImportService;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.BatchState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Many reports at once: upload files and ZIPs, preview the batch (or import it straight away), confirm, then follow
 * the progress bar (files done, reports per second, time left). The batch runs in the service, not in this page: the
 * user may leave and come back (the batch is in the URL and in the list of recent batches). The page polls while the
 * batch it shows is being read or stored.
 */
@Menu(title = "import.batch.nav", order = 7.5, icon = "vaadin:folder-open")
@Route("import/batch")
@RolesAllowed(Role.ADMIN_ROLE)
public class BatchImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_FILES = 10_000;
    static final int POLL_MILLIS = 1000;

    private final BatchImportService batches;
    final Upload upload;
    final TextField region = new TextField();
    final Paragraph received = new Paragraph();
    final Paragraph result = new Paragraph();
    final Button preview = new Button();
    final Button start = new Button();
    final BatchSummaryPanel summary;
    final BatchProgressPanel progress;
    final RecentBatches recent;
    private BatchFiles draft;
    private Long shown;
    private Registration polling;

    BatchImportView(BatchImportService batches) {
        this.batches = batches;
        setWidthFull();
        upload = new Upload(new Receiver());
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(Integer.MAX_VALUE);
        String[] types = Arrays.copyOf(ReportReader.FILE_TYPES, ReportReader.FILE_TYPES.length + 1);
        types[types.length - 1] = ".zip";
        upload.setAcceptedFileTypes(types);
        upload.setId("batch-upload");
        upload.setMinWidth("30em");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.batch.upload.drop"))
                .setMany(getTranslation("import.batch.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.batch.upload"))
                .setMany(getTranslation("import.batch.upload")));
        upload.setI18n(i18n);
        upload.addFailedListener(e -> show(getTranslation("import.upload.failed"), true));

        region.setLabel(getTranslation("import.region"));
        region.setPlaceholder(getTranslation("import.region.placeholder"));
        region.setHelperText(getTranslation("import.batch.region.helper"));
        region.setWidth("24em");
        region.setId("batch-region");
        received.setId("batch-received");
        result.setId("batch-result");
        result.setVisible(false);
        preview.setText(getTranslation("import.batch.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("batch-preview");
        preview.addClickListener(e -> submit(true));
        start.setText(getTranslation("import.batch.start"));
        start.setId("batch-start");
        start.addClickListener(e -> submit(false));

        summary = new BatchSummaryPanel(this::messages, this::confirm, this::discard);
        summary.setVisible(false);
        progress = new BatchProgressPanel(this::messages);
        progress.setVisible(false);
        recent = new RecentBatches(b -> show(b.id()));

        HorizontalLayout actions = new HorizontalLayout(region, preview, start);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("import.batch.title")),
                new Paragraph(getTranslation("import.batch.intro")),
                Links.to(getTranslation("import.batch.link.single"), "import", Map.of()),
                upload,
                received,
                actions,
                result,
                summary,
                progress,
                new H3(getTranslation("import.batch.recent")),
                recent);
        showReceived();
        recent.setItems(batches.recent(10));
    }

    /** A file (or ZIP) arrived, from the upload or a test: kept in the batch's folder, not in memory. */
    void receive(String name, InputStream in) throws IOException {
        synchronized (this) {
            if (draft == null) {
                draft = batches.receive();
            }
            draft.add(name, in);
        }
    }

    private synchronized int receivedCount() {
        return draft == null ? 0 : draft.files().size();
    }

    void showReceived() {
        int n = receivedCount();
        received.setText(getTranslation("import.batch.received", n));
        preview.setEnabled(n > 0);
        start.setEnabled(n > 0);
    }

    void submit(boolean previewFirst) {
        BatchFiles files;
        synchronized (this) {
            files = draft;
            draft = null;
        }
        if (files == null) {
            show(getTranslation("import.batch.noFiles"), true);
            return;
        }
        try {
            Batch batch = batches.submit(files, region.getValue(), previewFirst);
            upload.clearFileList();
            result.setVisible(false);
            show(batch.id());
        } catch (IllegalArgumentException e) {
            synchronized (this) {
                draft = files; // keep what was received: the user corrects the region and tries again
            }
            show(getTranslation("import.batch.failed", e.getMessage()), true);
        }
        showReceived();
    }

    void confirm() {
        try {
            show(batches.confirm(shown).id());
        } catch (IllegalStateException e) {
            show(getTranslation("import.batch.failed", e.getMessage()), true);
        }
    }

    void discard() {
        batches.discard(shown);
        show(shown);
    }

    /** Shows the batch {@code id} (and keeps it in the URL), polling while it is read or stored. */
    void show(long id) {
        shown = id;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "import/batch?batch=" + id));
        refresh();
    }

    /** Reads the shown batch again: the poll's work. */
    void refresh() {
        Optional<Batch> batch = shown == null ? Optional.empty() : batches.batch(shown);
        boolean previewed = batch.map(b -> b.state() == BatchState.PREVIEWED).orElse(false);
        summary.setVisible(previewed);
        progress.setVisible(batch.isPresent() && !previewed);
        batch.ifPresent(b -> {
            if (previewed) {
                summary.show(b);
            } else {
                progress.show(b);
            }
        });
        boolean moving = batch.map(b -> b.state() == BatchState.RUNNING
                        || (b.state() == BatchState.PREVIEWED && b.preview().isEmpty()))
                .orElse(false);
        getUI().ifPresent(ui -> ui.setPollInterval(moving ? POLL_MILLIS : -1));
        recent.setItems(batches.recent(10));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> id =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("batch", List.of());
        if (!id.isEmpty() && id.getFirst().matches("\\d{1,18}")) {
            shown = Long.parseLong(id.getFirst());
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        if (shown != null) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void show(String text, boolean error) {
        result.setText(text);
        result.getElement().setAttribute("role", error ? "alert" : "status");
        result.setClassName("import-error", error);
        result.setVisible(true);
    }

    private Messages messages() {
        Locale locale = getLocale();
        return Messages.of(locale == null ? Messages.DEFAULT : locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.batch.title") + " · " + getTranslation("app.title");
    }

    /** Streams each uploaded file into the batch's folder, then says on the page how many are received. */
    private final class Receiver implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            try (InputStream in = event.getInputStream()) {
                receive(event.getFileName(), in);
            }
            event.getUI().access(BatchImportView.this::showReceived);
        }
    }
}
