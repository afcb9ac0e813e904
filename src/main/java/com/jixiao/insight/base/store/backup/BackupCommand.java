package com.jixiao.insight.base.store.backup;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.LocalOperator;
import java.util.List;
import org.springframework.boot.SpringApplication;

/** {@code backup}: a consistent snapshot of the store (Parquet) into the backup folder. */
public final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "  backup         write a consistent snapshot of the store (Parquet) into the backup folder";
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        var context = Headless.start(app, args);
        LocalOperator.signIn();
        var backup = context.getBean(BackupService.class).backup();
        System.out.println("Backup written to " + backup.path());
        return SpringApplication.exit(context);
    }
}
