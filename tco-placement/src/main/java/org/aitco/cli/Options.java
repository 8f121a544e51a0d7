package org.aitco.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parsed arguments of one command: option values, flags and positional arguments.
 *
 * <p>Rules, the same for every command: {@code --name VALUE} or {@code --name=VALUE}; a value that starts with
 * {@code --} is taken only in the second form (so {@code --json --example} is an error, not a file named
 * {@code --example}); an option given twice, an unknown option, a flag with a value and a missing value are usage
 * errors; {@code --} ends the options; {@code -h} or {@code --help} anywhere asks for the command's help.
 */
final class Options {
    private final Map<String, String> values;
    private final List<String> positional;
    private final boolean help;

    private Options(Map<String, String> values, List<String> positional, boolean help) {
        this.values = values;
        this.positional = positional;
        this.help = help;
    }

    /** Parses {@code args} for {@code command}; any problem is a {@link Cli.UsageException}. */
    static Options parse(Command command, List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean endOfOptions = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (endOfOptions) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                endOfOptions = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                return new Options(Map.of(), List.of(), true);
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                Option option = command.option(name).orElseThrow(() -> unknown(command, name));
                String value;
                if (!option.takesValue()) {
                    if (eq >= 0) {
                        throw new Cli.UsageException("option %s takes no value, got '%s'".formatted(name, arg));
                    }
                    value = "";
                } else if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 >= args.size()) {
                    throw new Cli.UsageException("option %s needs a value (%s)".formatted(name, option.label()));
                } else {
                    value = args.get(++i);
                    if (value.startsWith("--")) {
                        throw new Cli.UsageException(("option %s needs a value (%s), but the next argument is '%s'; "
                                + "write %s=%s if that is the value").formatted(name, option.label(), value, name,
                                value));
                    }
                }
                if (option.takesValue() && value.isEmpty()) {
                    throw new Cli.UsageException("option %s needs a value (%s), got an empty one".formatted(name,
                            option.label()));
                }
                if (values.put(name, value) != null) {
                    throw new Cli.UsageException("option " + name + " is given twice");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw unknown(command, arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < command.minArguments()) {
            throw new Cli.UsageException("%s needs %s".formatted(command.name(), command.arguments()));
        }
        if (positional.size() > command.maxArguments()) {
            throw new Cli.UsageException("%s takes %s, got %d arguments: %s".formatted(command.name(),
                    command.maxArguments() == 0 ? "no arguments" : command.arguments(), positional.size(),
                    String.join(" ", positional)));
        }
        return new Options(values, Collections.unmodifiableList(positional), false);
    }

    private static Cli.UsageException unknown(Command command, String name) {
        String known = command.options().stream().map(Option::name).collect(Collectors.joining(", "));
        return new Cli.UsageException("unknown option '%s'; %s takes %s".formatted(name, command.name(),
                known.isEmpty() ? "no options" : known));
    }

    /** Whether {@code --help} or {@code -h} was given. */
    boolean help() {
        return help;
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** Whether a flag was given. */
    boolean flag(String option) {
        return values.containsKey(option);
    }

    /** A file option's value as a path. */
    Optional<Path> path(String option) {
        return value(option).map(Path::of);
    }

    List<String> positional() {
        return positional;
    }

    /** Every option given, by name, in the order given. */
    Map<String, String> given() {
        return Collections.unmodifiableMap(values);
    }
}
