package org.aitco.cli;

import java.util.Objects;

/**
 * One option of a command, for parsing and for its help line.
 *
 * @param name  with its dashes, {@code --json}
 * @param kind  a flag, or what its value is
 * @param label the value's name in the help ({@code OUT}); empty for a flag
 * @param help  one line
 */
record Option(String name, Kind kind, String label, String help) {
    /** What an option's value is; input and output files are checked before a command computes anything. */
    enum Kind {
        /** No value: present or not. */
        FLAG,
        /** A value that is not a file. */
        VALUE,
        /** A file the command reads: never overwritten by an output of the same command. */
        INPUT,
        /** A file the command writes, atomically: never an input file of the same command. */
        OUTPUT
    }

    Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("option name (" + name + ") must start with --");
        }
        if ((kind == Kind.FLAG) != label.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": a flag has no label, a value has one");
        }
    }

    static Option flag(String name, String help) {
        return new Option(name, Kind.FLAG, "", help);
    }

    static Option value(String name, String label, String help) {
        return new Option(name, Kind.VALUE, label, help);
    }

    static Option input(String name, String label, String help) {
        return new Option(name, Kind.INPUT, label, help);
    }

    static Option output(String name, String label, String help) {
        return new Option(name, Kind.OUTPUT, label, help);
    }

    boolean takesValue() {
        return kind != Kind.FLAG;
    }

    /** {@code --json OUT} or {@code --strict}. */
    String synopsis() {
        return takesValue() ? name + " " + label : name;
    }
}
