package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/** A page the user's role may not open says so in words (HTTP 403), never lists the routes. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(
                new H2(getTranslation("denied.title")),
                new Paragraph(getTranslation("denied.message")),
                Links.to(getTranslation("denied.back"), "", Map.of()));
        addClassName("access-denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
