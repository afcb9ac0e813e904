package com.jixiao.insight.base.store;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import java.util.List;
import org.springframework.boot.SpringApplication;

/** {@code rebuild}: recreates the store from sql/ and data/, carrying over imports, accounts and the audit log. */
public final class RebuildCommand implements Command {

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String usage() {
        return "  rebuild        recreate the store from sql/ and data/ (imports, accounts, audit log kept) and exit";
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        var context =
                Headless.start(app, Headless.springArgs(args), "jixiao.store.rebuild=true", "logging.level.root=info");
        System.out.println(context.getBean(StoreReport.class).describe());
        return SpringApplication.exit(context);
    }
}
