package org.aitco.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of the command line: its name, arguments, options and help, and what it runs.
 *
 * @param name           {@code analyze}
 * @param arguments      the positional arguments as shown in the usage line, {@code [FILE]}; empty if none
 * @param minArguments   how many positional arguments it needs at least
 * @param maxArguments   at most ({@code Integer.MAX_VALUE} for any number)
 * @param summary        one line for the list of commands
 * @param description    a paragraph for the command's own help
 * @param options        its options, in the order of the help
 * @param run            what it does with the parsed options; returns the exit code
 */
record Command(String name, String arguments, int minArguments, int maxArguments, String summary,
        String description, List<Option> options, Action run) {

    /** What a command does; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(Options options);
    }

    Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
        Objects.requireNonNull(run, "run");
        if (minArguments < 0 || maxArguments < minArguments) {
            throw new IllegalArgumentException("command " + name + ": arguments %d..%d".formatted(minArguments,
                    maxArguments));
        }
    }

    Optional<Option> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** {@code ./aitco analyze [FILE] [--example NAME] [--json OUT]}. */
    String usage() {
        StringBuilder b = new StringBuilder("./aitco ").append(name);
        if (!arguments.isEmpty()) {
            b.append(' ').append(arguments);
        }
        for (Option o : options) {
            b.append(" [").append(o.synopsis()).append(']');
        }
        return b.toString();
    }
}
