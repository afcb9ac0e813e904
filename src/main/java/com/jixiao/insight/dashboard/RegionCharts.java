package com.jixiao.insight.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One metric by region and year, and how each region's units spread on it in the last year, for the heat map,
 * the trend lines and the box plot. Regions are rolled up the tree until at most {@link
 * RegionChartsService#MAX_REGIONS} remain (a province's districts by city; a city's districts stay districts).
 * Bounded whatever the scope: regions × years cells and one spread per region. Rates and shares as fractions.
 *
 * @param cells one per region and year with a report, regions in path order, years ascending
 * @param spreadYear the year of the spreads: the last year in scope with a figure
 * @param spreads one per region with a figure in that year, in the cells' region order
 */
public record RegionCharts(RegionMetric metric, List<Cell> cells, Optional<Integer> spreadYear, List<Spread> spreads) {

    /**
     * A region in one year.
     *
     * @param regionLabel its name, with its parent's where two regions in view share a name
     * @param value null where the region reported that year but not the figure (no executed, no score)
     * @param units the unit-years (units, for the unmet share) behind the figure
     */
    public record Cell(String regionPath, String regionLabel, int fiscalYear, BigDecimal value, int units) {}

    /**
     * The figures of a region's units in one year: quartiles (continuous, as DuckDB's {@code quantile_cont}),
     * whiskers at the furthest units within 1.5 interquartile ranges of the box, extremes and mean.
     *
     * @param weak units in the red band (an execution rate below amber, an unmet share from red up)
     */
    public record Spread(
            String regionPath,
            String regionLabel,
            int fiscalYear,
            int units,
            BigDecimal min,
            BigDecimal lowWhisker,
            BigDecimal q1,
            BigDecimal median,
            BigDecimal q3,
            BigDecimal highWhisker,
            BigDecimal max,
            BigDecimal mean,
            int weak) {}

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
