package com.jixiao.insight.projects;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The analyst's filters over evaluations: reported score below X, execution rate below Y (a
 * fraction), grade, indicator status present (e.g. "unmet"), audit flag kind present ("any" for any).
 */
public record ProjectFilter(
        Optional<BigDecimal> scoreBelow,
        Optional<BigDecimal> executionBelow,
        Optional<String> grade,
        Optional<String> status,
        Optional<String> flag) {

    public static ProjectFilter none() {
        return new ProjectFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
