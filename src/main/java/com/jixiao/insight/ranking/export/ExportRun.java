package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.cli.CommandOptions;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.RankingTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code export ranking --metric execution-rate --year 2024 --format xlsx --out FILE}: the arguments are
 * checked before anything starts, so a bad one costs no store and writes no file. Options of the form
 * {@code --jixiao.store.path=FILE} (a dotted name) go to Spring as they do for the app.
 */
public record ExportRun(RankingExportRequest request, Path out, List<String> springArgs) {

    public static final String USAGE = """
            Usage: java -jar jixiao-insight.jar export ranking --metric METRIC (--year YYYY | --from YYYY --to YYYY)
                     [--region 湖北省/武汉市] [--format csv|xlsx|pdf] --out FILE|DIR [--lang zh-CN|en]
              METRIC: execution-rate, score, recomputed-score, unmet-targets, audit-flags
              --format may be left out when FILE ends in .csv, .xlsx or .pdf; a DIR gets a generated file name.""";

    /** Vaadin's servlet set-up insists on a web application context, which a command has none of. */
    private static final Set<String> OPTIONS =
            Set.of("metric", "year", "from", "to", "region", "format", "out", "lang");

    public ExportRun {
        springArgs = List.copyOf(springArgs);
    }

    /** The arguments after {@code export}; throws IllegalArgumentException saying what is wrong. */
    public static ExportRun parse(String... args) {
        if (args.length == 0 || !args[0].equals("ranking")) {
            throw new IllegalArgumentException(
                    args.length == 0
                            ? "export what? use: export ranking …"
                            : "cannot export '" + args[0] + "'; use export ranking, export briefing or export lake");
        }
        CommandOptions options = CommandOptions.parse(Arrays.asList(args).subList(1, args.length), OPTIONS);
        List<String> springArgs = options.springArgs();
        Path out = out(options.get("out"));
        String format = options.get("format");
        String extension = extension(out);
        if (format == null && !Files.isDirectory(out)) {
            format = extension;
            if (format == null) {
                throw new IllegalArgumentException("format is missing; give --format csv|xlsx|pdf");
            }
        } else if (format != null
                && extension != null
                && !Files.isDirectory(out)
                && !extension.equals(format.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--format " + format + " does not match --out " + out.getFileName());
        }
        RankingExportRequest request = RankingExportRequest.parse(
                options.get("metric"),
                options.get("year"),
                options.get("from"),
                options.get("to"),
                options.get("region"),
                format,
                options.get("lang"));
        return new ExportRun(request, out, springArgs);
    }

    /** Ranks, writes the file (complete or not at all) and returns the line to print. */
    public String run(Function<RankingQuery, RankingTable> ranking) throws IOException {
        RankingTable table = ranking.apply(request.query());
        Path target = Files.isDirectory(out) ? out.resolve(RankingExports.fileName(table, request.format())) : out;
        // Written beside the target and moved into place, so a failure never leaves half a file.
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(part)) {
                RankingExports.write(table, request.format(), request.locale(), stream);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        int rows = table.rows().size();
        return "Exported " + rows + (rows == 1 ? " row" : " rows") + " to " + target;
    }

    /** The whole command: parse, start Spring without a web server, export. Returns the exit status. */
    public static int execute(Class<?> app, String... args) {
        ExportRun command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("export: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        LocalOperator.signIn(); // the operator of the jar acts as "cli"
        return Headless.once(
                app,
                "export",
                command.springArgs(),
                context -> command.run(context.getBean(RankingService.class)::rank));
    }

    private static Path out(String out) {
        if (out == null) {
            throw new IllegalArgumentException("--out is missing; give the file (or directory) to write");
        }
        Path path = Path.of(out).toAbsolutePath().normalize();
        if (!Files.isDirectory(path) && (path.getParent() == null || !Files.isDirectory(path.getParent()))) {
            throw new IllegalArgumentException("directory " + path.getParent() + " does not exist");
        }
        Path directory = Files.isDirectory(path) ? path : path.getParent();
        if (!Files.isWritable(directory)) {
            throw new IllegalArgumentException("cannot write to " + directory);
        }
        return path;
    }

    /** csv, xlsx or pdf when the file name ends so; else null. */
    private static String extension(Path out) {
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : ExportFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return format.extension();
            }
        }
        return null;
    }
}
