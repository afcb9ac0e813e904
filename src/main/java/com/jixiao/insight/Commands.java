package com.jixiao.insight;

import com.jixiao.insight.base.cli.Command;
import com.jixiao.insight.base.cli.CommandLogging;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;

/**
 * Starts the web app, or runs one command of the same jar: {@code java -jar jixiao-insight.jar rebuild}. The
 * commands register themselves as {@link Command} services; this dispatcher knows none of them by name.
 */
final class Commands {

    private Commands() {}

    static void run(Class<?> app, String[] args) {
        String name = args.length == 0 ? "" : args[0];
        // A command's name may be several words (export briefing): see find.
        if (List.of("help", "--help", "-h").contains(name)) {
            System.out.println(help());
            return;
        }
        Optional<Command> command = find(args);
        if (command.isPresent()) {
            CommandLogging.toStandardError();
            int words = command.get().name().split(" ").length;
            System.exit(command.get().run(app, List.of(Arrays.copyOfRange(args, words, args.length))));
        }
        SpringApplication.run(app, args);
    }

    /**
     * The command whose name the arguments begin with; a name of several words ({@code export briefing}) goes
     * before a shorter one that it begins with ({@code export}).
     */
    static Optional<Command> find(String[] args) {
        return all().stream()
                .filter(c -> {
                    String[] words = c.name().split(" ");
                    return words.length <= args.length
                            && Arrays.equals(words, Arrays.copyOfRange(args, 0, words.length));
                })
                .max(Comparator.comparingInt(c -> c.name().split(" ").length));
    }

    static List<Command> all() {
        return StreamSupport.stream(ServiceLoader.load(Command.class).spliterator(), false)
                .sorted(Comparator.comparing(Command::name))
                .toList();
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar jixiao-insight.jar [COMMAND ARGS…] [--jixiao.store.path=FILE]
                  (no command)   start the web app on http://localhost:8080
                """);
        all().forEach(c -> text.append(c.usage().stripTrailing()).append('\n'));
        return text.append("Options: --jixiao.store.path=FILE  where the DuckDB store lives")
                .toString();
    }
}
