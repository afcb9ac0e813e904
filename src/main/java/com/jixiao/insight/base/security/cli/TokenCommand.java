package com.jixiao.insight.base.security.cli;

import com.jixiao.insight.base.security.token.ApiTokens;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code user token create NAME --user ACCOUNT [--days N | --valid-through YYYY-MM-DD]}, {@code user token list}
 * and {@code user token revoke ID}: API tokens for scheduled jobs. The secret is printed once, on creation.
 */
final class TokenCommand {

    static final String USAGE = """
              user token create NAME --user ACCOUNT [--days N | --valid-through YYYY-MM-DD]
                                         an API token for ACCOUNT (default 90 days); prints its secret once
              user token list            list the API tokens (never their secrets)
              user token revoke ID       revoke a token at once
            """;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TokenCommand() {}

    /** Runs {@code args} (after "token"); throws IllegalArgumentException for bad arguments. */
    static void run(ApiTokens tokens, List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("user token: say create, list or revoke");
        }
        switch (args.getFirst()) {
            case "create" -> create(tokens, args, out);
            case "list" -> {
                LocalDateTime now = LocalDateTime.now();
                out.println("id\tname\taccount\tvalid through\tlast used\tstate");
                tokens.list()
                        .forEach(t -> out.println(t.id() + "\t" + t.name() + "\t" + t.username() + "\t"
                                + t.validThrough() + "\t"
                                + t.lastUsedAt().map(AT::format).orElse("never") + "\t"
                                + t.status(now).code()));
            }
            case "revoke" -> {
                if (args.size() != 2) {
                    throw new IllegalArgumentException("user token revoke needs exactly one ID (see user token list)");
                }
                long id;
                try {
                    id = Long.parseLong(args.get(1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + args.get(1) + "' is not a token id");
                }
                tokens.revoke(id);
                out.println("Revoked token #" + id);
            }
            default -> throw new IllegalArgumentException("unknown user token command '" + args.getFirst() + "'");
        }
    }

    private static void create(ApiTokens tokens, List<String> args, PrintStream out) {
        if (args.size() < 2 || args.get(1).startsWith("--")) {
            throw new IllegalArgumentException("user token create needs a NAME");
        }
        String user = null;
        LocalDate validThrough = LocalDate.now().plusDays(90);
        for (int i = 2; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            try {
                switch (args.get(i)) {
                    case "--user" -> user = value;
                    case "--days" -> validThrough = LocalDate.now().plusDays(Integer.parseInt(value));
                    case "--valid-through" -> validThrough = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(args.get(i) + ": '" + value + "' is not a number of days or a date");
            }
        }
        if (user == null) {
            throw new IllegalArgumentException("user token create needs --user ACCOUNT");
        }
        ApiTokens.Created made = tokens.create(args.get(1), user, validThrough);
        out.println("Created token #" + made.token().id() + " \"" + made.token().name() + "\" for " + user
                + ", valid through " + made.token().validThrough() + ". Secret, shown only now:");
        out.println(made.secret());
    }
}
