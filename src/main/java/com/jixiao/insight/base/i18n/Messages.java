package com.jixiao.insight.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The same i18n bundle the UI uses (vaadin-i18n/translations*.properties), for code without a UI:
 * exports, the command line, error messages of services. zh-CN is the default.
 */
public final class Messages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages(locale == null ? DEFAULT : locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {0}, {1} … filled in; the key itself if the bundle lacks it. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
