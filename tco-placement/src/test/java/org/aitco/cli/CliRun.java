package org.aitco.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.aitco.core.input.InputLimits;

/**
 * One run of the command line in this JVM, as the tests run it: its exit code and what it wrote to standard output
 * and standard error (neither a terminal, so no progress line).
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code args} with the default input limits. */
    static CliRun run(String... args) {
        return run(InputLimits.defaults(), args);
    }

    /** Runs {@code args} with {@code limits} on the input files. */
    static CliRun run(InputLimits limits, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), limits, false).run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
