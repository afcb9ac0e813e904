package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that fails to open says so in words with an incident number (HTTP 500); the stack trace goes to the
 * server's log under that number, never to the browser. Replaces Vaadin's default error page, which shows
 * the exception's message.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = incident();
        log.error(
                "Opening '{}' failed (incident {})",
                event.getLocation().getPathWithQueryParameters(),
                incident,
                parameter.getCaughtException());
        removeAll();
        add(
                new H2(getTranslation("error.title")),
                new Paragraph(getTranslation("error.message", incident)),
                new Anchor(".", getTranslation("error.back")));
        addClassName("server-error");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A short number to quote to an administrator, found again in the log. */
    static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
