package com.jixiao.insight.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the browserless view tests: one application context over a store built from the seeds, and
 * navigation by path and query string, as a bookmarked URL would.
 */
@SpringBootTest(properties = {"jixiao.store.path=target/test-stores/views.duckdb", "jixiao.store.rebuild=true"})
public abstract class ViewTest extends SpringBrowserlessTest {

    protected <T extends Component> T open(String path, String query, Class<T> view) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return $(view).single();
    }
}
