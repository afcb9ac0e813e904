package com.jixiao.insight.lake;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.LocalOperator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;

/** {@code export lake --out DIR}: the store as Parquet, partitioned by province and year (docs/lake.md). */
public final class LakeCommand implements Command {

    @Override
    public String name() {
        return "export lake";
    }

    @Override
    public String usage() {
        return """
                  export lake --out DIR
                                 write the store as Parquet, hive-partitioned by province and year (docs/lake.md)""";
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        Path out;
        try {
            out = out(Headless.commandArgs(args));
        } catch (IllegalArgumentException e) {
            System.err.println("export lake: " + e.getMessage());
            System.err.println(usage());
            return 2;
        }
        var context = Headless.start(app, Headless.springArgs(args));
        LocalOperator.signIn();
        var audit = context.getBean(AuditLog.class);
        long t0 = System.nanoTime();
        try {
            var written = LakeExport.export(context.getBean(DSLContext.class), out);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long bytes = written.stream().mapToLong(LakeExport.Written::bytes).sum();
            for (var w : written) {
                System.out.printf(
                        Locale.ROOT,
                        "%-11s %,12d rows %,6d files %,10.1f MB%n",
                        w.dataset(),
                        w.rows(),
                        w.files(),
                        mb(w.bytes()));
            }
            System.out.printf(
                    Locale.ROOT, "Lake written to %s: %,.1f MB in %.1f s%n", out.toAbsolutePath(), mb(bytes), seconds);
            audit.recordForCurrentUser("lake export", "ok", out.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            audit.recordForCurrentUser("lake export", "failed", e.getMessage());
            System.err.println("export lake: " + e.getMessage());
            SpringApplication.exit(context);
            return 1;
        }
        return SpringApplication.exit(context);
    }

    /** The folder of {@code --out DIR} or {@code --out=DIR}; nothing else is accepted. */
    static Path out(List<String> args) {
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.startsWith("--out=")) {
                value = arg.substring("--out=".length());
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            if (value.isBlank() || out != null) {
                throw new IllegalArgumentException(value.isBlank() ? "--out needs a folder" : "--out is given twice");
            }
            out = Path.of(value);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is missing");
        }
        return out;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
