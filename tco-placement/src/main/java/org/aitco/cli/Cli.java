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
import org.aitco.core.json.MelangeConfig;
import org.aitco.core.json.MelangeFiles;
import org.aitco.core.json.ReportJson;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Scenario;
import org.aitco.core.operate.ChargebackReport;
import org.aitco.core.operate.Chargeback;
import org.aitco.core.risk.Risk;
import org.aitco.core.risk.RiskOptions;
import org.aitco.core.risk.RiskReport;
import org.aitco.core.risk.Uncertainties;
import org.aitco.core.risk.UncertaintyFiles;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.aitco.placement.LpExport;
import org.aitco.placement.Melange;
import org.aitco.placement.MelangeAllocation;
import org.aitco.placement.Placement;
import org.aitco.placement.PlacementOptions;
import org.aitco.placement.Plan;

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
              ./aitco                          the main job on the bundled example (%s):
                                               the TCO comparison, then the placement plan
              ./aitco analyze [FILE] [--wide] [--json OUT] [--csv OUT]
                                               compare every way of serving a scenario's workloads:
                                               cloud, on-prem, hybrid; NPV, break-even, cost per unit
                                               (--wide: every cost line as a column; --csv: all columns)
              ./aitco analyze --example NAME   analyze a bundled example (%s)
              ./aitco place [FILE] [--time-limit SECONDS] [--json OUT] [--export-lp OUT.lp]
                                               the placement optimiser: servers to buy per type and site,
                                               what runs where, what stays in the cloud; --export-lp also
                                               writes the full model in CPLEX LP format (for CBC, HiGHS, SCIP)
              ./aitco place --melange CONFIG.json [--time-limit SECONDS] [--json OUT] [--export-lp OUT.lp]
                                               the cheapest GPU allocation for a configuration of Mélange
                                               (GPU-allocation solver for LLM serving) and its cost per hour
              ./aitco risk [FILE] [--uncertainties JSON] [--draws N] [--seed S] [--threads T] [--json OUT]
                                               Monte Carlo and sensitivity of the decision: NPV percentiles,
                                               chance each option is cheapest, regret, tornado, flip points
                                               (uncertainties default to risk/NAME.risk.json beside FILE)
              ./aitco report [FILE] [--out report.html] [--uncertainties JSON] [--draws N] [--seed S]
                             [--time-limit SECONDS]
                                               one self-contained HTML file with charts: hybrid cost against
                                               own servers, cumulative cash flows and break-even, cost lines,
                                               the placement plan and (with uncertainties) the risk
              ./aitco validate FILE            check a scenario file and summarise what it holds
              ./aitco chargeback FOCUS... [--pools JSON] [--usage CSV] [--utilisation CSV]
                                 [--config JSON] [--json OUT] [--report OUT.html] [--threads T] [--strict]
                                               showback/chargeback of cloud and on-prem cost per owner;
                                               FOCUS: CSV or gzip files, folders, globs; rejected rows
                                               summed up on stderr, and exit 1 with --strict
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
        if (rest.isEmpty()) {
            return mainJob();
        }
        String command = rest.removeFirst();
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(HELP.formatted(DEFAULT_EXAMPLE, String.join(", ", EXAMPLES)));
                    yield OK;
                }
                case "analyze" -> analyze(rest);
                case "validate" -> validate(rest);
                case "place" -> place(rest);
                case "risk" -> risk(rest);
                case "chargeback" -> chargeback(rest);
                case "report" -> report(rest);
                default -> usage("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (InputFileException e) {
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

    /** {@code ./aitco} alone: the TCO comparison and the placement plan of the bundled example. */
    private int mainJob() {
        try {
            Scenario scenario = bundled(DEFAULT_EXAMPLE);
            out.print(Tco.analyze(scenario).toTable());
            out.println();
            out.print(Placement.optimise(scenario).toText());
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("aitco: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int analyze(Deque<String> args) {
        boolean wide = args.remove("--wide");
        Options options = Options.parse(args, "--json", "--example", "--csv");
        Scenario scenario = scenario(options);
        TcoResult result = Tco.analyze(scenario);
        out.print(wide ? result.toWideTable() : result.toTable());
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), ReportJson.toJson(result)));
        options.value("--csv").ifPresent(file -> writeText(Path.of(file), result.toCsv()));
        return OK;
    }

    private int place(Deque<String> args) {
        Options options = Options.parse(args, "--json", "--example", "--time-limit", "--export-lp", "--melange");
        if (options.value("--melange").isPresent()) {
            return melange(options);
        }
        Scenario scenario = scenario(options);
        PlacementOptions placement = placementOptions(options);
        options.value("--export-lp").ifPresent(file -> {
            options.positional().forEach(input -> refuseToOverwrite(input, file));
            LpExport.write(scenario, placement, Path.of(file));
            err.println("aitco: wrote " + file);
        });
        Plan plan = Placement.optimise(scenario, placement);
        out.print(plan.toText());
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), ReportJson.toJson(plan)));
        return OK;
    }

    /** A usage error when {@code output} is the file {@code input}: the model export must not replace its input. */
    private static void refuseToOverwrite(String input, String output) {
        try {
            if (Files.exists(Path.of(output)) && Files.isSameFile(Path.of(input), Path.of(output))) {
                throw new UsageException("--export-lp " + output + " is the input file; give another file name");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code place --melange CONFIG.json}: Mélange's GPU-allocation problem through the placement optimiser. */
    private int melange(Options options) {
        if (!options.positional().isEmpty() || options.value("--example").isPresent()) {
            throw new UsageException("give either a scenario (FILE or --example) or --melange CONFIG.json, not both");
        }
        MelangeConfig config = MelangeFiles.read(Path.of(options.value("--melange").get()));
        PlacementOptions placement = placementOptions(options);
        options.value("--export-lp").ifPresent(file -> {
            refuseToOverwrite(options.value("--melange").get(), file);
            Melange.writeLp(config, placement, Path.of(file));
            err.println("aitco: wrote " + file);
        });
        MelangeAllocation allocation = Melange.optimise(config, placement);
        out.print(allocation.toText());
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), ReportJson.toJson(allocation)));
        return OK;
    }

    private int risk(Deque<String> args) {
        Options options = Options.parse(args, "--json", "--example", "--uncertainties", "--draws", "--seed",
                "--threads");
        Scenario scenario = scenario(options);
        Uncertainties uncertainties = uncertainties(options);
        RiskOptions riskOptions = RiskOptions.defaults();
        riskOptions = riskOptions.withDraws((int) number(options, "--draws", riskOptions.draws(), 1, 10_000_000));
        riskOptions = riskOptions.withSeed(number(options, "--seed", riskOptions.seed(), Long.MIN_VALUE,
                Long.MAX_VALUE));
        riskOptions = riskOptions.withThreads((int) number(options, "--threads", riskOptions.threads(), 1, 256));
        RiskReport report = Risk.analyze(scenario, uncertainties, riskOptions);
        out.print(report.toText());
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), report.toJson()));
        return OK;
    }

    /** {@code report FILE [--out report.html]}: the TCO comparison, the plan and, with uncertainties, the risk. */
    private int report(Deque<String> args) {
        Options options = Options.parse(args, "--out", "--example", "--uncertainties", "--draws", "--seed",
                "--time-limit");
        Scenario scenario = scenario(options);
        TcoResult tco = Tco.analyze(scenario);
        Plan plan = Placement.optimise(scenario, placementOptions(options));
        java.util.Optional<RiskReport> risk = java.util.Optional.empty();
        Uncertainties uncertainties = null;
        try {
            uncertainties = uncertainties(options);
        } catch (UsageException e) {
            err.println("aitco: no risk section: " + e.getMessage());
        }
        if (uncertainties != null) {
            RiskOptions riskOptions = RiskOptions.defaults().withDraws((int) number(options, "--draws", 2_000, 1,
                    10_000_000));
            riskOptions = riskOptions.withSeed(number(options, "--seed", riskOptions.seed(), Long.MIN_VALUE,
                    Long.MAX_VALUE));
            risk = java.util.Optional.of(Risk.analyze(scenario, uncertainties, riskOptions));
        }
        String html = org.aitco.report.HtmlReport.of(tco, java.util.Optional.of(plan), risk);
        writeText(Path.of(options.value("--out").orElse("report.html")), html);
        return OK;
    }

    private Uncertainties uncertainties(Options options) {
        if (options.value("--uncertainties").isPresent()) {
            return UncertaintyFiles.read(Path.of(options.value("--uncertainties").get()));
        }
        if (!options.positional().isEmpty()) {
            Path file = Path.of(options.positional().get(0));
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path beside = (file.getParent() == null ? Path.of(".") : file.getParent())
                    .resolve("risk").resolve(stem + ".risk.json");
            if (!Files.exists(beside)) {
                throw new UsageException("no uncertainties for " + file + ": give --uncertainties JSON (looked for "
                        + beside + ")");
            }
            return UncertaintyFiles.read(beside);
        }
        String name = options.value("--example").orElse(DEFAULT_EXAMPLE);
        String resource = "examples/risk/" + name + ".risk.json";
        try (InputStream in = Cli.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + resource + " is missing from the class path");
            }
            return UncertaintyFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + ".risk.json (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Options options, String option, long fallback, long min, long max) {
        if (options.value(option).isEmpty()) {
            return fallback;
        }
        String text = options.value(option).get();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " (" + text + ") must be a whole number");
        }
        if (value < min || value > max) {
            throw new UsageException("%s (%s) must be between %d and %d".formatted(option, text, min, max));
        }
        return value;
    }

    private static PlacementOptions placementOptions(Options options) {
        PlacementOptions p = PlacementOptions.defaults();
        if (options.value("--time-limit").isPresent()) {
            p = p.withTimeLimit(java.time.Duration.ofSeconds(number(options, "--time-limit", 60, 1, 3600)));
        }
        return p;
    }

    private int validate(Deque<String> args) {
        Options options = Options.parse(args, "--example");
        Scenario scenario = scenario(options);
        out.print(ScenarioSummary.of(scenario));
        out.println("The scenario is valid.");
        return OK;
    }

    private int chargeback(Deque<String> args) {
        boolean strict = args.removeIf("--strict"::equals); // a flag without a value (Options takes pairs)
        Options options = Options.parse(args, "--pools", "--usage", "--utilisation", "--config", "--json",
                "--report", "--threads");
        if (options.positional().isEmpty()) {
            throw new UsageException("chargeback needs at least one FOCUS cost file (CSV)");
        }
        Chargeback.Builder request = Chargeback.builder();
        options.positional().forEach(f -> request.focus(Path.of(f)));
        options.value("--pools").ifPresent(f -> request.onPremPools(Path.of(f)));
        options.value("--usage").ifPresent(f -> request.usage(Path.of(f)));
        options.value("--utilisation").ifPresent(f -> request.utilisation(Path.of(f)));
        options.value("--config").ifPresent(f -> request.config(Path.of(f)));
        options.value("--threads").ifPresent(t -> {
            try {
                request.threads(Integer.parseInt(t));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--threads (" + t + ") must be a whole number from 1 to 256");
            }
        });
        if (System.console() != null) {
            request.progress(err); // a progress line for large files, only on a terminal
        }
        ChargebackReport report = request.run();
        out.print(report.toText());
        options.value("--json").ifPresent(file -> writeJson(Path.of(file), ReportJson.toJson(report)));
        options.value("--report").ifPresent(file -> writeText(Path.of(file), org.aitco.report.HtmlReport.of(report)));
        if (!report.rejectionSummary().isEmpty()) {
            err.print("aitco: " + report.rejectionSummary());
        }
        if (!report.balanced()) {
            err.println("aitco: the allocations do not sum to the input costs; see the reconciliation above");
            return BAD_INPUT;
        }
        if (strict && report.rowsRejected() > 0) {
            err.println("aitco: --strict: %d row(s) rejected; correct them or run without --strict"
                    .formatted(report.rowsRejected()));
            return BAD_INPUT;
        }
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

    private void writeText(Path file, String text) {
        writeJson(file, text);
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
