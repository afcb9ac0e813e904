package com.jixiao.insight.briefing;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.CommandOptions;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.LocalOperator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code export briefing --region 湖北省 --year 2024 --format docx --out FILE}: the briefing of a scope to a DOCX or
 * PDF file. The arguments are checked before anything starts, so a bad one costs no store and writes no file.
 */
public final class BriefingCommand implements Command {

    static final String USAGE = """
            Usage: java -jar jixiao-insight.jar export briefing [--region 湖北省/武汉市] [--year YYYY | --from YYYY --to YYYY]
                     [--format docx|pdf] --out FILE|DIR [--lang zh-CN|en]
              no --region: every region; no year: every year; --format may be left out when FILE ends in .docx or .pdf""";

    private static final Set<String> OPTIONS = Set.of("region", "year", "from", "to", "format", "out", "lang");

    /** The checked arguments: what to write, where, and the Spring properties given. */
    record Run(BriefingRequest request, Path out, List<String> springArgs) {}

    @Override
    public String name() {
        return "export briefing";
    }

    @Override
    public String usage() {
        return "  export briefing write the briefing (分析简报) of a region and years to DOCX or PDF and exit\n" + USAGE;
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        Run run;
        try {
            run = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("export briefing: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        LocalOperator.signIn(); // the operator of the jar acts as "cli"
        return Headless.once(
                app,
                "export briefing",
                run.springArgs(),
                context -> write(run, context.getBean(BriefingService.class)));
    }

    /** Makes the briefing and writes the file (complete or not at all); returns the line to print. */
    static String write(Run run, BriefingService service) throws IOException {
        BriefingRequest r = run.request();
        Briefing briefing = service.briefing(r.scope());
        Path target =
                Files.isDirectory(run.out()) ? run.out().resolve(Briefings.fileName(briefing, r.format())) : run.out();
        byte[] file = service.export(briefing, r.format(), r.locale());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(part)) {
                stream.write(file);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return "Wrote the briefing " + new BriefingText(briefing, Messages.of(r.locale())).title() + " to " + target;
    }

    /** The arguments after {@code export briefing}; throws IllegalArgumentException saying what is wrong. */
    static Run parse(List<String> args) {
        CommandOptions options = CommandOptions.parse(args, OPTIONS);
        List<String> springArgs = options.springArgs();
        String outOption = options.get("out");
        if (outOption == null) {
            throw new IllegalArgumentException("--out is missing; give the file (or directory) to write");
        }
        Path out = Path.of(outOption).toAbsolutePath().normalize();
        boolean directory = Files.isDirectory(out);
        Path parent = directory ? out : out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write to " + parent);
        }
        String format = options.get("format");
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.endsWith(".docx") ? "docx" : name.endsWith(".pdf") ? "pdf" : null;
        if (format == null && !directory) {
            format = extension;
            if (format == null) {
                throw new IllegalArgumentException("format is missing; give --format docx|pdf");
            }
        } else if (format != null
                && extension != null
                && !directory
                && !extension.equals(format.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--format " + format + " does not match --out " + out.getFileName());
        }
        BriefingRequest request = BriefingRequest.parse(
                options.get("region"),
                options.get("year"),
                options.get("from"),
                options.get("to"),
                format,
                options.get("lang"));
        return new Run(request, out, springArgs);
    }
}
