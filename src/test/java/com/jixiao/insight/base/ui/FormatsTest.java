package com.jixiao.insight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aSumIsIn万元Below1亿元AndIn亿元From1亿元Up() {
        // A province's adjusted budget, as issue 15 found it on the card: 2.79 trillion yuan.
        assertThat(Formats.amount(new BigDecimal("279060702.47")))
                .isEqualTo(new Formats.Amount("27,906.07", "unit.yi"));
        assertThat(Formats.amount(new BigDecimal("10000"))).isEqualTo(new Formats.Amount("1.00", "unit.yi"));
        assertThat(Formats.amount(new BigDecimal("9999.994"))).isEqualTo(new Formats.Amount("9,999.99", "unit.wan"));
        assertThat(Formats.amount(new BigDecimal("8750.83"))).isEqualTo(new Formats.Amount("8,750.83", "unit.wan"));
        assertThat(Formats.amount(new BigDecimal("-12345.678"))).isEqualTo(new Formats.Amount("-1.23", "unit.yi"));
    }

    @Test
    void countsCarryThousandsSeparators() {
        assertThat(Formats.count(7200)).isEqualTo("7,200");
        assertThat(Formats.count(15_885_476)).isEqualTo("15,885,476");
        assertThat(Formats.count(5)).isEqualTo("5");
    }

    @Test
    void theExistingFormatsStay() {
        assertThat(Formats.money(new BigDecimal("3186.46"))).isEqualTo("3,186.46");
        assertThat(Formats.rate(new BigDecimal("0.9901"))).isEqualTo("99.01%");
        assertThat(Formats.rate(new BigDecimal("0.720690"))).isEqualTo("72.07%");
        assertThat(Formats.rate(new BigDecimal("12.5"))).isEqualTo("1,250.00%"); // a misreported executed figure
        assertThat(Formats.score(new BigDecimal("94.7471"))).isEqualTo("94.75");
        assertThat(Formats.score(new BigDecimal("19.80"))).isEqualTo("19.8");
        assertThat(Formats.money(null)).isEmpty();
    }
}
