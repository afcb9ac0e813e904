package com.jixiao.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.dashboard.Overview.RegionYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionRollUpTest {

    private static RegionRollUp.Sums sums(String path, int year, String adjusted, String executed) {
        BigDecimal a = adjusted == null ? null : new BigDecimal(adjusted);
        BigDecimal e = executed == null ? null : new BigDecimal(executed);
        boolean both = a != null && e != null;
        return new RegionRollUp.Sums(path, year, a, a, e, both ? a : null, both ? e : null);
    }

    @Test
    void aProvincesDistrictsAreShownByCityWithExactSumsAndAFundingWeightedRate() {
        List<RegionRollUp.Sums> rows = new ArrayList<>();
        for (int city = 1; city <= 2; city++) {
            for (int d = 1; d <= 15; d++) {
                rows.add(sums("省/" + city + "市/" + d + "区", 2024, "100.10", "90.05"));
            }
        }
        rows.add(sums("省/2市/16区", 2024, "50", null)); // states no execution: in the budget, not in the rate
        List<RegionYear> cities = RegionRollUp.of(rows, 12);
        assertThat(cities).extracting(RegionYear::regionName).containsExactly("1市", "2市");
        RegionYear second = cities.get(1);
        assertThat(second.adjustedBudget()).isEqualByComparingTo("1551.50"); // 15 × 100.10 + 50
        assertThat(second.executed()).isEqualByComparingTo("1350.75");
        assertThat(second.executionRate()).isEqualByComparingTo("0.899600"); // 1350.75 / 1501.50
    }

    @Test
    void fewRegionsStayAsTheyAreEvenAtDifferentDepths() {
        List<RegionRollUp.Sums> rows = List.of(
                sums("湖北省/武汉市", 2022, "3186.46", "3155.06"),
                sums("山东省/淄博市/张店区", 2022, "839.80", "754.73"),
                sums("湖北省/武汉市", 2023, "10", "5"));
        List<RegionYear> regions = RegionRollUp.of(rows, 12);
        assertThat(regions).extracting(RegionYear::regionName).containsExactly("张店区", "武汉市", "武汉市");
        assertThat(regions.get(1).executionRate()).isEqualByComparingTo("0.990146");
        assertThat(regions.get(2).fiscalYear()).isEqualTo(2023);
    }

    @Test
    void aYearWithoutFiguresHasNoRateRatherThanZero() {
        List<RegionYear> regions = RegionRollUp.of(List.of(sums("省/市", 2020, null, null)), 12);
        assertThat(regions.getFirst().executionRate()).isNull();
        assertThat(regions.getFirst().adjustedBudget()).isNull();
    }

    @Test
    void theDepthIsTheDeepestWithFewEnoughRegions() {
        List<String> province = new ArrayList<>();
        for (int city = 1; city <= 12; city++) {
            for (int d = 1; d <= 10; d++) {
                province.add("合成省/合成" + city + "市/第" + d + "区");
            }
        }
        assertThat(RegionRollUp.depth(province, 24)).isEqualTo(2); // 120 districts: by city
        assertThat(RegionRollUp.depth(province.subList(0, 10), 24)).isEqualTo(3); // one city: its districts
        assertThat(RegionRollUp.depth(province, 11)).isEqualTo(1);
        assertThat(RegionRollUp.depth(List.of("甘肃省/武威市", "湖北省/武汉市/洪山区"), 24)).isEqualTo(3);
    }

    @Test
    void regionsSharingANameAreLabelledWithTheirParent() {
        var labels = RegionRollUp.labels(List.of("合成省/合成1市/第1区", "合成省/合成2市/第1区", "合成省/合成2市/第2区"));
        assertThat(labels.values()).containsExactly("合成1市第1区", "合成2市第1区", "第2区");
        assertThat(RegionRollUp.labels(List.of("湖北省/武汉市/洪山区", "甘肃省/武威市")).values())
                .containsExactly("洪山区", "武威市");
    }
}
