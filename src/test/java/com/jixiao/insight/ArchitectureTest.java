package com.jixiao.insight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages are rooms (docs/architecture.md): the ground floor imports no feature, no two packages import each
 * other round a cycle, ingest's stages only look down the pipeline, and no feature reaches into another's views.
 */
class ArchitectureTest {

    private static final String ROOT = "com.jixiao.insight";
    /** Shared rooms above base: their {@code ui} holds components every view may use (the filter bar, a chart). */
    private static final String[] SHARED = {"scope", "chart"};

    private static final String[] FEATURES = {
        "scope",
        "chart",
        "evaluation",
        "dashboard",
        "projects",
        "targets",
        "ranking",
        "briefing",
        "ingest",
        "synthetic",
        "lake",
        "benchmark"
    };

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void baseImportsNoFeature() {
        String[] features = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            features[i] = ROOT + "." + FEATURES[i] + "..";
        }
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .check(main);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage(ROOT + ".store.generated.."),
                        DescribedPredicate.alwaysTrue())
                .check(main);
    }

    @Test
    void featuresDoNotImportEachOthersViews() {
        for (String feature : FEATURES) {
            if (List.of(SHARED).contains(feature)) {
                continue;
            }
            noClasses()
                    .that()
                    .resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + "." + feature + ".ui..")
                    .check(main);
        }
    }

    @Test
    void vaadinComponentsOnlyInViews() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..")
                .check(main);
    }

    @Test
    void jfreeChartOnlyInCharts() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".chart..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jfree..")
                .check(main);
    }
}
