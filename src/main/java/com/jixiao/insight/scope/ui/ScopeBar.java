package com.jixiao.insight.scope.ui;

import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ScopeOptions.UnitOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/**
 * The global filters (region, unit, years, kind). Every change navigates to the same view with the
 * filters in the URL, so any screen can be bookmarked and shared.
 */
public class ScopeBar extends HorizontalLayout {

    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Select<String> kind = new Select<>();

    public ScopeBar(ScopeOptions options, Scope scope, Class<? extends Component> view) {
        addClassName("scope-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        region.setLabel(getTranslation("scope.region"));
        region.setItems(options.regionPaths());
        region.setPlaceholder(getTranslation("scope.allRegions"));
        region.setClearButtonVisible(true);
        region.setValue(scope.region().orElse(null));
        region.setId("scope-region");

        unit.setLabel(getTranslation("scope.unit"));
        // Fetched from the store as the list is scrolled or typed into, not held by every screen.
        unit.setItems(
                q -> options.units(scope, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> options.unitCount(scope, q.getFilter().orElse("")));
        unit.setItemLabelGenerator(UnitOption::name);
        unit.setPlaceholder(getTranslation("scope.allUnits"));
        unit.setClearButtonVisible(true);
        unit.setValue(scope.unitId()
                .flatMap(id -> options.unitsById(List.of(id)).stream()
                        .filter(u -> scope.covers(u.regionPath()))
                        .findFirst())
                .orElse(null));
        unit.setWidth("18em");
        unit.setId("scope-unit");

        List<Integer> years = options.years();
        for (Select<Integer> s : List.of(from, to)) {
            s.setItems(years);
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("scope.anyYear"));
            s.setWidth("8em");
        }
        from.setLabel(getTranslation("scope.from"));
        to.setLabel(getTranslation("scope.to"));
        from.setValue(scope.fromYear().orElse(null));
        to.setValue(scope.toYear().orElse(null));
        from.setId("scope-from");
        to.setId("scope-to");

        kind.setLabel(getTranslation("scope.kind"));
        kind.setItems("overall", "project");
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("scope.anyKind") : getTranslation("kind." + k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("scope.anyKind"));
        kind.setValue(scope.kind().orElse(null));
        kind.setId("scope-kind");

        Button reset = new Button(getTranslation("scope.reset"), e -> go(view, Scope.all()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        region.addValueChangeListener(e -> {
            if (e.isFromClient()) go(view, current().withUnit(Optional.empty()));
        });
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) go(view, current());
        });
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) go(view, current());
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) go(view, current());
        });
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) go(view, current());
        });
        add(region, unit, from, to, kind, reset);
    }

    Scope current() {
        return new Scope(
                Optional.ofNullable(region.getValue()),
                Optional.ofNullable(unit.getValue()).map(UnitOption::id),
                Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()),
                Optional.ofNullable(kind.getValue()));
    }

    static void go(Class<? extends Component> view, Scope scope) {
        UI.getCurrent().navigate(view, new QueryParameters(scope.toParameters()));
    }
}
