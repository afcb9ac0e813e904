package com.jixiao.insight.base.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's {@code --name value} / {@code --name=value} options, read strictly, and Spring's own
 * {@code --a.dotted.name=value} arguments set aside: an unknown option, a missing or blank value, an option given
 * twice or a bare word is refused with an IllegalArgumentException saying which.
 *
 * @param options each known option's value, in the order given
 * @param springArgs the arguments meant for Spring
 */
public record CommandOptions(Map<String, String> options, List<String> springArgs) {

    public static CommandOptions parse(List<String> args, Set<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (name.contains(".") && equals > 0) {
                springArgs.add(arg);
                continue;
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        name.contains(".")
                                ? "give Spring properties as --" + name + "=VALUE"
                                : "unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice");
            }
        }
        return new CommandOptions(options, List.copyOf(springArgs));
    }

    /** The option's value, or null when it was not given. */
    public String get(String name) {
        return options.get(name);
    }
}
