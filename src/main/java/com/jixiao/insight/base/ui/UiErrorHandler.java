package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An exception in a click or a value change (after the page opened) shows a notification with an incident
 * number; the stack trace goes to the log under that number. Without this, production mode would only log it
 * and the user would see nothing happen.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (isClientGone(error)) {
            log.debug("The browser went away during a response", error);
            return;
        }
        String incident = ServerErrorView.incident();
        log.error("Unexpected error in the UI (incident {})", incident, error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation("error.message", incident), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean isClientGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("EofException")) {
                return true;
            }
        }
        return false;
    }
}
