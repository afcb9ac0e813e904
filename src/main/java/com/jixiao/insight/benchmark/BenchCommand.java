package com.jixiao.insight.benchmark;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.base.store.StoreProperties;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M] [--batch-files=B] [--read-reports=R]}: every
 * dashboard call against raw DuckDB, M single imports into a temporary store, a batch of B files into a copy of the
 * store, the CPU time of reading each seed's source R times ({@link ReportReads}).
 * The store (synthetic or real) is opened as it is; the import throughput goes into a temporary store of its own.
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return """
                  bench --jixiao.store.path=FILE [--rounds=N] [--import-reports=M] [--batch-files=B]
                        [--read-reports=R] [--only=TEXT]
                                 time every dashboard call against raw DuckDB, M imports (default 200),
                                 a batch of B files, 5% bad, into a copy of the store (default 1000) and
                                 the CPU time of reading each seed R times (default 50; --only=read);
                                 --only: just the calls whose name contains TEXT, or one of A,B
                                 (e.g. --only=briefing, --only=overview,ranking)""";
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        int rounds = option(args, "--rounds=", 15);
        int importReports = option(args, "--import-reports=", 200);
        int batchFiles = option(args, "--batch-files=", 1000);
        int readReports = option(args, "--read-reports=", 50);
        var context = Headless.start(app, Headless.springArgs(args), "jixiao.bench.capture=true");
        LocalOperator.signIn();
        long t0 = System.nanoTime();
        String only = args.stream()
                .filter(a -> a.startsWith("--only="))
                .findFirst()
                .map(a -> a.substring("--only=".length()))
                .orElse("");
        var bench = new Benchmark(context, rounds, importReports, batchFiles, readReports, only);
        var lines = bench.run();
        String md = BenchmarkReport.write(
                lines,
                bench.imports(),
                bench.pdfRead(),
                bench.reads(),
                bench.batch(),
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
