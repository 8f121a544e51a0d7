package org.aitco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's commands end to end: the command line on the bundled examples and on bad input. */
class CliIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsAnalyzesTheBundledExample() {
        Run r = run();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("steady-chatbot", "Cheapest:", "NPV", "break-even", "Placement plan",
                "Servers to buy");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void placeWritesThePlanAsJson(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.json");
        Run r = run("place", EXAMPLES.resolve("bursty-rnd.json").toString(), "--time-limit", "20",
                "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Placement plan for bursty-rnd");
        assertThat(Files.readString(out)).contains("\"status\"", "\"workloads\"");
    }

    @Test
    void riskRunsOnAnExampleWithItsUncertaintiesBesideIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("risk.json");
        Run r = run("risk", EXAMPLES.resolve("bursty-rnd.json").toString(), "--draws", "200", "--seed", "7",
                "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("bursty-rnd", "P5", "P95");
        assertThat(Files.readString(out)).contains("\"seed\" : 7", "\"draws\" : 200");
    }

    @Test
    void riskWithoutUncertaintiesForTheFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("mine.json");
        Files.copy(EXAMPLES.resolve("bursty-rnd.json"), copy);
        Run r = run("risk", copy.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("give --uncertainties JSON");
    }

    @Test
    void badUncertaintyFileIsBadInputNamingThePath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.risk.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("risk").resolve("bursty-rnd.risk.json"))
                .replaceFirst("\\{", "{\"colour\": 1, "));
        Run r = run("risk", EXAMPLES.resolve("bursty-rnd.json").toString(), "--uncertainties", bad.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("bad.risk.json", "colour").doesNotContain("Exception");
    }

    @Test
    void placeRejectsABadTimeLimit() {
        Run r = run("place", "--time-limit", "soon");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("--time-limit (soon) must be a whole number");
    }

    @Test
    void validateSummarisesTheScenario() {
        Run r = run("validate", EXAMPLES.resolve("bursty-rnd.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scenario bursty-rnd", "eval-harness", "The scenario is valid.");
    }

    @Test
    void chargebackRunsOnTheBundledFocusSampleAndReconciles(@TempDir Path dir) throws IOException {
        Path cb = EXAMPLES.resolve("chargeback");
        Path json = dir.resolve("chargeback.json");
        Run r = run("chargeback", cb.resolve("focus_sample.csv").toString(),
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
        Run lenient = run("chargeback", bad.toString());
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("1 row(s) rejected", "bad.csv: 1 row(s) with BilledCost must be a decimal");
        Run strict = run("chargeback", bad.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(strict.err()).contains("--strict: 1 row(s) rejected");
        assertThat(strict.out()).contains("Rejected rows (1)");
    }

    @Test
    void chargebackWithoutAFileIsAUsageError() {
        Run r = run("chargeback");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("at least one FOCUS cost file");
    }

    @Test
    void everyExampleFileAnalyzes() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            List<Path> scenarios = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(scenarios).hasSizeGreaterThanOrEqualTo(2);
            for (Path file : scenarios) {
                Run r = run("analyze", file.toString());
                assertThat(r.code()).as(file + ": " + r.err()).isZero();
            }
        }
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("./aitco analyze", "./aitco place", "./aitco chargeback", "./aitco jshell");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("unknown command 'frobnicate'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("analyze", "--colour", "red");
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("unknown option '--colour'");
    }

    @Test
    void missingFileIsBadInputNamingTheFile() {
        Run r = run("analyze", "no-such-scenario.json");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no-such-scenario.json");
    }

    @Test
    void badScenarioNamesThePathAndTheValue(@TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("steady-chatbot.json"))
                .replaceFirst("\"pue\"\\s*:\\s*[0-9.]+", "\"pue\": 0.9");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        Run r = run("analyze", file.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("sites[0].pue", "0.9");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void writesJsonOnRequest(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.json");
        Run r = run("analyze", "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{").contains("\"scenario\" : \"steady-chatbot\"", "\"npv\"");
    }

    @Test
    void theProcessExitsWithTheCodeOnBadInput() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", "missing.json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Cli.BAD_INPUT);
        assertThat(err).contains("missing.json");
    }
}
