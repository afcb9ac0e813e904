package com.jixiao.insight.base.cli;

import com.jixiao.insight.ingest.ImportCommand;
import com.jixiao.insight.ranking.ExportCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts the web app, or runs one command of the same jar without a web server:
 * {@code java -jar jixiao-insight.jar rebuild} recreates the store from sql/ and data/.
 */
public final class Cli {

    /** Vaadin's auto-configuration needs a web context: a command without a web server leaves it out. */
    public static final String HEADLESS_EXCLUDES = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private Cli() {}

    public static void run(Class<?> app, String[] args) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "rebuild" -> {
                var context = new SpringApplicationBuilder(app)
                        .web(WebApplicationType.NONE)
                        .properties("jixiao.store.rebuild=true", "spring.main.banner-mode=off",
                                "spring.autoconfigure.exclude=" + HEADLESS_EXCLUDES)
                        .run(Arrays.copyOfRange(args, 1, args.length));
                System.out.println(context.getBean(StoreReport.class).describe());
                System.exit(SpringApplication.exit(context));
            }
            case "export" -> System.exit(ExportCommand.execute(app, Arrays.copyOfRange(args, 1, args.length)));
            case "import" -> System.exit(ImportCommand.execute(app, Arrays.copyOfRange(args, 1, args.length)));
            case "help", "--help", "-h" -> {
                System.out.println("""
                        Usage: java -jar jixiao-insight.jar [command]
                          (no command)   start the web app on http://localhost:8080
                          rebuild        recreate the store from sql/ and data/ and exit
                          export ranking write a ranking to a CSV, XLSX or PDF file and exit (below)
                          import FILE... import reports (text, XLSX or CSV template) into the store and exit
                        Options: --jixiao.store.path=FILE  where the DuckDB store lives
                        """ + ExportCommand.USAGE + "\n" + ImportCommand.USAGE);
            }
            default -> SpringApplication.run(app, args);
        }
    }
}
