package com.jixiao.insight.briefing.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.briefing.Briefing;
import com.jixiao.insight.briefing.BriefingFormat;
import com.jixiao.insight.briefing.BriefingScope;
import com.jixiao.insight.briefing.BriefingService;
import com.jixiao.insight.briefing.BriefingText;
import com.jixiao.insight.briefing.Briefings;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * The briefing (分析简报) of the region and years chosen in the filter bar: its summary as it will read, and one
 * click for the DOCX or the PDF. The file is made when asked for, from the store as it is then.
 */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.briefing", order = 5.5, icon = "vaadin:file-text-o")
@Route("briefing")
public class BriefingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BriefingService briefings;
    private final ScopeOptions options;
    BriefingScope shown = BriefingScope.of(Scope.all());
    BriefingText text;

    BriefingView(BriefingService briefings, ScopeOptions options) {
        this.briefings = briefings;
        this.options = options;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Scope scope =
                Scope.fromParameters(event.getLocation().getQueryParameters().getParameters());
        shown = BriefingScope.of(scope);
        Briefing briefing = briefings.briefing(shown);
        text = new BriefingText(briefing, Messages.of(getLocale()));
        removeAll();
        HorizontalLayout tools = new HorizontalLayout(download(BriefingFormat.DOCX), download(BriefingFormat.PDF));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("briefing.page.title")), new ScopeBar(options, scope, BriefingView.class), tools);
        Div preview = new Div();
        preview.addClassName("briefing-preview");
        preview.setId("briefing-preview");
        preview.add(new H3(text.title()));
        text.syntheticNote().ifPresent(note -> {
            Paragraph p = new Paragraph(note);
            p.addClassName("synthetic-note");
            preview.add(p);
        });
        text.sentences().forEach(s -> preview.add(new Paragraph(s)));
        add(preview);
    }

    private Anchor download(BriefingFormat format) {
        BriefingScope scope = shown;
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Briefing briefing = briefings.briefing(scope); // made when asked for, not kept with the view
                    byte[] bytes = briefings.export(briefing, format, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            Briefings.fileName(briefing, format),
                            format.mimeType(),
                            bytes.length);
                }),
                "");
        a.add(VaadinIcon.DOWNLOAD.create());
        a.add(" " + getTranslation("briefing.download." + format.code()));
        a.setId("briefing-" + format.code());
        a.addClassName("export-link");
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("briefing.page.title") + " · " + getTranslation("app.title");
    }
}
