package org.aitco.cli;

import org.aitco.core.input.InputLimits;

/**
 * The {@code aitco} command line; {@code ./aitco --help} lists the commands, {@code ./aitco COMMAND --help} a
 * command's options, and both the exit codes (0 success, 1 bad input or no answer, 2 bad usage, 3 an output
 * could not be written, 4 internal error).
 *
 * <p>Environment: {@code AITCO_MAX_JSON_MB} and {@code AITCO_MAX_CSV_MB} set the input size limits,
 * {@code AITCO_DEBUG=1} prints the stack trace of an internal error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        Cli cli;
        try {
            cli = new Cli(System.out, System.err, limits(), "1".equals(System.getenv("AITCO_DEBUG")));
        } catch (Cli.UsageException e) {
            System.err.println("aitco: " + e.getMessage());
            System.exit(Cli.BAD_USAGE);
            return;
        }
        code = cli.run(args);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    private static InputLimits limits() {
        InputLimits limits = InputLimits.defaults();
        limits = limits.withJsonMaxBytes(megabytes("AITCO_MAX_JSON_MB", limits.jsonMaxBytes()));
        return limits.withCsvMaxBytes(megabytes("AITCO_MAX_CSV_MB", limits.csvMaxBytes()));
    }

    private static long megabytes(String variable, long fallback) {
        String text = System.getenv(variable);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long mb = Long.parseLong(text.trim());
            if (mb >= 1 && mb <= 1L << 30) {
                return mb << 20;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Cli.UsageException("%s (%s) must be a whole number of MiB between 1 and %d".formatted(variable,
                text, 1L << 30));
    }
}
