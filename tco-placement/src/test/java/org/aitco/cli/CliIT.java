package org.aitco.cli;

import static org.aitco.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aitco.core.input.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's commands end to end: the command line on the bundled examples and on bad input. */
class CliIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void everyCommandHasItsOwnHelpWithTheExitCodes() {
        for (String command : List.of("analyze", "place", "risk", "validate", "chargeback")) {
            for (String flag : List.of("--help", "-h")) {
                CliRun r = run(command, flag);
                assertThat(r.code()).as(command + " " + flag + ": " + r.err()).isZero();
                assertThat(r.out()).startsWith("Usage: ./aitco " + command).contains("Options:", "Exit codes",
                        "4  internal error");
                assertThat(r.err()).isEmpty();
            }
        }
        assertThat(run("help", "place").out()).contains("--time-limit SECONDS");
        assertThat(run("analyze", "--help").out()).contains("--json OUT").doesNotContain("--time-limit");
    }

    @Test
    void theGlobalHelpHasTheExitCodeTableOfTheReadme() throws IOException {
        String help = run("--help").out();
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String line : Cli.EXIT_CODES.lines().skip(1).toList()) {
            assertThat(help).contains(line);
        }
        // the README's table has one row per code, with the same first words as the help
        for (String code : List.of("| 0 | success", "| 1 | bad input", "| 2 | bad usage", "| 3 | an output file",
                "| 4 | internal error")) {
            assertThat(readme).contains(code);
        }
    }

    @Test
    void anOptionValueStartingWithTwoDashesIsRejectedAndNoFileIsWritten(@TempDir Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        CliRun r = run("analyze", "--json", "--example", "bursty-rnd");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("option --json needs a value (OUT), but the next argument is '--example'");
        assertThat(cwd.resolve("--example")).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anOptionValueMayBeGivenWithAnEqualsSign(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.json");
        CliRun r = run("analyze", "--example=bursty-rnd", "--json=" + out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("\"scenario\" : \"bursty-rnd\"");
    }

    @Test
    void optionMistakesAreUsageErrors() {
        assertThat(run("analyze", "--json").err()).contains("option --json needs a value (OUT)");
        assertThat(run("analyze", "--json=").err()).contains("got an empty one");
        assertThat(run("analyze", "--example", "bursty-rnd", "--example", "bursty-rnd").err())
                .contains("option --example is given twice");
        assertThat(run("analyze", "a.json", "b.json").err()).contains("analyze takes [FILE], got 2 arguments");
        assertThat(run("analyze", "-x").err()).contains("unknown option '-x'");
        for (String[] args : List.<String[]>of(new String[] {"analyze", "--json"}, new String[] {"analyze", "-x"},
                new String[] {"place", "--time-limit", "--json", "x"})) {
            assertThat(run(args).code()).as(String.join(" ", args)).isEqualTo(Cli.BAD_USAGE);
        }
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("mine.json");
        Files.copy(EXAMPLES.resolve("bursty-rnd.json"), scenario);
        byte[] before = Files.readAllBytes(scenario);
        CliRun r = run("analyze", scenario.toString(), "--json", dir.resolve(".").resolve("mine.json").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("--json", "mine.json", "is the input file FILE of this command",
                "refusing to overwrite an input file");
        assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
        assertThat(r.out()).isEmpty();

        Path risk = dir.resolve("u.risk.json");
        Files.copy(EXAMPLES.resolve("risk").resolve("bursty-rnd.risk.json"), risk);
        CliRun r2 = run("risk", EXAMPLES.resolve("bursty-rnd.json").toString(), "--uncertainties", risk.toString(),
                "--json", risk.toString());
        assertThat(r2.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r2.err()).contains("--json " + risk + " is the input file --uncertainties of this command");
    }

    @Test
    void anOutputInAMissingFolderOrOnADirectoryIsBadInputNamingIt(@TempDir Path dir) {
        CliRun r = run("analyze", "--json", dir.resolve("no-such-folder").resolve("r.json").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no-such-folder", "does not exist");
        assertThat(r.out()).isEmpty();
        CliRun r2 = run("analyze", "--json", dir.toString());
        assertThat(r2.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r2.err()).contains(dir + ") is a directory");
        assertThat(r2.out()).isEmpty();
    }

    @Test
    void aDirectoryAsInputNamesItAndWhatWasExpected(@TempDir Path dir) {
        CliRun r = run("analyze", dir.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(dir + ": is a directory; expected a regular file").doesNotContain("Exception");
    }

    @Test
    void latin1AndUtf16FilesNameTheFileAndTheEncoding(@TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("bursty-rnd.json")).replace("\"bursty-rnd\"", "\"caf\u00e9\"");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, json.getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = run("validate", latin1.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        // line 2 is "  \"name\": \"caf\u00e9\"," and the e-acute is the one non-ASCII byte
        int offset = json.indexOf('\u00e9');
        assertThat(r.err()).contains(latin1 + ": is not UTF-8 text (byte 0xE9 at line 2, byte offset " + offset + ")")
                .doesNotContain("Exception");
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, json.getBytes(StandardCharsets.UTF_16)); // with a byte-order mark FE FF
        assertThat(run("validate", utf16.toString()).err()).contains(utf16 + ": is UTF-16 text (byte-order mark 0xFE 0xFF)");
        Path utf16le = dir.resolve("utf16le.json");
        Files.write(utf16le, json.getBytes(StandardCharsets.UTF_16LE)); // no byte-order mark
        assertThat(run("validate", utf16le.toString()).err()).contains(utf16le + ": looks like UTF-16 text");
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)); // a UTF-8 byte-order mark is skipped
        assertThat(run("validate", bom.toString()).code()).isZero();
    }

    @Test
    void anEndlessUncertaintyFileStopsAtTheLimit() {
        // 1 MiB limit: /dev/zero is read up to it, not to the end of memory
        CliRun r = run(InputLimits.defaults().withJsonMaxBytes(1 << 20), "risk", "--example", "bursty-rnd",
                "--uncertainties", "/dev/zero");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("/dev/zero: is larger than the limit of 1 MiB for an input file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aScenarioAboveTheLimitIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        Files.copy(EXAMPLES.resolve("bursty-rnd.json"), file);
        long size = Files.size(file);
        CliRun r = run(InputLimits.defaults().withJsonMaxBytes(1000), "analyze", file.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(file + ": is larger than the limit of 1000 bytes for an input file (" + size
                + " bytes)");
    }

    @Test
    void anInfeasiblePlanExitsOneAndWritesNoFile(@TempDir Path dir) throws IOException {
        // the only site has room for 1 rack unit, every server type needs more: nothing can be bought on-prem,
        // and the workload may run only in a jurisdiction without cloud offerings
        String json = Files.readString(EXAMPLES.resolve("steady-chatbot.json"))
                .replaceAll("\"rackUnitsCapacity\"\\s*:\\s*\\d+", "\"rackUnitsCapacity\": 1")
                .replaceAll("\"jurisdiction\"\\s*:\\s*\"EU\"", "\"jurisdiction\": \"US\"");
        Path file = dir.resolve("nowhere.json");
        Files.writeString(file, json);
        Path out = dir.resolve("plan.json");
        CliRun r = run("place", file.toString(), "--time-limit", "20", "--json", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(file + ": no feasible plan", "may run only in [EU]");
        assertThat(out).doesNotExist();
        assertThat(run("analyze", file.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void noArgumentsAnalyzesTheBundledExample() {
        CliRun r = run();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("steady-chatbot", "Cheapest:", "NPV", "break-even", "Placement plan",
                "Servers to buy");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void placeWritesThePlanAsJson(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.json");
        CliRun r = run("place", EXAMPLES.resolve("bursty-rnd.json").toString(), "--time-limit", "20",
                "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Placement plan for bursty-rnd");
        assertThat(Files.readString(out)).contains("\"status\"", "\"workloads\"");
    }

    @Test
    void riskRunsOnAnExampleWithItsUncertaintiesBesideIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("risk.json");
        CliRun r = run("risk", EXAMPLES.resolve("bursty-rnd.json").toString(), "--draws", "200", "--seed", "7",
                "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("bursty-rnd", "P5", "P95");
        assertThat(Files.readString(out)).contains("\"seed\" : 7", "\"draws\" : 200");
    }

    @Test
    void riskWithoutUncertaintiesForTheFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("mine.json");
        Files.copy(EXAMPLES.resolve("bursty-rnd.json"), copy);
        CliRun r = run("risk", copy.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("give --uncertainties JSON");
    }

    @Test
    void badUncertaintyFileIsBadInputNamingThePath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.risk.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("risk").resolve("bursty-rnd.risk.json"))
                .replaceFirst("\\{", "{\"colour\": 1, "));
        CliRun r = run("risk", EXAMPLES.resolve("bursty-rnd.json").toString(), "--uncertainties", bad.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("bad.risk.json", "colour").doesNotContain("Exception");
    }

    @Test
    void placeRejectsABadTimeLimit() {
        CliRun r = run("place", "--time-limit", "soon");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("--time-limit (soon) must be a whole number");
    }

    @Test
    void validateSummarisesTheScenario() {
        CliRun r = run("validate", EXAMPLES.resolve("bursty-rnd.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scenario bursty-rnd", "eval-harness", "The scenario is valid.");
    }

    @Test
    void chargebackRunsOnTheBundledFocusSampleAndReconciles(@TempDir Path dir) throws IOException {
        Path cb = EXAMPLES.resolve("chargeback");
        Path json = dir.resolve("chargeback.json");
        CliRun r = run("chargeback", cb.resolve("focus_sample.csv").toString(),
                "--pools", cb.resolve("onprem-pools.json").toString(),
                "--usage", cb.resolve("usage.csv").toString(),
                "--utilisation", cb.resolve("utilisation.csv").toString(),
                "--config", cb.resolve("config.json").toString(),
                "--json", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("PeoriaData", "unallocated", "1000");
        assertThat(Files.readString(json)).contains("\"reconciliation\"", "\"totalAllocated\" : {\n    \"amount\" : 33844.98");
    }

    @Test
    void chargebackSumsUpRejectedRowsOnStderrAndStrictExitsOne(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(EXAMPLES.resolve("chargeback/focus_sample.csv")));
        lines.set(3, lines.get(3).replaceFirst("^NULL,0\\.", "NULL,x0.")); // line 4: BilledCost not a number
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);
        CliRun lenient = run("chargeback", bad.toString());
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("1 row(s) rejected", "bad.csv: 1 row(s) with BilledCost must be a decimal");
        CliRun strict = run("chargeback", bad.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(strict.err()).contains("--strict: 1 row(s) rejected");
        assertThat(strict.out()).contains("Rejected rows (1)");
    }

    /** Issue #10 item 4 on the command line: a repeated FOCUS row is warned of, or rejected on request. */
    @Test
    void chargebackWarnsOfOrRejectsARepeatedRow(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(EXAMPLES.resolve("chargeback/focus_sample.csv")));
        lines.add(lines.get(2)); // line 1002 repeats line 3
        Path twice = dir.resolve("twice.csv");
        Files.write(twice, lines);
        CliRun warned = run("chargeback", twice.toString(), "--strict");
        assertThat(warned.code()).as(warned.err()).isZero();
        // the report's warnings are wrapped: compare with the line breaks as spaces
        assertThat(warned.out().replaceAll("\\s+", " ")).contains("1 row(s) repeat an earlier row", "line 1002");
        CliRun rejected = run("chargeback", twice.toString(), "--duplicate-rows", "reject", "--strict");
        assertThat(rejected.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(rejected.err()).contains("--strict: 1 row(s) rejected", "identical to an earlier row");
        CliRun bogus = run("chargeback", twice.toString(), "--duplicate-rows", "drop");
        assertThat(bogus.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(bogus.err()).contains("--duplicate-rows (drop) must be warn, reject or off");
    }

    @Test
    void chargebackWithoutAFileIsAUsageError() {
        CliRun r = run("chargeback");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("at least one FOCUS cost file");
    }

    @Test
    void everyExampleFileAnalyzes() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            List<Path> scenarios = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(scenarios).hasSizeGreaterThanOrEqualTo(2);
            for (Path file : scenarios) {
                CliRun r = run("analyze", file.toString());
                assertThat(r.code()).as(file + ": " + r.err()).isZero();
            }
        }
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("./aitco analyze", "./aitco place", "./aitco chargeback", "./aitco jshell");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = run("frobnicate");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("unknown command 'frobnicate'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = run("analyze", "--colour", "red");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("unknown option '--colour'");
    }

    @Test
    void missingFileIsBadInputNamingTheFile() {
        CliRun r = run("analyze", "no-such-scenario.json");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no-such-scenario.json");
    }

    @Test
    void badScenarioNamesThePathAndTheValue(@TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("steady-chatbot.json"))
                .replaceFirst("\"pue\"\\s*:\\s*[0-9.]+", "\"pue\": 0.9");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        CliRun r = run("analyze", file.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("sites[0].pue", "0.9");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void writesJsonOnRequest(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.json");
        CliRun r = run("analyze", "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{").contains("\"scenario\" : \"steady-chatbot\"", "\"npv\"");
    }

    @Test
    void theProcessExitsWithTheCodeOnBadInput() throws Exception {
        // the tests run on the module path (module-info.java): the library's classes are there, not on the class path
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = modulePath + java.io.File.pathSeparator + classPath;
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName(), "analyze", "missing.json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Cli.BAD_INPUT);
        assertThat(err).contains("missing.json");
    }
}
