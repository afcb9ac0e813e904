package com.jixiao.insight.base.cli;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** The application without a web server, for a command: the store, the services, no Vaadin. */
public final class Headless {

    /** Vaadin's auto-configuration needs a web context: a command without a web server leaves it out. */
    public static final String EXCLUDES = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private Headless() {}

    /**
     * Starts {@code app} without a web server, with Spring's own arguments ({@code --jixiao.store.path=FILE}) and
     * further {@code name=value} properties; the banner off and only warnings logged.
     */
    public static ConfigurableApplicationContext start(Class<?> app, List<String> springArgs, String... properties) {
        String[] all = new String[properties.length + 3];
        all[0] = "spring.main.banner-mode=off";
        all[1] = "logging.level.root=warn";
        all[2] = "spring.autoconfigure.exclude=" + EXCLUDES;
        System.arraycopy(properties, 0, all, 3, properties.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(app)
                .web(WebApplicationType.NONE)
                .properties(all)
                .run(springArgs.toArray(String[]::new));
        // Spring set logging up afresh, its console on standard output: the command's answer goes there
        CommandLogging.toStandardError();
        return context;
    }

    /** What a command does once the application has started; its answer is printed. */
    @FunctionalInterface
    public interface Work {
        String run(ConfigurableApplicationContext context) throws IOException;
    }

    /**
     * Starts {@code app} without a web server, runs {@code work} once, prints its answer and closes the application.
     * Returns the exit status: 0 done; 1 when the start failed (in the words of its root cause, e.g. DuckDB's lock
     * held by the running web app) or the work failed, which then wrote nothing. {@code name} heads the messages.
     */
    public static int once(Class<?> app, String name, List<String> springArgs, Work work) {
        ConfigurableApplicationContext context;
        try {
            context = start(app, springArgs);
        } catch (RuntimeException e) {
            System.err.println(name + ": cannot start: " + cause(e));
            return 1;
        }
        int status;
        try {
            System.out.println(work.run(context));
            status = 0;
        } catch (IOException | RuntimeException e) {
            System.err.println(name + " failed, nothing written: " + e.getMessage());
            status = 1;
        }
        int exit = status;
        return SpringApplication.exit(context, () -> exit);
    }

    /** The arguments meant for Spring: {@code --a.dotted.name=value}. */
    public static List<String> springArgs(List<String> args) {
        return args.stream().filter(Headless::isSpringArg).toList();
    }

    /** The arguments meant for the command itself. */
    public static List<String> commandArgs(List<String> args) {
        return args.stream().filter(a -> !isSpringArg(a)).toList();
    }

    private static boolean isSpringArg(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }

    /** What made a start fail, in the words of its root cause (e.g. DuckDB's lock held by the running app). */
    public static String cause(RuntimeException e) {
        return NestedExceptionUtils.getMostSpecificCause(e).getMessage();
    }
}
