package org.aitco.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.aitco.core.json.ScenarioFileException;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;

/** Parses the command line, runs one command and maps failures to exit codes and messages on stderr. */
final class Cli {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;

    /** The scenario that {@code ./aitco} runs on when no file is given. */
    static final String DEFAULT_EXAMPLE = "steady-chatbot";

    private static final String HELP = """
            aitco: FinOps for AI inference (TCO of cloud, on-prem and hybrid serving)

            Usage:
              ./aitco                          analyze the bundled example (%s)
              ./aitco analyze [FILE] [--json OUT]
                                               validate a scenario and compare every way of serving it
              ./aitco analyze --example NAME   analyze a bundled example (%s)
              ./aitco jshell                   JShell with the library on the class path
              ./aitco --help                   this text

            Exit codes: 0 success, 1 bad input (each problem named on stderr), 2 bad usage.
            Scenario format: docs/scenario-format.md
            """;

    private static final List<String> EXAMPLES = List.of("steady-chatbot", "bursty-rnd");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.isEmpty() ? "analyze" : rest.removeFirst();
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(HELP.formatted(DEFAULT_EXAMPLE, String.join(", ", EXAMPLES)));
                    yield OK;
                }
                case "analyze" -> analyze(rest);
                default -> usage("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (ScenarioFileException e) {
            err.println("aitco: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("aitco: " + e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("aitco: " + describe(e.getCause()));
            return BAD_INPUT;
        }
    }

    private int analyze(Deque<String> args) {
        Options options = Options.parse(args, "--json", "--example");
        Scenario scenario = scenario(options);
        out.print(ScenarioSummary.of(scenario));
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), ScenarioFiles.toJson(scenario)));
        return OK;
    }

    private Scenario scenario(Options options) {
        if (options.positional().size() > 1) {
            throw new UsageException("expected at most one scenario FILE, got " + options.positional());
        }
        if (!options.positional().isEmpty()) {
            if (options.value("--example").isPresent()) {
                throw new UsageException("give either a FILE or --example, not both");
            }
            return ScenarioFiles.read(Path.of(options.positional().get(0)));
        }
        return bundled(options.value("--example").orElse(DEFAULT_EXAMPLE));
    }

    /** A bundled example scenario, read from the class path. */
    static Scenario bundled(String name) {
        if (!EXAMPLES.contains(name)) {
            throw new UsageException("unknown example '" + name + "'; bundled examples: " + EXAMPLES);
        }
        String resource = "examples/" + name + ".json";
        try (InputStream in = Cli.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled example " + resource + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return ScenarioFiles.read(reader, name + ".json (bundled)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeJson(Path file, String json) {
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            err.println("aitco: wrote " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int usage(String message) {
        err.println("aitco: " + message);
        err.println("Run ./aitco --help for the commands.");
        return BAD_USAGE;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** A mistake in the command line itself. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
