package com.jixiao.insight.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonServiceTest {

    @Test
    void aLevelWithOneRegionIsPassedForTheFirstThatHoldsSeveral() {
        List<String> oneProvince = List.of("湖北省/武汉市/洪山区", "湖北省/武汉市/江夏区", "湖北省/黄石市/下陆区");
        assertThat(ReasonService.depth(oneProvince, 0)).isEqualTo(1);
        assertThat(ReasonService.group("湖北省/黄石市/下陆区", 1)).isEqualTo("黄石市");
    }

    @Test
    void severalRegionsAtTheScopesLevelAreCountedThere() {
        List<String> twoProvinces = List.of("湖北省/武汉市", "湖南省/长沙市");
        assertThat(ReasonService.depth(twoProvinces, 0)).isZero();
    }

    @Test
    void aSingleUnitRegionStopsAtItsOwnName() {
        List<String> one = List.of("湖北省/武汉市/洪山区");
        assertThat(ReasonService.depth(one, 0)).isEqualTo(2);
        assertThat(ReasonService.depth(one, 3)).isEqualTo(3);
        assertThat(ReasonService.group("湖北省/武汉市/洪山区", 3)).isEqualTo("洪山区");
    }
}
