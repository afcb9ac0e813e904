package com.jixiao.insight.ingest.cli;

import com.jixiao.insight.base.cli.Command;
import java.util.List;

/** {@code import [--dry-run] FILE…}: reports into the store (see {@link ImportRun}). */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "  import FILE... import reports into the store and exit: PDF, Word and Excel forms, their text,\n"
                + "                 or the XLSX/CSV template\n"
                + ImportRun.USAGE;
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        return ImportRun.execute(app, args.toArray(String[]::new));
    }
}
