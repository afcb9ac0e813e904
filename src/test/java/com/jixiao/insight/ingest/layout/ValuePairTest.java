package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePairTest {

    private static List<Atom> atoms(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new Atom(t, 1, false)).toList();
    }

    @Test
    void aTargetAndAnActualEndTheLine() {
        assertThat(ValuePair.at(atoms("≥320 户", "326 户"))).isEqualTo(0);
        assertThat(ValuePair.at(atoms("户均补助标准", "≤1.6 万元/户", "1.52 万元/户"))).isEqualTo(1);
        assertThat(ValuePair.at(atoms("逐步完善", "已建立"))).isEqualTo(0);
    }

    @Test
    void aReasonsLineALevelWordAHeaderWordOrALongNameIsNoValue() {
        assertThat(ValuePair.at(atoms("部分农户外出务工未能按期开工，8", "户顺延至"))).isEqualTo(-1);
        assertThat(ValuePair.at(atoms("产出指标", "数量指标"))).isEqualTo(-1);
        assertThat(ValuePair.at(atoms("指标值", "全年实际完成值"))).isEqualTo(-1);
        assertThat(ValuePair.at(atoms("农村低收入群体住房安全保障率", "100%"))).isEqualTo(-1);
        assertThat(ValuePair.at(atoms("100%"))).isEqualTo(-1);
        // pieces of wrapped level words side by side
        assertThat(ValuePair.at(atoms("满意度指", "服务对象满"))).isEqualTo(-1);
    }
}
