package org.aitco.cli;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Options of one command: {@code --name value} pairs from a known set, and positional arguments. */
final class Options {
    private final Map<String, String> values;
    private final List<String> positional;

    private Options(Map<String, String> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    /** Parses {@code args}; any option not in {@code known} is a usage error. */
    static Options parse(Deque<String> args, String... known) {
        Set<String> allowed = Set.of(known);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        while (!args.isEmpty()) {
            String arg = args.removeFirst();
            if (arg.startsWith("--")) {
                if (!allowed.contains(arg)) {
                    throw new Cli.UsageException("unknown option '%s'; this command takes %s"
                            .formatted(arg, allowed.isEmpty() ? "no options" : String.join(", ", known)));
                }
                if (args.isEmpty()) {
                    throw new Cli.UsageException("option " + arg + " needs a value");
                }
                if (values.put(arg, args.removeFirst()) != null) {
                    throw new Cli.UsageException("option " + arg + " is given twice");
                }
            } else {
                positional.add(arg);
            }
        }
        return new Options(values, positional);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    List<String> positional() {
        return positional;
    }
}
