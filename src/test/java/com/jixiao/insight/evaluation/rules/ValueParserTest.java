package com.jixiao.insight.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.evaluation.rules.ParsedValue.Missing;
import com.jixiao.insight.evaluation.rules.ParsedValue.Qualitative;
import com.jixiao.insight.evaluation.rules.ParsedValue.Quantity;
import com.jixiao.insight.evaluation.rules.ParsedValue.Unreadable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "≥7万件 | GE | 70000 | 件",
                "≧95% | GE | 95 | %",
                ">=90% | GE | 90 | %",
                "≥ 20 万件 | GE | 200000 | 件",
                "＞＝３０万人次 | GE | 300000 | 人次",
                "不低于98.5% | GE | 98.5 | %",
                "95%以上 | GE | 95 | %",
                "≤800元/件 | LE | 800 | 元/件",
                "≦100% | LE | 100 | %",
                "不高于1,200元 | LE | 1200 | 元",
                "≤2.316万元/台 | LE | 23160 | 元/台",
                "=100% | EQ | 100 | %",
                "合同金额=921.94万元 | EQ | 9219400 | 元",
                "86256件 | NONE | 86256 | 件",
                "1.33万套 | NONE | 13300 | 套",
                "10.44亿 | NONE | 1044000000 | ''",
                "3千件 | NONE | 3000 | 件",
                "51 万余件 | GE | 510000 | 件",
                "不足 12 次 | LT | 12 | 次",
                "12月31日前 | LE | 1231 | 月日",
                "合同签订后10个工作日内 | LE | 10 | 个工作日",
                "一小时内 | LE | 1 | 小时",
                "全部量体后三个月内 | LE | 3 | 个月",
                "5544.13m² | NONE | 5544.13 | 平方米",
                "故障率≤2% | LE | 2 | %",
                "群众满意度≥95% | GE | 95 | %",
                "10,398 | NONE | 10398 | ''"
            })
    void readsQuantities(String text, Comparator comparator, String value, String unit) {
        ParsedValue parsed = ValueParser.parse(text);
        assertThat(parsed).isInstanceOf(Quantity.class);
        Quantity q = (Quantity) parsed;
        assertThat(q.comparator()).isEqualTo(comparator);
        assertThat(q.value()).isEqualByComparingTo(value);
        assertThat(q.unit()).isEqualTo(unit);
    }

    @Test
    void readsRanges() {
        Quantity q = (Quantity) ValueParser.parse("97%-100%");
        assertThat(q.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(q.value()).isEqualByComparingTo("97");
        assertThat(q.upper()).isEqualByComparingTo("100");
        assertThat(q.unit()).isEqualTo("%");
        assertThat(((Quantity) ValueParser.parse("97％～100％")).upper()).isEqualByComparingTo("100");
    }

    @Test
    void keepsWordsAsWordsAndRefusesToGuess() {
        for (String words : List.of("提高", "有待提升", "按合同约定时间", "实现一窗受理", "让老百姓足不出户掌上办", "无")) {
            assertThat(ValueParser.parse(words)).as(words).isInstanceOf(Qualitative.class);
        }
        assertThat(ValueParser.parse("书籍5本、电影票41人次")).isInstanceOf(Unreadable.class);
        assertThat(ValueParser.parse("1 台电脑 4 台打印机")).isInstanceOf(Unreadable.class);
        assertThat(ValueParser.parse(null)).isInstanceOf(Missing.class);
        assertThat(ValueParser.parse(" ")).isInstanceOf(Missing.class);
        assertThat(ValueParser.parse("/")).isInstanceOf(Missing.class);
    }

    /** Property: any number written with a magnitude, separators, full-width digits and a unit reads back exactly. */
    @Test
    void randomQuantitiesRoundTrip() {
        Random random = new Random(20261122L);
        String[] units = {"件", "人次", "万元", "元/件", "元/套", "%", "个", "台", "次", "户", "套", "平方米", "份", "卷", "小时/次", "次/年"};
        String[] magnitudes = {"", "千", "万", "亿"};
        String[] comparators = {"≥", "≧", ">=", "不低于", "≤", "≦", "<=", "不高于", "=", ""};
        for (int n = 0; n < 5_000; n++) {
            BigDecimal number = BigDecimal.valueOf(random.nextLong(0, 10_000_000), random.nextInt(0, 4));
            String magnitude = magnitudes[random.nextInt(magnitudes.length)];
            String unit = units[random.nextInt(units.length)];
            if (unit.startsWith("万") && !magnitude.isEmpty()) {
                magnitude = "";
            }
            String comparator = comparators[random.nextInt(comparators.length)];
            String digits = random.nextBoolean() ? grouped(number) : number.toPlainString();
            if (random.nextInt(4) == 0) {
                digits = fullWidth(digits);
            }
            String text = comparator + digits + magnitude + unit;

            ParsedValue parsed = ValueParser.parse(text);
            assertThat(parsed).as(text).isInstanceOf(Quantity.class);
            Quantity q = (Quantity) parsed;
            int shift = switch (magnitude + (unit.startsWith("万") ? "万" : "")) {
                case "千" -> 3;
                case "万" -> 4;
                case "亿" -> 8;
                default -> 0;
            };
            assertThat(q.value()).as(text).isEqualByComparingTo(number.movePointRight(shift));
            assertThat(q.unit()).as(text).isEqualTo(unit.startsWith("万") ? unit.substring(1) : unit);
            Comparator expected = switch (comparator) {
                case "≥", "≧", ">=", "不低于" -> Comparator.GE;
                case "≤", "≦", "<=", "不高于" -> Comparator.LE;
                case "=" -> Comparator.EQ;
                default -> Comparator.NONE;
            };
            assertThat(q.comparator()).as(text).isEqualTo(expected);
        }
    }

    /** Property: whatever the target and actual, a recomputed score lies between 0 and the weight. */
    @Test
    void recomputedScoresNeverExceedTheWeight() {
        Random random = new Random(7L);
        String[] comparators = {"≥", "≤", "=", ""};
        for (int n = 0; n < 5_000; n++) {
            BigDecimal weight = BigDecimal.valueOf(random.nextInt(1, 3000), 2);
            String target = comparators[random.nextInt(comparators.length)] + random.nextInt(0, 1000) + "件";
            String actual = random.nextInt(0, 2000) + "件";
            var result = IndicatorAssessor.assess(new IndicatorAssessor.Input("产出指标", target, actual, weight, null));
            assertThat(result.status()).isIn(Status.MET, Status.UNMET);
            assertThat(result.recomputedScore())
                    .as(target + " vs " + actual)
                    .isNotNull()
                    .isBetween(BigDecimal.ZERO, weight);
        }
    }

    private static String grouped(BigDecimal n) {
        return new DecimalFormat(
                        n.scale() > 0 ? "#,##0." + "0".repeat(n.scale()) : "#,##0",
                        DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(n);
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c == ',' ? '，' : c);
        }
        return b.toString();
    }

    @Test
    void theShortcutForPlainTextNormalisesExactlyAsTheFullPath() {
        String[] values = {
            "≥95%",
            ">=20万件",
            "<= 300 套",
            "12月31日前",
            "1 2\t3\n",
            "提高",
            "≥4万件 ",
            "100%",
            "＞＝9５％",
            "≧90％",
            "m²",
            "约１０㎡",
            "12月10日。",
            "　≥ 5 次"
        };
        for (String v : values) {
            String full = Normalizer.normalize(v.replace("m²", "平方米").replace("㎡", "平方米"), Normalizer.Form.NFKC)
                    .replace('≧', '≥')
                    .replace('≦', '≤')
                    .replace(">=", "≥")
                    .replace("<=", "≤")
                    .replace('～', '~')
                    .replace('–', '-')
                    .replace('－', '-')
                    .replace('。', ' ')
                    .replaceAll("[\\s\\u3000]+", "");
            assertThat(ValueParser.normalise(v)).as(v).isEqualTo(full);
        }
        assertThat(ValueParser.plain("≥95%")).isTrue();
        assertThat(ValueParser.plain("＞＝9５％")).isFalse();
    }
}
