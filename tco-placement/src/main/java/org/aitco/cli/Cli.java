package org.aitco.cli;

import static org.aitco.cli.Option.flag;
import static org.aitco.cli.Option.input;
import static org.aitco.cli.Option.output;
import static org.aitco.cli.Option.value;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aitco.core.input.InputFiles;
import org.aitco.core.input.InputLimits;
import org.aitco.core.input.OutputFile;
import org.aitco.core.input.UnreadableFileException;
import org.aitco.core.json.MelangeConfig;
import org.aitco.core.json.MelangeFiles;
import org.aitco.core.json.ReportJson;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Scenario;
import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackReport;
import org.aitco.core.risk.Risk;
import org.aitco.core.risk.RiskOptions;
import org.aitco.core.risk.RiskReport;
import org.aitco.core.risk.Uncertainties;
import org.aitco.core.risk.UncertaintyFiles;
import org.aitco.core.tco.Portfolio;
import org.aitco.core.text.Tables;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.aitco.placement.LpExport;
import org.aitco.placement.Melange;
import org.aitco.placement.MelangeAllocation;
import org.aitco.placement.Placement;
import org.aitco.placement.PlacementOptions;
import org.aitco.placement.Plan;
import org.aitco.placement.PlanStatus;

/**
 * Parses the command line, runs one command and maps failures to exit codes and messages on stderr.
 *
 * <p>Every command is one {@link Command} in {@link #commands}: its options, its help and what it runs. The
 * parsing rules ({@link Options}), the checks of output files ({@link OutputFiles#check}), the limits of input
 * files and the exit codes are the same for all commands. To add a command or an option, add it there.
 */
final class Cli {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;
    static final int CANNOT_WRITE = 3;
    static final int INTERNAL_ERROR = 4;

    /** The exit codes, one table for every command: in {@code --help}, each command's help and the README. */
    static final String EXIT_CODES = """
            Exit codes (every command):
              0  success: the result is printed and every output file written
              1  bad input, or no answer for it: a file or value was rejected (each problem on stderr, naming the
                 file and the field or line, with the value), an output file's folder does not exist, analyze
                 finds no option that serves a workload, place finds no feasible plan (INFEASIBLE, with the
                 reason), chargeback does not reconcile. No output file is written.
              2  bad usage: unknown command or option, a missing or malformed option value, an output file that
                 is an input of the same command. Nothing is read or written.
              3  an output file or standard output could not be written (a full disk, say): the message names the
                 file; a previous file of that name is left as it was
              4  internal error, a bug: please report it with the command line (AITCO_DEBUG=1 shows the stack trace)
            """;

    /** The scenario that {@code ./aitco} runs on when no file is given. */
    static final String DEFAULT_EXAMPLE = "steady-chatbot";

    private static final List<String> EXAMPLES = List.of("steady-chatbot", "bursty-rnd");

    private static final String SCENARIO_ARGUMENT = "[FILE]";

    private final PrintStream out;
    private final PrintStream err;
    private final InputLimits limits;
    private final boolean debug;
    private final List<Command> commands;

    Cli(PrintStream out, PrintStream err) {
        this(out, err, InputLimits.defaults(), false);
    }

