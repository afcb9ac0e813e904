package com.jixiao.insight.synthetic;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much synthetic data to make: districts, units per district, years. Each unit-year has one
 * overall evaluation and 6–18 projects of 12–23 indicators, as the seeds have.
 */
public enum Scale {
    /** About 50,000 indicator rows: tests and quick benchmarks. */
    SMALL(10, 6, 5),
    /** About 120 districts × 60 units × 10 years ≈ 15 million indicator rows. */
    PROVINCE(120, 60, 10);

    final int districts;
    final int unitsPerDistrict;
    final int years;

    Scale(int districts, int unitsPerDistrict, int years) {
        this.districts = districts;
        this.unitsPerDistrict = unitsPerDistrict;
        this.years = years;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scale fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scale '" + code + "'; use small or province"));
    }
}
