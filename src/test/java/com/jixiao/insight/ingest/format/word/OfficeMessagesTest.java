package com.jixiao.insight.ingest.format.word;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal the Word and sheet readers give has its message in all three bundles, and reads filled in. */
class OfficeMessagesTest {

    static final List<String> CODES = List.of(
            "officeCorrupt",
            "officeEncrypted",
            "officeWrongKind",
            "officeZipBomb",
            "zipEntries",
            "docLegacy",
            "xlsLegacy",
            "sheetFormulaNoValue",
            "tooManyRows",
            "tooManyCells",
            "cellTooLong");

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties", "translations_en.properties"})
    void everyCodeHasAMessage(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String code : CODES) {
            assertThat(p.getProperty("import.issue." + code))
                    .as(bundle + " " + code)
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void messagesReadFilledIn(String tag) {
        Messages m = Messages.of(Locale.forLanguageTag(tag));
        String wrong = m.get("import.issue.officeWrongKind", "DOCX", "Excel");
        assertThat(wrong).contains("DOCX").contains("Excel").doesNotContain("{");
        String bomb = m.get("import.issue.officeZipBomb", "word/document.xml", 100, 100);
        assertThat(bomb).contains("word/document.xml").contains("100").doesNotContain("{");
        assertThat(m.get("import.issue.sheetFormulaNoValue", "=SUM(I5:I10)")).contains("=SUM(I5:I10)");
    }
}
