package com.jixiao.insight.ingest.cli;

import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.batch.Batch;
import com.jixiao.insight.ingest.batch.BatchFiles;
import com.jixiao.insight.ingest.batch.BatchImportService;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
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
 * {@code import [--dry-run] [--region 省/市/区] [--lang zh-CN|en] DIR|ZIP|FILE...}: import from the command line.
 * {@code --dry-run} prints what was recognised as JSON and stores nothing (it needs no store). One file is stored
 * in its own transaction, as the upload does; more than one, a folder or a ZIP go through the batch import
 * ({@link BatchImportService}: read in parallel, stored in chunks, each file whole or not at all) with a progress
 * line on stderr. Either way one line per file says what happened. Exit status 0 when every file went in (or was
 * stored already), 1 when any was refused, 2 for bad arguments.
 */
public record ImportRun(boolean dryRun, String region, Locale locale, List<Path> files, List<String> springArgs) {

    public static final String USAGE = """
            Usage: java -jar jixiao-insight.jar import [--dry-run] [--region 省/市/区] [--lang zh-CN|en] DIR|ZIP|FILE...
              --dry-run   print what was recognised as JSON ({"reports":[…],"warnings":[…],"errors":[…]}), store nothing
              --region    the region of files that do not state one, e.g. 湖北省/武汉市/洪山区
              several files, a folder (read with its subfolders) or a ZIP are imported as one batch""";

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
                if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
                    throw new IllegalArgumentException("no such file: " + a);
                }
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("import what? give one or more files, folders or ZIPs");
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

    /** Whether the files go in as a batch: more than one, a folder or a ZIP. */
    boolean batch() {
        return files.size() > 1
                || files.stream()
                        .anyMatch(f -> Files.isDirectory(f)
                                || BatchFiles.isZip(f.getFileName().toString()));
    }

    /** The dry run: parse every file (those of folders and ZIPs too), print JSON. Returns the exit status. */
    int dryRun(PrintStream out, PrintStream err) {
        Messages messages = Messages.of(locale);
        ReportReader parser = new ReportReader(ImportLimits.DEFAULT);
        List<ParsedFile> parsed = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        BatchFiles received = BatchFiles.temporary(ImportLimits.DEFAULT);
        try {
            for (Path f : files) {
                try {
                    received.add(f);
                } catch (IOException e) {
                    String name = f.getFileName().toString();
                    errors.add(ImportIssue.of(
                            ImportIssue.Severity.ERROR, "unreadable", name, null, null, null, e.getMessage()));
                    err.println(name + ": " + e.getMessage());
                }
            }
            for (BatchFiles.Received f : received.files()) {
                String name = FileNames.displayName(f.name());
                try {
                    if (f.refusal() != null) {
                        throw new ImportRejected(f.refusal());
                    }
                    parsed.add(withRegion(parser.parse(name, Files.readAllBytes(f.path())), name));
                } catch (ImportRejected e) {
                    errors.add(e.issue());
                    err.println(e.issue().message(messages));
                } catch (IOException e) {
                    errors.add(ImportIssue.of(
                            ImportIssue.Severity.ERROR, "unreadable", name, null, null, null, e.getMessage()));
                    err.println(name + ": " + e.getMessage());
                }
            }
        } finally {
            received.delete();
        }
        out.println(ImportJson.write(parsed, errors, messages));
        return errors.isEmpty() ? 0 : 1;
    }

    /** The file with the region of {@code --region} where it states none (a warning if neither says). */
    private ParsedFile withRegion(ParsedFile p, String name) {
        ReportDocument doc = p.document();
        List<ImportIssue> warnings = new ArrayList<>(p.warnings());
        String r = doc.region();
        if (r == null && region != null) {
            r = region;
        } else if (r == null) {
            warnings.add(ImportIssue.of(ImportIssue.Severity.WARNING, "regionNotStated", name, null, null, null));
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
        return new ParsedFile(withRegion, p.source(), warnings, p.format(), p.encoding(), p.regionStated());
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

    /**
     * Stores the files as one batch, with a progress line on {@code err} ({@code \r} updates: files done of all,
     * files per second, time left), then one line per file as {@link #store} prints them. Returns the exit status.
     */
    int storeBatch(BatchImportService batches, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(locale);
        BatchFiles received = batches.receive();
        for (Path f : files) {
            try {
                received.add(f);
            } catch (IOException e) {
                err.println(f + ": " + e.getMessage());
                received.delete();
                return 1;
            }
        }
        Batch batch = batches.submit(received, region, false);
        String shown = "";
        while (!batch.finished()) {
            String line = progress(batch, messages);
            if (!line.equals(shown)) {
                err.print("\r" + line);
                err.flush();
                shown = line;
            }
            try {
                Thread.sleep(PROGRESS_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            batch = batches.batch(batch.id()).orElseThrow();
        }
        err.println("\r" + progress(batch, messages));
        int status = batch.state() == BatchState.DONE ? 0 : 1;
        for (FileRow f : batch.files()) {
            if (f.outcome().inStore()) {
                out.println(messages.get(
                        "import.cli." + f.outcome().code(),
                        f.fileName(),
                        f.unit(),
                        String.valueOf(f.year()),
                        String.valueOf(f.evaluations()),
                        String.valueOf(f.indicators()),
                        String.valueOf(f.documentId()),
                        f.replacedId() == null ? "" : String.valueOf(f.replacedId())));
            } else if (f.error() != null) {
                err.println(f.error().message(messages));
                status = 1;
            } else {
                err.println(messages.get(
                        "import.cli.notStored", f.fileName(), batch.state().code()));
                status = 1;
            }
        }
        if (batch.message() != null) {
            err.println(batch.message());
        }
        return status;
    }

    static final int PROGRESS_MILLIS = 500;

    /** "已完成 450/1000 个文件 · 每秒 52.3 份 · 剩余约 11 秒". */
    static String progress(Batch b, Messages messages) {
        Batch.Counts c = b.counts();
        String rate = String.format(Locale.ROOT, "%.1f", b.rate().filesPerSecond());
        String left = b.finished()
                ? messages.get("import.cli.progress.over", b.state().code())
                : b.rate()
                        .secondsLeft()
                        .map(s -> messages.get("import.cli.progress.left", String.valueOf(Math.round(s))))
                        .orElse("");
        return messages.get("import.cli.progress", String.valueOf(c.done()), String.valueOf(c.total()), rate, left);
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
        int status = command.batch()
                ? command.storeBatch(context.getBean(BatchImportService.class), System.out, System.err)
                : command.store(context.getBean(ImportService.class), System.out, System.err);
        return SpringApplication.exit(context, () -> status);
    }
}
