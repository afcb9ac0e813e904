package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.scope.Scope;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.Optional;

/**
 * "需要关注": the five lowest execution rates and the five largest score gaps, each a link to what is behind it;
 * the two lists one above the other, beside the heat map.
 */
class AttentionPanel extends Div {

    AttentionPanel(Overview shown, Scope scope) {
        addClassName("attention");
        add(new H3(getTranslation("overview.attention")));
        UnorderedList low = new UnorderedList();
        shown.lowestExecution().forEach(u -> {
            ListItem item = new ListItem();
            item.add(Links.to(
                    u.unitName() + " " + u.fiscalYear(),
                    ProjectRoutes.LIST,
                    scope.withUnit(Optional.of(u.unitId()))
                            .withYears(Optional.of(u.fiscalYear()), Optional.of(u.fiscalYear()))
                            .toParameters()));
            item.add("：" + Formats.rate(u.executionRate()));
            low.add(item);
        });
        UnorderedList gaps = new UnorderedList();
        shown.largestScoreGaps().forEach(s -> {
            ListItem item = new ListItem();
            item.add(Links.to(
                    s.unitName() + " · " + s.evaluationName() + " " + s.fiscalYear(),
                    ProjectRoutes.detail(s.evaluationId()),
                    Map.of()));
            item.add("：" + KpiRow.score(s.reported()) + " → " + KpiRow.score(s.recomputed()));
            gaps.add(item);
        });
        Div columns = new Div();
        columns.addClassName("attention-columns");
        columns.getStyle().set("grid-template-columns", "minmax(0, 1fr)").set("gap", "0");
        Div left = new Div(new Paragraph(getTranslation("overview.lowestExecution")), low);
        Div right = new Div(
                new Paragraph(getTranslation("overview.largestGaps")),
                gaps.getChildren().findAny().isPresent() ? gaps : new Paragraph(getTranslation("overview.noGaps")));
        columns.add(left, right);
        add(columns);
    }
}
