package com.jixiao.insight.ingest.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportPreview;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.read.ReportReader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Upload → preview → confirm. The file is held in memory between preview and confirm; confirming parses the
 * same bytes again in {@link ImportService}, which stores them in one transaction. Nothing of the file is
 * ever shown as markup, and its name is only a label. (The security work puts ADMIN on this view and on
 * the service.)
 */
@Menu(title = "import.nav", order = 7, icon = "vaadin:upload")
@Route("import")
@RolesAllowed(Role.ADMIN_ROLE)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ImportService imports;
    final Upload upload;
    final ImportPreviewPanel panel;
    final Paragraph result = new Paragraph();
    private String fileName;
    private byte[] content;

    ImportView(ImportService imports) {
        this.imports = imports;
        setWidthFull();
        long max = imports.limits().maxBytes();
        upload = new Upload(new LimitedUpload(max));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        // every format the reader reads, as the batch import offers them (PDF, Word and Excel forms too)
        upload.setAcceptedFileTypes(ReportReader.FILE_TYPES);
        upload.setId("import-upload");
        upload.setMinWidth("30em");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooLarge", megabytes(max))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> failed(e.getErrorMessage()));
        upload.addFailedListener(e -> failed(getTranslation("import.upload.failed")));
        // Removing the file from the upload's list drops its preview, and makes room for the next file.
        upload.addFileRemovedListener(e -> cancel());

        panel = new ImportPreviewPanel(this::confirm, this::cancel);
        panel.setVisible(false);
        result.setId("import-result");
        result.setVisible(false);

        Paragraph limits = new Paragraph(getTranslation(
                "import.limits",
                megabytes(max),
                String.valueOf(imports.limits().maxReports()),
                String.valueOf(imports.limits().maxIndicatorsPerReport())));
        limits.addClassName("derived");
        VerticalLayout side = new VerticalLayout(
                template(
                        "import.template.xlsx",
                        "jixiao-import-template.xlsx",
                        imports::templateXlsx,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "template-xlsx"),
                template(
                        "import.template.csv",
                        "jixiao-import-template.csv",
                        imports::templateCsv,
                        "text/csv",
                        "template-csv"),
                limits);
        side.setPadding(false);
        side.setSpacing(false);
        HorizontalLayout top = new HorizontalLayout(upload, side);
        top.setAlignItems(FlexComponent.Alignment.START);
        top.setWidthFull();
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                Links.to(getTranslation("import.batch.link.many"), "import/batch", Map.of()),
                top,
                result,
                panel);
    }

    /** A file arrived (from the upload, or a test): show what it holds. */
    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        result.setVisible(false);
        preview(null);
    }

    private void preview(String region) {
        ImportPreview p = imports.preview(new ImportRequest(fileName, content, region));
        panel.show(p, messages());
        panel.setVisible(true);
    }

    void confirm(String region) {
        if (content == null) {
            return;
        }
        try {
            ImportOutcome o = imports.store(new ImportRequest(fileName, content, region));
            String text = switch (o.status()) {
                case NEW ->
                    getTranslation(
                            "import.done.new",
                            o.unit(),
                            String.valueOf(o.year()),
                            String.valueOf(o.evaluations()),
                            String.valueOf(o.indicators()),
                            String.valueOf(o.documentId()));
                case REPLACES ->
                    getTranslation(
                            "import.done.replaces",
                            o.unit(),
                            String.valueOf(o.year()),
                            String.valueOf(o.evaluations()),
                            String.valueOf(o.indicators()),
                            String.valueOf(o.documentId()),
                            String.valueOf(o.replacedDocumentId()));
                case RESTORES -> getTranslation("import.done.restores", String.valueOf(o.documentId()));
                default -> getTranslation("import.done.unchanged", String.valueOf(o.documentId()));
            };
            show(text, false);
            Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            clear();
        } catch (ImportRejected e) {
            show(getTranslation("import.failed", e.issue().message(messages())), true);
            preview(region);
        } catch (RuntimeException e) {
            show(getTranslation("import.failed", String.valueOf(e.getMessage())), true);
        }
    }

    void cancel() {
        clear();
        result.setVisible(false);
    }

    private void clear() {
        content = null;
        fileName = null;
        panel.setVisible(false);
        upload.clearFileList();
    }

    private void failed(String message) {
        show(getTranslation("import.failed", message), true);
    }

    private void show(String text, boolean error) {
        result.setText(text);
        result.getElement().setAttribute("role", error ? "alert" : "status");
        result.setClassName("import-error", error);
        result.setClassName("import-done", !error);
        result.setVisible(true);
    }

    private Messages messages() {
        Locale locale = getLocale();
        return Messages.of(locale == null ? Messages.DEFAULT : locale);
    }

    private Anchor template(String key, String file, Supplier<byte[]> bytes, String mime, String id) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] b = bytes.get();
                    return new DownloadResponse(new ByteArrayInputStream(b), file, mime, b.length);
                }),
                "");
        a.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation(key)));
        a.setId(id);
        return a;
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }

    /**
     * Reads an upload into memory, never more than the limit (plus one byte, so that the parser can say the
     * file is too large), and hands it to the view under the UI lock.
     */
    private final class LimitedUpload implements UploadHandler {
        private final long max;

        LimitedUpload(long max) {
            this.max = max;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, bytes));
        }
    }
}
