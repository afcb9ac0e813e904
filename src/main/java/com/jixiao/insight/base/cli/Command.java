package com.jixiao.insight.base.cli;

import java.util.List;

/**
 * A command of the jar: {@code java -jar jixiao-insight.jar NAME ARGS…}. Each feature registers its own in
 * {@code META-INF/services/com.jixiao.insight.base.cli.Command} (a {@link java.util.ServiceLoader} service), so the
 * dispatcher beside {@code Application} knows none of them by name.
 */
public interface Command {

    /** The word after {@code java -jar jixiao-insight.jar}. */
    String name();

    /** The lines {@code help} prints for this command, each starting with two spaces. */
    String usage();

    /** Runs the command with the arguments after its name; returns the process's exit status. */
    int run(Class<?> app, List<String> args);
}
