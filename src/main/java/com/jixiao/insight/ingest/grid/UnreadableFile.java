package com.jixiao.insight.ingest.grid;

import java.util.Arrays;
import java.util.List;

/**
 * A format reader's refusal: the file cannot be read as its format says (corrupt, encrypted, a scan without text,
 * too large). {@code code} names the message {@code import.issue.<code>} of the i18n bundle, {@code args} fill it;
 * {@code location} says where, when it is known (a page, a sheet cell), else null.
 */
public final class UnreadableFile extends RuntimeException {

    private final String code;
    private final String location;
    private final List<String> args;

    public UnreadableFile(String code, String location, Object... args) {
        super(code + (location == null ? "" : " at " + location) + " " + Arrays.toString(args));
        this.code = code;
        this.location = location;
        this.args = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList();
    }

    public String code() {
        return code;
    }

    public String location() {
        return location;
    }

    public List<String> args() {
        return args;
    }
}
