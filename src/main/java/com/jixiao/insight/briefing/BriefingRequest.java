package com.jixiao.insight.briefing;

import java.util.Locale;

/**
 * A briefing as asked for on the command line or over HTTP, checked: its scope, format and language. Parsing the
 * raw parameters here keeps the two entry points saying the same things.
 */
public record BriefingRequest(BriefingScope scope, BriefingFormat format, Locale locale) {

    /** From raw parameters, null or blank where absent; throws IllegalArgumentException naming what is wrong. */
    public static BriefingRequest parse(
            String region, String year, String from, String to, String format, String lang) {
        BriefingScope scope = BriefingScope.parse(region, year, from, to);
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("format is missing; use docx or pdf");
        }
        return new BriefingRequest(scope, BriefingFormat.fromCode(format), language(lang));
    }

    /** zh-CN (also zh, zh_CN) or en (also en-US …); absent means zh-CN, the users' language. */
    static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Locale asked = Locale.forLanguageTag(lang.strip().replace('_', '-'));
        return switch (asked.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("unsupported language '" + lang + "'; use zh-CN or en");
        };
    }
}
