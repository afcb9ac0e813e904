package com.jixiao.insight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label is in every language: the default bundle (Chinese), zh-CN and English hold the same keys; and every
 * message shows the arguments it is given.
 */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(String name) throws IOException {
        return new TreeSet<>(bundle(name).stringPropertyNames());
    }

    /**
     * A message with placeholders goes through MessageFormat (Messages, and Vaadin's I18NProvider), where a single
     * apostrophe starts a quoted run: "the server's log as incident {0}" would print "servers log as incident {0}". Each
     * such message must show every argument it is given, and write an apostrophe twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties", "translations_en.properties"})
    void everyPlaceholderIsFilledIn(String name) throws IOException {
        Properties p = bundle(name);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key);
            Matcher m = PLACEHOLDER.matcher(value);
            int count = 0;
            while (m.find()) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
            if (count == 0) {
                continue;
            }
            Object[] args = new Object[count];
            for (int i = 0; i < count; i++) {
                args[i] = "«arg" + i + "»";
            }
            if (value.replace("''", "").contains("'")) {
                broken.add(key + ": a single apostrophe, which MessageFormat drops (write '')");
            }
            String text = new MessageFormat(value, Locale.ROOT).format(args);
            for (int i = 0; i < count; i++) {
                if (value.contains("{" + i + "}") && !text.contains("«arg" + i + "»")) {
                    broken.add(key + ": {" + i + "} not filled in: " + text);
                }
            }
        }
        assertThat(broken).as(name).isEmpty();
    }

    @Test
    void theThreeBundlesHoldTheSameKeys() throws IOException {
        Set<String> base = keys("translations.properties");
        assertThat(base).hasSizeGreaterThan(100);
        assertThat(keys("translations_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(base);
        assertThat(keys("translations_en.properties")).containsExactlyInAnyOrderElementsOf(base);
    }
}
