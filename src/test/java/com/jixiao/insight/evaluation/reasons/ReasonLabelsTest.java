package com.jixiao.insight.evaluation.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.evaluation.reasons.ReasonClassification.Basis;
import com.jixiao.insight.evaluation.rules.Reason;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every class and basis has its label in the three bundles, and the codes share {@code reason.*} safely. */
class ReasonLabelsTest {

    private static final List<String> BUNDLES =
            List.of("translations.properties", "translations_zh_CN.properties", "translations_en.properties");

    @Test
    void everyClassAndBasisIsLabelledInEveryBundle() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ReasonClass.values()).map(ReasonClass::i18nKey).forEach(keys::add);
        Arrays.stream(Basis.values()).map(Basis::i18nKey).forEach(keys::add);
        keys.add("reason.matched");
        Properties zh = bundle("translations_zh_CN.properties");
        for (String name : BUNDLES) {
            Properties p = bundle(name);
            assertThat(keys)
                    .as(name)
                    .allSatisfy(
                            k -> assertThat(p.getProperty(k)).as(name + " " + k).isNotBlank());
            if (name.equals("translations.properties")) {
                assertThat(keys).allSatisfy(k -> assertThat(p.getProperty(k)).isEqualTo(zh.getProperty(k)));
            }
        }
        assertThat(bundle("translations_en.properties").getProperty("reason.FUNDS_SHORT"))
                .isEqualTo("Funds cut or short");
        assertThat(zh.getProperty("reason.UNSTATED")).isEqualTo("未说明原因");
    }

    /** The rules engine's status reasons use {@code reason.<NAME>} too; no class may take one of their keys. */
    @Test
    void classCodesDoNotCollideWithTheRulesEnginesReasons() {
        List<String> rules = Arrays.stream(Reason.values()).map(Reason::name).toList();
        assertThat(Arrays.stream(ReasonClass.values()).map(ReasonClass::code)).doesNotContainAnyElementsOf(rules);
        assertThat(ReasonClass.ofCode("funds_short")).isEqualTo(ReasonClass.FUNDS_SHORT);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                ReasonLabelsTest.class.getResourceAsStream("/vaadin-i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
