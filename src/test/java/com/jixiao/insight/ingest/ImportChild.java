package com.jixiao.insight.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A process that imports one file into a store and is killed by {@link ImportCrashTest} at a random
 * moment. It says STARTED just before the import begins.
 */
public final class ImportChild {

    private ImportChild() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path file = Path.of(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var service = new ImportService(DSL.using(c, SQLDialect.DUCKDB));
            byte[] bytes = Files.readAllBytes(file);
            System.out.println("STARTED");
            System.out.flush();
            service.store(new ImportRequest(file.getFileName().toString(), bytes, args[2]));
            System.out.println("DONE");
        }
    }
}
