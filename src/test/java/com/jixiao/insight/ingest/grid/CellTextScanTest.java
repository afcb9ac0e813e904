package com.jixiao.insight.ingest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that replaced regular expressions on the reading's hot path give what the expressions gave, for text made
 * of every kind of character a cell can hold: whitespace Java's \s matches and whitespace it does not (no-break space,
 * line separators), the ideographic space, Chinese, figures, brackets and a character outside the BMP.
 */
class CellTextScanTest {

    private static final String ALPHABET =
            " \t\n\u000B\f\r\u3000\u00A0\u2028\u0085\u2029ab1２.,，％计合（(）)万元指标\uD840\uDC00";

    @Test
    void squeezeDropsWhatTheWhitespacePatternMatched() {
        Pattern spaces = Pattern.compile("[\\s\\u3000]+");
        Random random = new Random(13);
        for (int k = 0; k < 20_000; k++) {
            String s = randomText(random);
            assertThat(CellText.squeeze(s))
                    .as("[%s]", s)
                    .isEqualTo(spaces.matcher(s).replaceAll(""));
        }
        assertThat(CellText.squeeze(null)).isEmpty();
    }

    @Test
    void plainIsThePatternWhereverASpaceSitsBetweenChineseCharacters() {
        Pattern hanSpaceHan = Pattern.compile("(?<=\\p{IsHan})[ \\u00A0\\u3000]+(?=\\p{IsHan})");
        Random random = new Random(14);
        for (int k = 0; k < 20_000; k++) {
            String s = randomText(random);
            String viaPattern = hanSpaceHan.matcher(s).replaceAll("");
            String expected = viaPattern.indexOf('\n') >= 0
                    ? String.join(
                            "\n",
                            Arrays.stream(viaPattern.split("\n"))
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList())
                    : viaPattern.strip();
            assertThat(CellText.plain(s)).as("[%s]", s).isEqualTo(expected);
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(ALPHABET.length());
            char ch = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(ch)) {
                b.append(ch).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
