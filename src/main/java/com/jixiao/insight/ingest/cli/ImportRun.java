package com.jixiao.insight.ingest.cli;

import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.read.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import [--dry-run] [--region 省/市/区] [--lang zh-CN|en] FILE...}: batch import from the command
 * line. {@code --dry-run} prints what was recognised as JSON and stores nothing (it needs no store). Without
 * it each file is stored in its own transaction, as the upload does. Exit status 0 when every file went in
 * (or was stored already), 1 when any was refused, 2 for bad arguments.
 */
public record ImportRun(boolean dryRun, String region, Locale locale, List<Path> files, List<String> springArgs) {

    public static final String USAGE = """
            Usage: java -jar jixiao-insight.jar import [--dry-run] [--region 省/市/区] [--lang zh-CN|en] FILE...
              --dry-run   print what was recognised as JSON ({"reports":[…],"warnings":[…],"errors":[…]}), store nothing
              --region    the region of files that do not state one, e.g. 湖北省/武汉市/洪山区""";

    public ImportRun {
        files = List.copyOf(files);
        springArgs = List.copyOf(springArgs);
    }

    /** The arguments after {@code import}; throws IllegalArgumentException saying what is wrong. */
    public static ImportRun parse(String... args) {
        boolean dryRun = false;
        String region = null;
        Locale locale = Messages.DEFAULT;
        List<Path> files = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--dry-run")) {
                dryRun = true;
            } else if (a.equals("--region") || a.startsWith("--region=")) {
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                region = Regions.normalise(v)
                        .orElseThrow(() -> new IllegalArgumentException("--region needs a region such as 湖北省/武汉市/洪山区"));
            } else if (a.equals("--lang") || a.startsWith("--lang=")) {
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                locale = switch (v.toLowerCase(Locale.ROOT)) {
                    case "zh-cn", "zh" -> Locale.SIMPLIFIED_CHINESE;
                    case "en" -> Locale.ENGLISH;
                    default -> throw new IllegalArgumentException("--lang is zh-CN or en, not '" + v + "'");
                };
            } else if (a.startsWith("--") && a.contains(".") && a.contains("=")) {
                spring.add(a);
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                Path p = Path.of(a);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("no such file: " + a);
                }
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("import what? give one or more files");
        }
        return new ImportRun(dryRun, region, locale, files, spring);
    }

    /** Reads a file within the size limit, never more (a 50 MB file is refused before it is read whole). */
    static byte[] read(Path file, ImportLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            return bytes;
        }
    }

    /** The dry run: parse every file, print JSON. Returns the exit status. */
    int dryRun(PrintStream out, PrintStream err) {
        Messages messages = Messages.of(locale);
        ReportReader parser = new ReportReader(ImportLimits.DEFAULT);
        List<ParsedFile> parsed = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                ParsedFile p = parser.parse(name, read(f, ImportLimits.DEFAULT));
                ReportDocument doc = p.document();
                List<ImportIssue> warnings = new ArrayList<>(p.warnings());
                String r = doc.region();
                if (r == null && region != null) {
                    r = region;
                } else if (r == null) {
                    warnings.add(
                            ImportIssue.of(ImportIssue.Severity.WARNING, "regionNotStated", name, null, null, null));
                }
                ReportDocument withRegion = new ReportDocument(
                        doc.source(),
                        doc.title(),
                        doc.unit(),
                        doc.unitAliases(),
                        r,
                        doc.year(),
                        doc.reports(),
                        doc.expenditureLines(),
                        doc.priorYearFigures(),
                        doc.contradictions());
                parsed.add(
                        new ParsedFile(withRegion, p.source(), warnings, p.format(), p.encoding(), p.regionStated()));
            } catch (ImportRejected e) {
                errors.add(e.issue());
                err.println(e.issue().message(messages));
            } catch (IOException e) {
                errors.add(ImportIssue.of(
                        ImportIssue.Severity.ERROR, "unreadable", name, null, null, null, e.getMessage()));
                err.println(name + ": " + e.getMessage());
            }
        }
        out.println(ImportJson.write(parsed, errors, messages));
        return errors.isEmpty() ? 0 : 1;
    }

    /** Stores every file through the service; one line per file. Returns the exit status. */
    int store(ImportService service, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(locale);
        int status = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                ImportOutcome o = service.store(new ImportRequest(name, read(f, service.limits()), region));
                out.println(messages.get(
                        "import.cli." + o.status().name().toLowerCase(Locale.ROOT),
                        name,
                        o.unit(),
                        String.valueOf(o.year()),
                        String.valueOf(o.evaluations()),
                        String.valueOf(o.indicators()),
                        String.valueOf(o.documentId()),
                        o.replacedDocumentId() == null ? "" : String.valueOf(o.replacedDocumentId())));
            } catch (ImportRejected e) {
                err.println(e.issue().message(messages));
                status = 1;
            } catch (IOException e) {
                err.println(name + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /** The whole command. */
    public static int execute(Class<?> app, String... args) {
        ImportRun command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("import: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        if (command.dryRun()) {
            return command.dryRun(System.out, System.err);
        }
        LocalOperator.signIn(); // the operator of the jar acts as "cli"
        ConfigurableApplicationContext context;
        try {
            context = Headless.start(app, command.springArgs());
        } catch (RuntimeException e) {
            System.err.println("import: cannot start: " + Headless.cause(e));
            return 1;
        }
        int status = command.store(context.getBean(ImportService.class), System.out, System.err);
        return SpringApplication.exit(context, () -> status);
    }
}
