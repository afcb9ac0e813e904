package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/** A headline figure with its label; an optional level (red/amber/green) adds colour and a word. */
public class KpiCard extends Div {

    /** Values longer than this (in characters) are drawn smaller, to fit the card. */
    static final int LONG_VALUE = 9;

    public KpiCard(String label, String value, String hint) {
        addClassName("kpi-card");
        Span l = new Span(label);
        l.addClassName("kpi-label");
        Span v = new Span(value);
        v.addClassName("kpi-value");
        if (value.length() > LONG_VALUE) {
            v.addClassName("long"); // a province's sums: shrunk to the card rather than cut off
        }
        add(l, v);
        if (hint != null && !hint.isEmpty()) {
            Span h = new Span(hint);
            h.addClassName("kpi-hint");
            add(h);
        }
    }

    /** Makes the card a link to the list behind it, keeping the filters. */
    public KpiCard linkTo(String route, Map<String, List<String>> query) {
        addClassName("kpi-link");
        getElement().setAttribute("role", "link");
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(route, new QueryParameters(query))));
        return this;
    }

    /** Colours the card by level and says the level in words, so colour is never the only signal. */
    public KpiCard level(String level, String word) {
        addClassName("level-" + level);
        Span w = new Span(word);
        w.addClassName("kpi-level");
        add(w);
        return this;
    }
}
