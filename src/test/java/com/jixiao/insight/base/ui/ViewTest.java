package com.jixiao.insight.base.ui;

import com.jixiao.insight.support.SecurityStrategy;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Base of the browserless view tests: one application context over a store built from the seeds, and
 * navigation by path and query string, as a bookmarked URL would.
 */
@SpringBootTest(properties = {"jixiao.store.path=target/test-stores/views.duckdb", "jixiao.store.rebuild=true"})
@WithMockUser(
        username = "tester",
        roles = {"ADMIN", "ANALYST", "VIEWER"})
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext springContext;

    @BeforeEach
    void bindSecurityStrategy() {
        SecurityStrategy.bind(springContext);
    }

    protected <T extends Component> T open(String path, String query, Class<T> view) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return $(view).single();
    }
}
