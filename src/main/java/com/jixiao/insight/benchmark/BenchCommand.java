package com.jixiao.insight.benchmark;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.base.store.StoreProperties;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M] [--calls=A,B]}: every dashboard call
 * against raw DuckDB (or only those whose name contains A or B).
 * The store (synthetic or real) is opened as it is; the import throughput goes into a temporary store of its own.
 */
public final class BenchCommand implements Command {

    private static final String CALLS = "--calls=";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return """
                  bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M] [--calls=A,B]
                                 time every dashboard call against raw DuckDB, and M imports (default 200);
                                 --calls: only the calls whose name contains A or B (e.g. overview,export)""";
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        int rounds = option(args, "--rounds=", 15);
        int importReports = option(args, "--import-reports=", 200);
        var context = Headless.start(app, Headless.springArgs(args), "jixiao.bench.capture=true");
        LocalOperator.signIn();
        long t0 = System.nanoTime();
        List<String> calls = args.stream()
                .filter(a -> a.startsWith(CALLS))
                .flatMap(a -> Arrays.stream(a.substring(CALLS.length()).split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        var bench = new Benchmark(context, rounds, importReports, calls);
        var lines = bench.run();
        String md = BenchmarkReport.write(
                lines,
                bench.imports(),
                "Benchmark of "
                        + context.getBean(StoreProperties.class).path().getFileName()
                        + " (" + rounds + " rounds, " + Runtime.getRuntime().availableProcessors() + " cores)",
                Path.of("target", "bench"));
        System.out.println(md);
        System.out.printf("(%.0f s; written to target/bench/benchmark.md and .csv)%n", (System.nanoTime() - t0) / 1e9);
        return SpringApplication.exit(context);
    }

    private static int option(List<String> args, String prefix, int otherwise) {
        return args.stream()
                .filter(a -> a.startsWith(prefix))
                .findFirst()
                .map(a -> Integer.parseInt(a.substring(prefix.length())))
                .orElse(otherwise);
    }
}
