package com.jixiao.insight.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * Links by route path, so that a feature can link to another's screen without naming its view class (features do
 * not import each other's views). The router handles them in the page, like a {@code RouterLink}.
 */
public final class Links {

    private Links() {}

    /** A link to {@code route} with the query {@code query} (the filters to keep). */
    public static Anchor to(String text, String route, Map<String, List<String>> query) {
        Anchor link = new Anchor(href(route, query), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The relative address of {@code route} with {@code query}. */
    public static String href(String route, Map<String, List<String>> query) {
        String q = new QueryParameters(query).getQueryString();
        return q.isEmpty() ? route : route + "?" + q;
    }
}
