package org.aitco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of issue #10, one named test each: every one ends with exit code 1, a message naming the file and the
 * field or line with the value, no stack trace and no output file. (The command-line cases, such as
 * {@code --json --example}, a Latin-1 or UTF-16 file, a directory and {@code /dev/zero}, are in CliIT; the full
 * disk is in OutputFilesTest.)
 */
class BadInputRegressionTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private ObjectNode example(String name) throws IOException {
        return (ObjectNode) MAPPER.readTree(EXAMPLES.resolve(name).toFile());
    }

    private Path write(String name, Object json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return file;
    }

    /** Exit code 1, the file and the field named with the value, no stack trace, no output file. */
    private void assertRejected(CliRun r, Path file, String... named) throws IOException {
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(file.toString()).doesNotContain("Exception", "\tat ", "internal error");
        for (String n : named) {
            assertThat(r.err()).contains(n);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("out"))).isEmpty();
        }
    }

    private CliRun analyze(Path file) {
        return CliRun.run("analyze", file.toString(), "--json", dir.resolve("out.json").toString());
    }

    /** Was: IllegalStateException "fleet of 0 servers leaves 3702720.0 units unserved" from Engine.fleetAndCloud. */
    @ParameterizedTest
    @ValueSource(strings = {"1e14", "1e15", "1e16"})
    void throughputOf1e14To1e16IsAnErrorNamingTheFieldNotAStackTrace(String value) throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        ((ObjectNode) s.withArray("throughput").get(0)).put("perSecond", Double.parseDouble(value));
        Path file = write("throughput.json", s);
        assertRejected(analyze(file), file, "throughput[0].perSecond (" + Double.parseDouble(value) + ")",
                "must be at most 1e8 per second");
    }

    /** Was: an on-prem option with NPV 0.00 reported as the cheapest. */
    @ParameterizedTest
    @ValueSource(strings = {"1e17", "1e100", "1e308"})
    void demandOf1e17To1e308IsRejectedInsteadOfAZeroNpvBeingCheapest(String value) throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        ObjectNode demand = (ObjectNode) s.withArray("workloads").get(0).get("demand");
        demand.remove("hourly");
        demand.put("constantPerSecond", Double.parseDouble(value));
        Path file = write("demand.json", s);
        assertRejected(analyze(file), file, "workloads[0].demand.constantPerSecond (" + Double.parseDouble(value) + ")",
                "must be at most 1e9 per second");
    }

    /** Was: throughput of 1e17 and more priced silently. */
    @Test
    void throughputOf1e308IsRejected() throws IOException {
        ObjectNode s = example("bursty-rnd.json");
        ((ObjectNode) s.withArray("throughput").get(1)).put("perSecond", 1e308);
        Path file = write("throughput.json", s);
        assertRejected(analyze(file), file, "throughput[1].perSecond (1.0E308)");
    }

    /** Was: place at a demand of 1e18 ignored the servers and exited 0. */
    @Test
    void placeWithADemandOf1e18NamesTheFieldAndExitsOne() throws IOException {
        ObjectNode s = example("bursty-rnd.json");
        ObjectNode demand = (ObjectNode) s.withArray("workloads").get(0).get("demand");
        demand.remove("hourly");
        demand.put("constantPerSecond", 1e18);
        Path file = write("place.json", s);
        assertRejected(CliRun.run("place", file.toString(), "--json", dir.resolve("out.json").toString()),
                file, "workloads[0].demand.constantPerSecond (1.0E18)");
    }

    /** Was: "value (Infinity) must be finite to become money", without the field. */
    @Test
    void anEgressPriceOf1e308NamesTheField() throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        ((ObjectNode) s.withArray("cloudOfferings").get(0)).put("egressPerGb", "1e308 USD");
        Path file = write("egress.json", s);
        assertRejected(analyze(file), file, "cloudOfferings[0].egressPerGb (\"1e308 USD\")");
    }

    @Test
    void anEgressVolumeOf1e308NamesTheField() throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        ((ObjectNode) s.withArray("workloads").get(0)).put("egressGbPerMonth", 1e308);
        Path file = write("egress.json", s);
        assertRejected(analyze(file), file, "workloads[0].egressGbPerMonth (1.0E308)", "must be at most 1e10 GB");
    }

    /** Was: risk with throughput drawn up to 1e16 said on-prem is cheapest in 100 % of draws. */
    @Test
    void riskWithThroughputDrawnUpTo1e16NamesTheUncertaintyAndTheLimit() throws IOException {
        Path uncertainties = dir.resolve("throughput.risk.json");
        Files.writeString(uncertainties, """
                {"inputs": [{"path": "throughput[0].perSecond", "distribution": "uniform", "low": 1000, "high": 1e16}]}
                """);
        CliRun r = CliRun.run("risk", EXAMPLES.resolve("steady-chatbot.json").toString(), "--uncertainties",
                uncertainties.toString(), "--draws", "50", "--json", dir.resolve("out.json").toString());
        assertRejected(r, uncertainties, "inputs[0]", "throughput[0].perSecond", "must be at most 1e8 per second");
    }

    /** Was (found by BadInputProperties): a PERT high of 1e308 was an internal error from commons-math3's Beta inverse. */
    @Test
    void aPertRangeUpTo1e308NamesTheInputNotAnInternalError() throws IOException {
        Path uncertainties = dir.resolve("pert.risk.json");
        Files.writeString(uncertainties, """
                {"inputs": [{"path": "financials.cloudPriceChangePerYear", "distribution": "pert",
                             "low": -0.25, "mode": -0.1, "high": 1e308}]}
                """);
        CliRun r = CliRun.run("risk", EXAMPLES.resolve("steady-chatbot.json").toString(), "--uncertainties",
                uncertainties.toString(), "--draws", "50", "--json", dir.resolve("out.json").toString());
        assertRejected(r, uncertainties, "inputs[0]", "financials.cloudPriceChangePerYear", "1.0E308");
    }

    /** Was (found by BadInputProperties): "value (Infinity) must be finite to become money", with no file or field. */
    @Test
    void anExchangeRateOf1e308NamesTheField() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("steady-chatbot.json"));
        assertThat(json).contains("\"USD/EUR\":");
        Path file = dir.resolve("rate.json");
        Files.writeString(file, json.replaceFirst("\"USD/EUR\": *[0-9.]+", "\"USD/EUR\": 1e308"));
        assertRejected(analyze(file), file, "exchangeRates[\"USD/EUR\"]", "1E+308", "between 1e-7 and 1e7");
    }

    /** Was: a misleading correlation error instead of the bad path. */
    @Test
    void aBadPathInARiskFileIsNamedNotHiddenBehindACorrelationError() throws IOException {
        Path uncertainties = dir.resolve("path.risk.json");
        Files.writeString(uncertainties, """
                {"inputs": [{"path": "workloads[nope].demand.scale", "distribution": "uniform", "low": 0.5, "high": 2},
                            {"path": "financials.discountRatePerYear", "distribution": "uniform", "low": 0.05, "high": 0.1}],
                 "correlations": [{"first": "workloads[nope].demand.scale", "second": "financials.discountRatePerYear",
                                   "rho": 0.5}]}
                """);
        CliRun r = CliRun.run("risk", EXAMPLES.resolve("steady-chatbot.json").toString(), "--uncertainties",
                uncertainties.toString(), "--draws", "50");
        assertRejected(r, uncertainties, "inputs[0].path (workloads[nope].demand.scale)", "no element named nope");
    }

    /** Was: "The scenario is valid." for a file that analyze rejects (no allowed platform). */
    @Test
    void validateRejectsAWorkloadWithNoAllowedPlatformLikeAnalyze() throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        ((ObjectNode) s.withArray("workloads").get(0)).putArray("allowedJurisdictions").add("MARS");
        Path file = write("nowhere.json", s);
        CliRun validate = CliRun.run("validate", file.toString());
        assertRejected(validate, file, "workload internal-assistant cannot be served by any option", "jurisdiction EU not allowed");
        assertThat(validate.err()).doesNotContain("The scenario is valid");
        assertThat(validate.out()).doesNotContain("The scenario is valid");
        assertThat(analyze(file).code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(CliRun.run("place", file.toString(), "--time-limit", "5").code())
                .isEqualTo(Cli.BAD_INPUT);
    }

    /** Was: "The scenario is valid." for a site too small for any server, where analyze exits 1. */
    @Test
    void validateRejectsASiteTooSmallForAnyServerLikeAnalyze() throws IOException {
        ObjectNode s = example("steady-chatbot.json");
        s.putArray("cloudOfferings");
        // keep only throughput entries of server types, since the cloud offerings are gone
        var entries = s.withArray("throughput");
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).get("platform").asText().startsWith("aws")) {
                entries.remove(i);
            }
        }
        for (var site : s.withArray("sites")) {
            ((ObjectNode) site).put("rackUnitsCapacity", 1);
        }
        Path file = write("small-site.json", s);
        CliRun validate = CliRun.run("validate", file.toString());
        assertRejected(validate, file, "cannot be served by any option", "site fra-colo holds at most 0 of them");
        assertThat(validate.out()).doesNotContain("The scenario is valid");
        assertThat(analyze(file).code()).isEqualTo(Cli.BAD_INPUT);
    }

    private Path chargebackFile(String name, String from, String to) throws IOException {
        Path file = dir.resolve(name);
        String text = Files.readString(EXAMPLES.resolve("chargeback").resolve(name));
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return file;
    }

    private CliRun chargeback(List<String> focus, Path pools, Path config) {
        Path cb = EXAMPLES.resolve("chargeback");
        var args = new java.util.ArrayList<>(List.of("chargeback"));
        args.addAll(focus);
        args.addAll(List.of("--pools", pools.toString(), "--usage", cb.resolve("usage.csv").toString(),
                "--utilisation", cb.resolve("utilisation.csv").toString(), "--config", config.toString(), "--json",
                dir.resolve("out.json").toString()));
        return CliRun.run(args.toArray(String[]::new));
    }

    /** Was: ArithmeticException: Overflow from Money.minorUnits; the strict kit's amounts are at most 1e15. */
    @Test
    void aPoolAmountOf1e30NamesTheFieldNotOverflow() throws IOException {
        Path pools = chargebackFile("onprem-pools.json", "\"18000.00\"", "\"1e30\"");
        Path cb = EXAMPLES.resolve("chargeback");
        assertRejected(chargeback(List.of(cb.resolve("focus_sample.csv").toString()), pools,
                cb.resolve("config.json")), pools, "amortisedCapex");
    }

    /**
     * Was: ArithmeticException: Overflow from Allocation.roundToTotal. A cost beyond 1e15 is a corrupted cell: the row
     * is rejected with its file and line like any bad cell, counted on stderr, and {@code --strict} exits 1.
     */
    @Test
    void aFocusEffectiveCostOf1e30IsARejectedRowNamingTheLineNotOverflow() throws IOException {
        Path focus = dir.resolve("focus.csv");
        List<String> lines = Files.readAllLines(EXAMPLES.resolve("chargeback").resolve("focus_sample.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int k = header.indexOf("\"EffectiveCost\"");
        String[] row = lines.get(1).split(",", -1);
        row[k] = "\"1e30\"";
        lines.set(1, String.join(",", row));
        Files.write(focus, lines);
        Path cb = EXAMPLES.resolve("chargeback");
        var args = new java.util.ArrayList<>(List.of("chargeback", focus.toString(), "--pools",
                cb.resolve("onprem-pools.json").toString(), "--config", cb.resolve("config.json").toString()));
        CliRun lenient = CliRun.run(args.toArray(String[]::new));
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains(focus + ":2 EffectiveCost (\"1e30\") must be at most 1e15");
        assertThat(lenient.err()).contains(focus.toString(), "1 row(s) with EffectiveCost")
                .doesNotContain("Exception", "\tat ", "internal error");
        args.addAll(List.of("--strict", "--json", dir.resolve("out.json").toString()));
        assertRejected(CliRun.run(args.toArray(String[]::new)), focus, "EffectiveCost", "--strict");
    }

    /** Was: NullPointerException; the configuration is read with the strict kit since. */
    @Test
    void aConfigWithCloudAcceleratorsAsAnObjectNamesTheField() throws IOException {
        Path config = chargebackFile("config.json", "\"cloudAccelerators\": [ { \"match\": \"g5.4xlarge\", \"acceleratorsPerUnit\": 1, \"platform\": \"aws:g5.4xlarge\" } ]",
                "\"cloudAccelerators\": {\"a\": 1}");
        Path cb = EXAMPLES.resolve("chargeback");
        assertRejected(chargeback(List.of(cb.resolve("focus_sample.csv").toString()), cb.resolve("onprem-pools.json"),
                config), config, "cloudAccelerators");
    }
}
