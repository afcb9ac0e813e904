package com.jixiao.insight.base.security.cli;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.Headless;
import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.token.ApiTokens;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code user list}, {@code user add NAME --role viewer|analyst|admin [--region PATH]... [--unit NAME]...}
 * and {@code user password NAME}: a new password is generated and printed once; {@code user token …}: API
 * tokens ({@link TokenCommand}).
 */
public final class UserCommand implements Command {

    static final String USAGE = """
              user list                  list the accounts
              user add NAME --role viewer|analyst|admin [--region 湖北省/武汉市]... [--unit 单位名称]...
                                         add an account; prints its generated password once
              user password NAME         set a new generated password; prints it once
            """ + TokenCommand.USAGE;

    @Override
    public String name() {
        return "user";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(Class<?> app, List<String> args) {
        var context = Headless.start(app, Headless.springArgs(args));
        LocalOperator.signIn();
        int code = run(
                context.getBean(UserAccounts.class),
                context.getBean(ApiTokens.class),
                Headless.commandArgs(args),
                System.out,
                System.err);
        SpringApplication.exit(context);
        return code;
    }

    /** Runs the command; returns the exit code (2 for bad arguments). */
    static int run(UserAccounts accounts, ApiTokens tokens, List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("user: say list, add, password or token\n" + USAGE);
            return 2;
        }
        try {
            switch (args.getFirst()) {
                case "list" ->
                    accounts.list()
                            .forEach(a -> out.println(a.username() + "\t"
                                    + a.role().code()
                                    + (a.enabled() ? "" : "\tdisabled")
                                    + (a.restriction().isRestricted()
                                            ? "\tregions=" + a.restriction().regionPaths() + " units="
                                                    + a.restriction().unitNames()
                                            : "")));
                case "add" -> {
                    if (args.size() < 2 || args.get(1).startsWith("--")) {
                        throw new IllegalArgumentException("user add needs a NAME");
                    }
                    Role role = null;
                    List<String> regions = new ArrayList<>();
                    List<String> units = new ArrayList<>();
                    for (int i = 2; i < args.size(); i += 2) {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException(args.get(i) + " needs a value");
                        }
                        String value = args.get(i + 1);
                        switch (args.get(i)) {
                            case "--role" -> role = Role.fromCode(value);
                            case "--region" -> regions.add(value);
                            case "--unit" -> units.add(value);
                            default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                        }
                    }
                    if (role == null) {
                        throw new IllegalArgumentException("user add needs --role viewer|analyst|admin");
                    }
                    String password = UserAccounts.randomPassword();
                    accounts.create(args.get(1), role, password, new Restriction(regions, units));
                    out.println(
                            "Created " + args.get(1) + " (" + role.code() + "). Password, shown only now: " + password);
                }
                case "password" -> {
                    if (args.size() != 2) {
                        throw new IllegalArgumentException("user password needs exactly one NAME");
                    }
                    String password = UserAccounts.randomPassword();
                    accounts.changePassword(args.get(1), password);
                    out.println("New password for " + args.get(1) + ", shown only now: " + password);
                }
                case "token" -> TokenCommand.run(tokens, args.subList(1, args.size()), out);
                default -> throw new IllegalArgumentException("unknown user command '" + args.getFirst() + "'");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("user: " + e.getMessage());
            return 2;
        }
    }
}
