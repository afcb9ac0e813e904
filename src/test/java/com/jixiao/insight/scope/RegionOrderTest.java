package com.jixiao.insight.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionOrderTest {

    @Test
    void digitRunsCompareByValue() {
        List<String> regions = new ArrayList<>(List.of("合成10市", "合成2市", "合成1市", "合成12市", "合成11市"));
        regions.sort(RegionOrder.NATURAL);
        assertThat(regions).containsExactly("合成1市", "合成2市", "合成10市", "合成11市", "合成12市");
    }

    @Test
    void pathsCompareLevelByLevelAndTextAsText() {
        List<String> regions =
                new ArrayList<>(List.of("湖北省/第10市/第3区", "湖北省/第9市", "湖北省/第9市/第10区", "湖北省/第9市/第2区", "上海市"));
        regions.sort(RegionOrder.NATURAL);
        assertThat(regions).containsExactly("上海市", "湖北省/第9市", "湖北省/第9市/第2区", "湖北省/第9市/第10区", "湖北省/第10市/第3区");
    }

    @Test
    void leadingZerosDoNotMakeTwoRegionsEqual() {
        assertThat(RegionOrder.NATURAL.compare("第02区", "第2区")).isNotZero();
        assertThat(RegionOrder.NATURAL.compare("第2区", "第2区")).isZero();
        assertThat(RegionOrder.NATURAL.compare("第2区", "第10区")).isNegative();
    }
}
