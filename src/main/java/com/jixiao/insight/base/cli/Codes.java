package com.jixiao.insight.base.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Choices named by a short code on the command line and in URLs ({@code csv}, {@code docx} …). */
public final class Codes {

    private Codes() {}

    /**
     * The value whose code is {@code given}, in any letter case and with spaces around; otherwise an error naming
     * what was given and the codes there are.
     */
    public static <E> E of(E[] values, Function<E, String> code, String given) {
        String wanted = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values)
                .filter(v -> code.apply(v).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + given + "'; use one of "
                        + Arrays.stream(values).map(code).collect(Collectors.joining(", "))));
    }
}
