package com.jixiao.insight.base.store.backup;

import com.jixiao.insight.base.cli.Command;
import java.nio.file.Path;
import java.util.List;

/** {@code restore --from DIR --to FILE}: a new store from a backup folder; needs no running store. */
public final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "  restore --from DIR --to FILE   create a new store FILE from a backup folder";
    }

    @Override
    public int run(Class<?> app, List<String> a) {
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
}
