package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * zh-CN is the users' language and the default whatever the browser says; English is the second.
 * The choice is kept per session.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(UiLocale.class.getName());
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    static void toggle(UI ui) {
        Locale next = CHINESE.equals(ui.getLocale()) ? ENGLISH : CHINESE;
        ui.getSession().setAttribute(UiLocale.class.getName(), next);
        ui.getSession().setLocale(next);
        ui.getPage().reload();
    }
}
