package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.cli.Command;
import java.util.List;

/** {@code export ranking …}: a ranking to a CSV, XLSX or PDF file (see {@link ExportRun}). */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "  export ranking write a ranking to a CSV, XLSX or PDF file and exit (below)\n" + ExportRun.USAGE;
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        return ExportRun.execute(app, args.toArray(String[]::new));
    }
}
