package org.aitco.cli;

/**
 * The {@code aitco} command line; {@code ./aitco --help} lists the commands.
 *
 * <p>Exit codes: 0 success, 1 bad input (a scenario or data file with problems, each named on stderr),
 * 2 bad usage (unknown command or option).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }
}
