package com.jixiao.insight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label is in every language: the default bundle (Chinese), zh-CN and English hold the same keys. */
class TranslationBundlesTest {

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theThreeBundlesHoldTheSameKeys() throws IOException {
        Set<String> base = keys("translations.properties");
        assertThat(base).hasSizeGreaterThan(100);
        assertThat(keys("translations_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(base);
        assertThat(keys("translations_en.properties")).containsExactlyInAnyOrderElementsOf(base);
    }
}