    Cli(PrintStream out, PrintStream err, InputLimits limits, boolean debug) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.debug = debug;
        this.commands = commands();
    }

    private List<Command> commands() {
        Option example = value("--example", "NAME", "a bundled example instead of FILE: " + String.join(", ",
                EXAMPLES));
        Option json = output("--json", "OUT", "also write the full result as JSON to OUT");
        Option wide = flag("--wide", "every column and line as it comes (the default fits 120 columns)");
        Option quiet = flag("--quiet", "no progress line on stderr (shown only when stderr is a terminal)");
        List<Command> all = new ArrayList<>();
        all.add(new Command("analyze", SCENARIO_ARGUMENT, 0, 1,
                "compare every way of serving the workloads: cloud, on-prem, hybrid",
                """
                Compares every way of serving each workload of the scenario FILE (default: the bundled %s): all
                cloud per offering and pricing, all on-prem per server type and site, the optimal hybrid; with cost
                lines, NPV, break-even and cost per unit; then the portfolio with the saving from pooling."""
                        .formatted(DEFAULT_EXAMPLE),
                List.of(example, flag("--wide", "every cost line as a column (the default fits 120 columns)"), json,
                        output("--csv", "OUT", "also write the table with all columns as CSV to OUT")),
                this::analyze));
        all.add(new Command("place", SCENARIO_ARGUMENT, 0, 1,
                "the placement optimiser: servers to buy, what runs where, what stays in the cloud",
                """
                Optimises the placement of every workload of FILE at once (ojAlgo): servers to buy per type and
                site, each workload's shares, cloud instances per time slice, and the plan's status: OPTIMAL,
                FEASIBLE with its gap, or INFEASIBLE with the reason (exit code 1). With --melange, the cheapest
                GPU allocation for a configuration of Melange (GPU-allocation solver for LLM serving) instead.""",
                List.of(example, value("--time-limit", "SECONDS", "stop the solver after this long (1..3600, default 60)"),
                        wide, quiet, json, output("--csv", "OUT", "also write where each workload runs as CSV to OUT"),
                        output("--export-lp", "OUT.lp",
                                "also write the full model in CPLEX LP format (for CBC, HiGHS, SCIP)"),
                        input("--melange", "CONFIG.json", "a Melange configuration instead of a scenario")),
                this::place));
        all.add(new Command("risk", SCENARIO_ARGUMENT, 0, 1,
                "Monte Carlo and sensitivity of the decision",
                """
                Draws the uncertain inputs many times: NPV percentiles per option, the chance each option is the
                cheapest, regret, break-even month, tornado and flip points. The uncertainties default to
                risk/NAME.risk.json beside FILE (docs/risk.md).""",
                List.of(example, input("--uncertainties", "JSON", "the uncertainty file"),
                        value("--draws", "N", "number of draws (1..10000000)"),
                        value("--seed", "S", "random seed, for a repeatable run"),
                        value("--threads", "T", "threads to draw on (1..256)"), wide, quiet, json,
                        output("--csv", "OUT", "also write the options table (NPV percentiles, cheapest, regret) as CSV")),
                this::risk));
        all.add(new Command("report", SCENARIO_ARGUMENT, 0, 1,
                "one self-contained HTML file with charts of the analysis, the plan and the risk",
                """
                Writes one self-contained HTML file with charts: hybrid cost against own servers, cumulative cash
                flows and break-even, cost lines, the placement plan and (with uncertainties) the risk.""",
                List.of(example, output("--out", "HTML", "the file to write (default report.html)"),
                        input("--uncertainties", "JSON", "the uncertainty file for the risk section"),
                        value("--draws", "N", "number of draws (1..10000000, default 2000)"),
                        value("--seed", "S", "random seed, for a repeatable run"),
                        value("--time-limit", "SECONDS", "stop the placement solver after this long (1..3600)")),
                this::report));
        all.add(new Command("validate", SCENARIO_ARGUMENT, 0, 1,
                "check a scenario file and summarise what it holds",
                """
                Reads FILE with every check that analyze and place run before they compute, and summarises what
                it holds, so that you see the file was read as meant.""",
                List.of(example), this::validate));
        all.add(new Command("chargeback", "FOCUS...", 0, Integer.MAX_VALUE,
                "showback/chargeback of cloud and on-prem cost per owner and month",
                """
                Allocates cloud cost (FOCUS: CSV or gzip files, folders, globs) and on-prem pools to owners per
                month, idle and shared capacity included, reconciled to the cent; utilisation and
                recommendations (docs/chargeback.md). Rejected rows are summed up on stderr; with --strict any
                rejected row makes the exit code 1.""",
                List.of(input("--pools", "JSON", "on-prem cost pools"), input("--usage", "CSV", "usage per owner"),
                        input("--utilisation", "CSV", "utilisation series"),
                        input("--config", "JSON", "chargeback configuration"), json,
                        output("--csv", "OUT", "also write the cost per owner and month as CSV to OUT"),
                        output("--report", "OUT.html", "also write an HTML report of cost per owner and month"),
                        value("--threads", "T", "threads to parse FOCUS files on (1..256)"),
                        value("--duplicate-rows", "POLICY", "a FOCUS row that repeats an earlier one byte for byte: "
                                + "warn (charge it, the default), reject, or off (no check, no memory per row)"),
                        flag("--strict", "exit 1 when any row is rejected"), wide, quiet),
                this::chargeback));
        return List.copyOf(all);
    }

    int run(String... args) {
        Objects.requireNonNull(args, "args");
        int code;
        try {
            code = dispatch(List.of(args));
        } catch (UsageException e) {
            code = usage(e.getMessage());
        } catch (OutputFiles.CannotWriteException | OutputFile.UnwritableFileException e) {
            err.println("aitco: " + e.getMessage());
            code = CANNOT_WRITE;
        } catch (InputFileException e) {
            err.println("aitco: " + e.getMessage());
            code = BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("aitco: " + describe(e));
            code = BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("aitco: " + e.getMessage());
            code = BAD_INPUT;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("aitco: internal error, a bug: %s: %s".formatted(e.getClass().getSimpleName(),
                    e.getMessage()));
            err.println("Please report it with the command line; AITCO_DEBUG=1 shows the stack trace.");
            if (debug) {
                e.printStackTrace(err);
            }
            code = INTERNAL_ERROR;
        }
        out.flush();
        if (out.checkError()) {
            err.println("aitco: could not write the result to standard output");
            return code == OK ? CANNOT_WRITE : code;
        }
        return code;
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            return mainJob();
        }
        String name = args.get(0);
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            if (args.size() > 1) {
                out.print(help(command(args.get(1))));
            } else {
                out.print(help());
            }
            return OK;
        }
        Command command = command(name);
        Options options = Options.parse(command, args.subList(1, args.size()));
        if (options.help()) {
            out.print(help(command));
            return OK;
        }
        OutputFiles.check(command, options);
        return command.run().run(options);
    }

    private Command command(String name) {
        if (name.equals("jshell")) {
            throw new UsageException("jshell is run by the ./aitco launcher, not by the Java entry point");
        }
        return commands.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("unknown command '%s'; the commands are %s".formatted(name,
                        String.join(", ", commands.stream().map(Command::name).toList()))));
    }

    /** {@code ./aitco --help}: every command, the option rules, the exit codes and the limits. */
    String help() {
        StringBuilder b = new StringBuilder("""
                aitco: FinOps for AI inference (TCO of cloud, on-prem and hybrid serving)

                Usage:
                  ./aitco                  the main job on the bundled example (%s):
                                           the TCO comparison, then the placement plan
                """.formatted(DEFAULT_EXAMPLE));
        for (Command c : commands) {
            b.append("  ./aitco %-16s %s%n".formatted(c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments()),
                    c.summary()));
        }
        b.append("""
                  ./aitco jshell           JShell with the library on the class path and its packages imported
                  ./aitco COMMAND --help   a command's options
                  ./aitco --help           this text

                Options are written --name VALUE or --name=VALUE; a VALUE that starts with -- only as
                --name=VALUE. An output file is never an input of the same command, and is written whole or not at all.

                """);
        b.append(EXIT_CODES).append('\n').append(limitsText());
        b.append("Scenario format: docs/scenario-format.md; bad input and limits: docs/bad-input.md\n");
        return b.toString();
    }

    /** {@code ./aitco COMMAND --help}. */
    String help(Command c) {
        // lines of at most 120 characters (Tables.wrap), continued under the usage or the option's help
        StringBuilder b = new StringBuilder(Tables.wrap("Usage: " + c.usage(), " ".repeat(16 + c.name().length())))
                .append(System.lineSeparator());
        b.append(c.description()).append("\n\nOptions:\n");
        for (Option o : c.options()) {
            b.append(Tables.wrap("  %-22s %s".formatted(o.synopsis(), o.help()), " ".repeat(25)));
        }
        b.append("  %-22s %s%n".formatted("-h, --help", "this text"));
        b.append('\n').append(EXIT_CODES).append('\n').append(limitsText());
        return b.toString();
    }

    private String limitsText() {
        return """
                Limits: input JSON files up to %d MiB (AITCO_MAX_JSON_MB), CSV files up to %d MiB (AITCO_MAX_CSV_MB).
                """.formatted(limits.jsonMaxBytes() >> 20, limits.csvMaxBytes() >> 20);
    }

    /** {@code ./aitco} alone: the TCO comparison and the placement plan of the bundled example. */
    private int mainJob() {
        Scenario scenario = bundled(DEFAULT_EXAMPLE);
        TcoResult tco = Tco.analyze(scenario);
        out.print(tco.toTable());
        out.println();
        Plan plan;
        PlacementOptions placement = PlacementOptions.defaults();
        try (ProgressDisplay progress = ProgressDisplay.open(err, false, "place",
                scenario.financials().reportingCurrency().getCurrencyCode(), placement.timeLimit())) {
            plan = Placement.optimise(scenario, progress == null ? placement : placement.withProgress(progress));
        }
        out.print(plan.toText());
        if (plan.isFeasible()) {
            out.print(Tables.wrap(planVersusPortfolio(plan.cost().total(), plan.status(), tco.portfolio()), "  "));
        }
        return OK;
    }

    /**
     * One line: how the placement plan's cost relates to the portfolio's best plan, and why they differ (the
     * portfolio pools one server type at one site with at most one offering; the optimiser mixes them).
     */
    static String planVersusPortfolio(org.aitco.core.money.Money plan, PlanStatus status, Portfolio portfolio) {
        double best = portfolio.bestNpv().amount().doubleValue();
        double gap = best == 0 ? 0 : (best - plan.amount().doubleValue()) / best;
        String bestPlan = portfolio.bestPool().isEmpty() ? "each workload at its cheapest option"
                : "pooled on " + portfolio.bestPool();
        String head = String.format(java.util.Locale.ROOT, "Placement plan %,.0f %s is %.1f %% %s the portfolio's best "
                        + "(%,.0f %s, %s)", plan.amount().doubleValue(), plan.currency().getCurrencyCode(),
                100 * Math.abs(gap), gap >= 0 ? "below" : "above", best, plan.currency().getCurrencyCode(), bestPlan);
        if (Math.abs(gap) < 0.0005) {
            return head + ": the optimiser finds no cheaper mix than the portfolio's best";
        }
        if (gap > 0) {
            return head + ": the optimiser may mix server types, sites and offerings for each workload, the "
                    + "portfolio pools one server type at one site with at most one offering";
        }
        return head + (status instanceof PlanStatus.Optimal
                ? ": the optimiser plans on time slices of similar load (see the notes above), the portfolio hour by hour"
                : ": the plan is " + status + ", not proven optimal");
    }

    private int analyze(Options options) {
        Scenario scenario = scenario(options);
        TcoResult result = ofScenario(options, () -> Tco.analyze(scenario));
        out.print(options.flag("--wide") ? result.toWideTable() : result.toTable());
        options.path("--json").ifPresent(file -> writeOutput(file, ReportJson.toJson(result)));
        options.path("--csv").ifPresent(file -> writeOutput(file, result.toCsv()));
        return OK;
    }

    private int place(Options options) {
        if (options.value("--melange").isPresent()) {
            return melange(options);
        }
        Scenario scenario = scenario(options);
        PlacementOptions placement = placementOptions(options);
        Plan plan;
        try (ProgressDisplay progress = ProgressDisplay.open(err, options.flag("--quiet"), "place",
                scenario.financials().reportingCurrency().getCurrencyCode(), placement.timeLimit())) {
            PlacementOptions listened = progress == null ? placement : placement.withProgress(progress);
            plan = ofScenario(options, () -> Placement.optimise(scenario, listened));
        }
        out.print(options.flag("--wide") ? plan.toWideText() : plan.toText());
        if (plan.status() instanceof PlanStatus.Infeasible infeasible) {
            err.println("aitco: %s: no feasible plan: %s".formatted(scenarioSource(options), infeasible.reason()));
            return BAD_INPUT;
        }
        options.path("--export-lp").ifPresent(file -> writeOutput(file, LpExport.toLp(scenario, placement)));
        options.path("--json").ifPresent(file -> writeOutput(file, ReportJson.toJson(plan)));
        options.path("--csv").ifPresent(file -> writeOutput(file, plan.toCsv()));
        return OK;
    }

    /** {@code place --melange CONFIG.json}: Melange's GPU-allocation problem through the placement optimiser. */
    private int melange(Options options) {
        if (!options.positional().isEmpty() || options.value("--example").isPresent()) {
            throw new UsageException("give either a scenario (FILE or --example) or --melange CONFIG.json, not both");
        }
        Path file = options.path("--melange").orElseThrow();
        MelangeConfig config = MelangeFiles.fromJson(readJson(file), file.toString());
        PlacementOptions placement = placementOptions(options);
        MelangeAllocation allocation = Melange.optimise(config, placement);
        out.print(allocation.toText());
        options.path("--export-lp").ifPresent(lp -> {
            // Melange writes its LP itself; OutputFiles checked the path before anything ran
            Melange.writeLp(config, placement, lp);
            err.println("aitco: wrote " + lp);
        });
        options.path("--json").ifPresent(json -> writeOutput(json, ReportJson.toJson(allocation)));
        return OK;
    }

    /** {@code report FILE [--out report.html]}: the TCO comparison, the plan and, with uncertainties, the risk. */
    private int report(Options options) {
        Path target = options.path("--out").orElse(Path.of("report.html"));
        if (options.path("--out").isEmpty()) {
            OutputFiles.checkDefault("--out", target, options);
        }
        Scenario scenario = scenario(options);
        TcoResult tco = ofScenario(options, () -> Tco.analyze(scenario));
        Plan plan = ofScenario(options, () -> Placement.optimise(scenario, placementOptions(options)));
        Optional<RiskReport> risk = Optional.empty();
        Uncertainties uncertainties = null;
        try {
            uncertainties = uncertainties(options);
        } catch (UsageException e) {
            err.println("aitco: no risk section: " + e.getMessage());
        }
        if (uncertainties != null) {
            RiskOptions riskOptions = RiskOptions.defaults().withDraws((int) number(options, "--draws", 2_000, 1,
                    10_000_000));
            RiskOptions chosen = riskOptions.withSeed(number(options, "--seed", riskOptions.seed(), Long.MIN_VALUE,
                    Long.MAX_VALUE));
            Uncertainties u = uncertainties;
            risk = Optional.of(ofScenario(options, () -> Risk.analyze(scenario, u, chosen)));
        }
        String html = org.aitco.report.HtmlReport.of(tco, Optional.of(plan), risk);
        writeOutput(target, html);
        return OK;
    }

    private int risk(Options options) {
        Scenario scenario = scenario(options);
        Uncertainties uncertainties = uncertainties(options);
        RiskOptions riskOptions = RiskOptions.defaults();
        riskOptions = riskOptions.withDraws((int) number(options, "--draws", riskOptions.draws(), 1, 10_000_000));
        riskOptions = riskOptions.withSeed(number(options, "--seed", riskOptions.seed(), Long.MIN_VALUE,
                Long.MAX_VALUE));
        riskOptions = riskOptions.withThreads((int) number(options, "--threads", riskOptions.threads(), 1, 256));
        RiskReport report;
        try (ProgressDisplay progress = ProgressDisplay.open(err, options.flag("--quiet"), "risk",
                scenario.financials().reportingCurrency().getCurrencyCode(), null)) {
            RiskOptions chosen = progress == null ? riskOptions : riskOptions.withProgress(progress);
            report = ofScenario(options, () -> Risk.analyze(scenario, uncertainties, chosen));
        } catch (IllegalArgumentException e) {
            // a draw the scenario does not accept is a problem of the uncertainty file: name it
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("inputs[") || message.startsWith("correlations[")) {
                throw new IllegalArgumentException(uncertaintySource(options) + ": " + message, e);
            }
            throw e;
        }
        out.print(options.flag("--wide") ? report.toWideText() : report.toText());
        options.path("--json").ifPresent(file -> writeOutput(file, report.toJson()));
        options.path("--csv").ifPresent(file -> writeOutput(file, report.toCsv()));
        return OK;
    }

    /**
     * Runs a computation on the scenario; a problem it finds in the scenario's content (no option serves a
     * workload, a site too small for any server) is reported with the scenario file's name, as the reader's are.
     */
    private static <T> T ofScenario(Options options, java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("workload ")) {
                throw new IllegalArgumentException(scenarioSource(options) + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The name of the scenario as in its messages: the file, or the bundled example. */
    private static String scenarioSource(Options options) {
        return options.positional().isEmpty()
                ? options.value("--example").orElse(DEFAULT_EXAMPLE) + ".json (bundled)"
                : options.positional().get(0);
    }

    /** The name of the uncertainty file that {@link #uncertainties} reads, as in its messages. */
    private static String uncertaintySource(Options options) {
        if (options.value("--uncertainties").isPresent()) {
            return options.value("--uncertainties").get();
        }
        if (!options.positional().isEmpty()) {
            return besideUncertainties(Path.of(options.positional().get(0))).toString();
        }
        return options.value("--example").orElse(DEFAULT_EXAMPLE) + ".risk.json (bundled)";
    }

    private static Path besideUncertainties(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        return (file.getParent() == null ? Path.of(".") : file.getParent()).resolve("risk").resolve(stem + ".risk.json");
    }

    private Uncertainties uncertainties(Options options) {
        Optional<Path> given = options.path("--uncertainties");
        if (given.isPresent()) {
            return UncertaintyFiles.fromJson(readJson(given.get()), given.get().toString());
        }
        if (!options.positional().isEmpty()) {
            Path file = Path.of(options.positional().get(0));
            Path beside = besideUncertainties(file);
            if (!Files.exists(beside)) {
                throw new UsageException("no uncertainties for " + file + ": give --uncertainties JSON (looked for "
                        + beside + ")");
            }
            return UncertaintyFiles.fromJson(readJson(beside), beside.toString());
        }
        String name = options.value("--example").orElse(DEFAULT_EXAMPLE);
        return UncertaintyFiles.fromJson(resource("examples/risk/" + name + ".risk.json"), name + ".risk.json (bundled)");
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

    /**
     * Reads the scenario, then runs what analyze and place check before they compute: analyze itself (it rejects
     * a workload that no option can serve, naming every platform and why), and the placement's checks before
     * solving (a workload with nowhere to run, a peak beyond every site it may use).
     */
    private int validate(Options options) {
        Scenario scenario = scenario(options);
        out.print(ScenarioSummary.of(scenario));
        ofScenario(options, () -> Tco.analyze(scenario));
        Optional<String> infeasible = Placement.infeasibleBeforeSolving(scenario);
        if (infeasible.isPresent()) {
            err.println("aitco: %s: place would find no feasible plan: %s".formatted(scenarioSource(options),
                    infeasible.get()));
            return BAD_INPUT;
        }
        out.println("The scenario is valid. analyze and place can run on it.");
        return OK;
    }

    private int chargeback(Options options) {
        if (options.positional().isEmpty()) {
            throw new UsageException("chargeback needs at least one FOCUS cost file (CSV)");
        }
        Chargeback.Builder request = Chargeback.builder();
        // FOCUS arguments may be folders, globs or gzip files: the chargeback reader checks them
        options.positional().forEach(f -> request.focus(Path.of(f)));
        options.path("--pools").ifPresent(f -> request.onPremPools(checkedJson(f)));
        options.path("--usage").ifPresent(f -> request.usage(checkedCsv(f)));
        options.path("--utilisation").ifPresent(f -> request.utilisation(checkedCsv(f)));
        options.path("--config").ifPresent(f -> request.config(checkedJson(f)));
        if (options.value("--threads").isPresent()) {
            request.threads((int) number(options, "--threads", 1, 1, 256));
        }
        options.value("--duplicate-rows").ifPresent(p -> request.duplicateRows(switch (p) {
            case "warn" -> Chargeback.DuplicateRowPolicy.CHARGE_AND_WARN;
            case "reject" -> Chargeback.DuplicateRowPolicy.REJECT;
            case "off" -> Chargeback.DuplicateRowPolicy.OFF;
            default -> throw new UsageException("--duplicate-rows (%s) must be warn, reject or off".formatted(p));
        }));
        ChargebackReport report;
        try (ProgressDisplay progress = ProgressDisplay.open(err, options.flag("--quiet"), "chargeback", "", null)) {
            if (progress != null) {
                request.progress(progress);
            }
            report = request.run();
        }
        out.print(options.flag("--wide") ? report.toWideText() : report.toText());
        if (!report.rejectionSummary().isEmpty()) {
            err.print("aitco: " + report.rejectionSummary());
        }
        if (!report.balanced()) {
            err.println("aitco: the allocations do not sum to the input costs; see the reconciliation above");
            return BAD_INPUT;
        }
        if (options.flag("--strict") && report.rowsRejected() > 0) {
            err.println("aitco: --strict: %d row(s) rejected; correct them or run without --strict"
                    .formatted(report.rowsRejected()));
            return BAD_INPUT;
        }
        options.path("--json").ifPresent(file -> writeOutput(file, ReportJson.toJson(report)));
        options.path("--report").ifPresent(file -> writeOutput(file, org.aitco.report.HtmlReport.of(report)));
        options.path("--csv").ifPresent(file -> writeOutput(file, ownersCsv(report)));
        return OK;
    }

    /**
     * The chargeback's cost per owner and month as CSV (RFC 4180, a header row): amounts as plain decimals in the
     * report's currency, named in the header; the idle share a fraction; an empty cell where there is no value.
     */
    static String ownersCsv(ChargebackReport report) {
        String c = "_" + report.currency();
        List<String> header = List.of("owner", "month", "total" + c, "cloud" + c, "on_prem" + c, "idle" + c,
                "shared" + c, "idle_share", "accelerator_hours_used", "accelerator_hours_paid", "tokens", "requests",
                "cost_per_million_tokens" + c);
        List<List<String>> rows = new ArrayList<>();
        for (ChargebackReport.OwnerPeriod o : report.owners()) {
            rows.add(List.of(o.owner(), o.period(), o.total().amount().toPlainString(),
                    o.cloud().amount().toPlainString(), o.onPrem().amount().toPlainString(),
                    o.idle().amount().toPlainString(), o.shared().amount().toPlainString(),
                    Tables.plain(o.idleShare()), Tables.plain(o.acceleratorHoursUsed()),
                    Tables.plain(o.acceleratorHoursPaid()), Long.toString(o.tokens()), Long.toString(o.requests()),
                    o.costPerMillionTokens() == null ? "" : o.costPerMillionTokens().toPlainString()));
        }
        return Tables.csv(header, rows);
    }

    /**
     * An input file read by code that takes a path (chargeback): checked here to be a regular file within the
     * limit, since only regular files have a size to check before reading.
     */
    private static Path checkedInput(Path file, long maxBytes) {
        try (InputStream in = InputFiles.stream(file, maxBytes)) {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(file, "is not a regular file (a pipe or a device); expected a regular file");
            }
        } catch (UnreadableFileException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A CSV input read by code that takes a path: scanned here to be UTF-8 within the limit, so that a Latin-1 or
     * UTF-16 file is named with the line of its first bad byte. (This reads the file twice; once the chargeback
     * readers read through {@link InputFiles#reader}, the scan can go.)
     */
    private Path checkedCsv(Path file) {
        try (java.io.Reader reader = InputFiles.reader(checkedInput(file, limits.csvMaxBytes()), limits.csvMaxBytes())) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // decoding is the check
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A JSON input read by code that takes a path: checked whole here to be UTF-8 within the limit. */
    private Path checkedJson(Path file) {
        readJson(checkedInput(file, limits.jsonMaxBytes()));
        return file;
    }

    private Scenario scenario(Options options) {
        if (!options.positional().isEmpty()) {
            if (options.value("--example").isPresent()) {
                throw new UsageException("give either a FILE or --example, not both");
            }
            Path file = Path.of(options.positional().get(0));
            return ScenarioFiles.fromJson(readJson(file), file.toString());
        }
        return bundled(options.value("--example").orElse(DEFAULT_EXAMPLE));
    }

    /** A JSON input file as text, within the limit, UTF-8. */
    private String readJson(Path file) {
        try {
            return InputFiles.readString(file, limits.jsonMaxBytes());
        } catch (UnreadableFileException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled example scenario, read from the class path. */
    static Scenario bundled(String name) {
        if (!EXAMPLES.contains(name)) {
            throw new UsageException("unknown example '" + name + "'; bundled examples: " + EXAMPLES);
        }
        return ScenarioFiles.fromJson(resource("examples/" + name + ".json"), name + ".json (bundled)");
    }

    private static String resource(String name) {
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("bundled " + name + " cannot be read", e);
        }
    }

    /** Writes an output file (JSON, CSV, HTML or LP text) atomically and says so on stderr. */
    private void writeOutput(Path file, String text) {
        OutputFiles.write(file, text);
        err.println("aitco: wrote " + file);
    }

    private int usage(String message) {
        err.println("aitco: " + message);
        err.println("Run ./aitco --help for the commands, ./aitco COMMAND --help for a command's options.");
        return BAD_USAGE;
    }

    private static String describe(UncheckedIOException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof UnreadableFileException) && cause.getCause() instanceof IOException) {
            cause = cause.getCause();
        }
        if (cause instanceof UnreadableFileException) {
            return cause.getMessage();
        }
        if (e.getCause() instanceof NoSuchFileException n) {
            return n.getFile() + ": does not exist; expected a regular file";
        }
        return e.getMessage();
    }

    /** A mistake in the command line itself. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
