package com.jixiao.insight.base.cli;

import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.store.BackupService;
import com.jixiao.insight.base.store.Backups;
import com.jixiao.insight.ingest.ImportCommand;
import com.jixiao.insight.ranking.ExportCommand;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web app, or runs one command of the same jar without a web server:
 * {@code java -jar jixiao-insight.jar rebuild} recreates the store from sql/ and data/.
 */
public final class Cli {

    /** Vaadin's auto-configuration needs a web context: a command without a web server leaves it out. */
    public static final String HEADLESS_EXCLUDES = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private Cli() {}

    /** The application without a web server, for a command; Spring properties pass as --name=value. */
    static ConfigurableApplicationContext headless(Class<?> app, String[] springArgs) {
        return new SpringApplicationBuilder(app)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "spring.autoconfigure.exclude=" + HEADLESS_EXCLUDES)
                .run(springArgs);
    }

    /** generate --scale small|province [--seed N] --out FILE: a separate store of synthetic reports. */
    private static int generate(String[] args) {
        List<String> a = List.of(args);
        int scale = a.indexOf("--scale");
        int out = a.indexOf("--out");
        int seed = a.indexOf("--seed");
        try {
            if (scale < 0
                    || out < 0
                    || scale + 1 >= a.size()
                    || out + 1 >= a.size()
                    || (seed >= 0 && seed + 1 >= a.size())) {
                throw new IllegalArgumentException("use generate --scale small|province [--seed N] --out FILE");
            }
            var result = SyntheticStore.generate(
                    Path.of(a.get(out + 1)),
                    Scale.fromCode(a.get(scale + 1)),
                    seed < 0 ? 20261122L : Long.parseLong(a.get(seed + 1)));
            System.out.printf(
                    "Synthetic store %s: %d units, %d evaluations, %d indicators in %.1f s%n",
                    result.store(),
                    result.units(),
                    result.evaluations(),
                    result.indicators(),
                    result.millis() / 1000.0);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
    }

    private static int restore(String[] args) {
        List<String> a = List.of(args);
        int from = a.indexOf("--from");
        int to = a.indexOf("--to");
        if (from < 0 || to < 0 || from + 1 >= a.size() || to + 1 >= a.size()) {
            System.err.println("restore: use restore --from BACKUP_DIR --to NEW_STORE_FILE");
            return 2;
        }
        try {
            Backups.restore(Path.of(a.get(from + 1)), Path.of(a.get(to + 1)));
            System.out.println("Restored " + a.get(from + 1) + " into " + a.get(to + 1));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("restore: " + e.getMessage());
            return 1;
        }
    }

    public static void run(Class<?> app, String[] args) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "rebuild" -> {
                var context = new SpringApplicationBuilder(app)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "jixiao.store.rebuild=true",
                                "spring.main.banner-mode=off",
                                "spring.autoconfigure.exclude=" + HEADLESS_EXCLUDES)
                        .run(Arrays.copyOfRange(args, 1, args.length));
                System.out.println(context.getBean(StoreReport.class).describe());
                System.exit(SpringApplication.exit(context));
            }
            case "export" -> System.exit(ExportCommand.execute(app, Arrays.copyOfRange(args, 1, args.length)));
            case "user" -> {
                List<String> rest = List.of(Arrays.copyOfRange(args, 1, args.length));
                var context = headless(
                        app,
                        rest.stream().filter(a -> a.startsWith("--jixiao.")).toArray(String[]::new));
                LocalOperator.signIn();
                int code = UserCommand.run(
                        context.getBean(UserAccounts.class),
                        context.getBean(com.jixiao.insight.base.security.ApiTokens.class),
                        rest.stream().filter(a -> !a.startsWith("--jixiao.")).toList(),
                        System.out,
                        System.err);
                SpringApplication.exit(context);
                System.exit(code);
            }
            case "backup" -> {
                var context = headless(app, Arrays.copyOfRange(args, 1, args.length));
                LocalOperator.signIn();
                var backup = context.getBean(BackupService.class).backup();
                System.out.println("Backup written to " + backup.path());
                System.exit(SpringApplication.exit(context));
            }
            case "restore" -> System.exit(restore(Arrays.copyOfRange(args, 1, args.length)));
            case "generate" -> System.exit(generate(Arrays.copyOfRange(args, 1, args.length)));
            case "bench" -> {
                // bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M]: the store (synthetic or real) is
                // opened as it is; the import throughput goes into a temporary store of its own.
                int rounds = Arrays.stream(args)
                        .filter(a -> a.startsWith("--rounds="))
                        .findFirst()
                        .map(a -> Integer.parseInt(a.substring(9)))
                        .orElse(15);
                int importReports = Arrays.stream(args)
                        .filter(a -> a.startsWith("--import-reports="))
                        .findFirst()
                        .map(a -> Integer.parseInt(a.substring(17)))
                        .orElse(200);
                String[] spring = Arrays.stream(args)
                        .skip(1)
                        .filter(a -> a.startsWith("--jixiao."))
                        .toArray(String[]::new);
                var context = new SpringApplicationBuilder(app)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "spring.main.banner-mode=off",
                                "logging.level.root=warn",
                                "jixiao.bench.capture=true",
                                "spring.autoconfigure.exclude=" + HEADLESS_EXCLUDES)
                        .run(spring);
                LocalOperator.signIn();
                long t0 = System.nanoTime();
                var bench = new com.jixiao.insight.benchmark.Benchmark(context, rounds, importReports);
                var lines = bench.run();
                String md = com.jixiao.insight.benchmark.Benchmark.write(
                        lines,
                        bench.imports(),
                        "Benchmark of "
                                + context.getBean(com.jixiao.insight.base.store.StoreProperties.class)
                                        .path()
                                        .getFileName()
                                + " (" + rounds + " rounds, "
                                + Runtime.getRuntime().availableProcessors() + " cores)",
                        Path.of("target", "bench"));
                System.out.println(md);
                System.out.printf(
                        "(%.0f s; written to target/bench/benchmark.md and .csv)%n", (System.nanoTime() - t0) / 1e9);
                System.exit(SpringApplication.exit(context));
            }
            case "import" -> System.exit(ImportCommand.execute(app, Arrays.copyOfRange(args, 1, args.length)));
            case "help", "--help", "-h" -> {
                System.out.println("""
                        Usage: java -jar jixiao-insight.jar [command]
                          (no command)   start the web app on http://localhost:8080
                          rebuild        recreate the store from sql/ and data/ and exit
                          export ranking write a ranking to a CSV, XLSX or PDF file and exit (below)
                          backup         write a consistent snapshot of the store (Parquet) into the backup folder
                          restore --from DIR --to FILE   create a new store FILE from a backup folder
                          generate --scale small|province [--seed N] --out FILE   a separate store of synthetic data
                          bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M]
                                         time every dashboard call against raw DuckDB, and M imports (default 200)
                          import FILE... import reports (text, XLSX or CSV template) into the store and exit
                        """ + UserCommand.USAGE + """
                        Options: --jixiao.store.path=FILE  where the DuckDB store lives
                        """ + ExportCommand.USAGE + "\n" + ImportCommand.USAGE);
            }
            default -> SpringApplication.run(app, args);
        }
    }
}
