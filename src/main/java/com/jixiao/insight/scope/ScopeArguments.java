package com.jixiao.insight.scope;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scope as a command line or a URL gives it (region path, years), read strictly: a value that is not what its name
 * says is refused with a message naming it, never guessed at.
 */
public final class ScopeArguments {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ScopeArguments() {}

    /** 湖北省/武汉市 as the store writes region paths: no surrounding slashes or spaces; empty when not given. */
    public static Optional<String> region(String region) {
        if (absent(region)) {
            return Optional.empty();
        }
        String path = region.strip().replaceAll("^/+|/+$", "");
        if (path.isEmpty() || path.contains("//")) {
            throw new IllegalArgumentException("region '" + region + "' is not a region path such as 湖北省/武汉市");
        }
        return Optional.of(path);
    }

    /** A four-digit year, given as the argument {@code name}. */
    public static int year(String name, String value) {
        String year = value.strip();
        if (!YEAR.matcher(year).matches()) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a year such as 2024");
        }
        return Integer.parseInt(year);
    }

    /** Not given: null or blank. */
    public static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
