package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aitco.core.model.Violation;
import org.junit.jupiter.api.Test;

class UncertaintyFilesTest {

    @Test
    void theBundledFilesReadAndBindToTheirScenarios() {
        Uncertainties steady = UncertaintyFiles.read(Fixtures.EXAMPLES.resolve("risk/steady-chatbot.risk.json"));
        assertThat(steady.inputs()).hasSize(10);
        assertThat(steady.correlations()).hasSize(3);
        assertThat(steady.inputs().get(8).distribution()).isEqualTo(Distribution.pert(170_000, 199_000, 260_000));
        assertThat(Risk.bind(Fixtures.steady(), steady, Fixtures.linear()).size()).isEqualTo(10);

        Uncertainties bursty = UncertaintyFiles.read(Fixtures.EXAMPLES.resolve("risk/bursty-rnd.risk.json"));
        assertThat(Risk.bind(Fixtures.bursty(), bursty, Fixtures.linear()).size()).isEqualTo(11);
    }

    @Test
    void aSmallFileReadsToTheSameAsTheBuilder() {
        Uncertainties u = UncertaintyFiles.fromJson("""
                {"description": "d", "inputs": [
                  {"path": "financials.discountRatePerYear", "distribution": "normal", "mean": 0.08, "sd": 0.01},
                  {"path": "sites[fra-colo].pue", "distribution": "fixed", "value": 1.3, "note": "n"}],
                 "correlations": [{"first": "sites[fra-colo].pue", "second": "financials.discountRatePerYear", "rho": -0.2}]}
                """, "t.json");
        assertThat(u).isEqualTo(new Uncertainties("d", java.util.List.of(
                UncertainInput.of("financials.discountRatePerYear", Distribution.normal(0.08, 0.01)),
                new UncertainInput("sites[fra-colo].pue", Distribution.fixed(1.3), "n")),
                java.util.List.of(new Correlation("sites[fra-colo].pue", "financials.discountRatePerYear", -0.2))));
    }

    @Test
    void everyProblemIsReportedWithItsJsonPath() {
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("""
                {"inputs": [
                  {"path": "financials.discountRatePerYear", "distribution": "uniform", "low": 0.05, "hgih": 0.1},
                  {"path": "sites[fra-colo].pue", "distribution": "triangular", "low": 1.5, "mode": 1.2, "high": 1.6},
                  {"path": "sites[fra-colo].energyPerKwh", "distribution": "normal", "mean": "0.19", "sd": -1},
                  {"path": "financials.energyEscalationPerYear", "distribution": "beta", "low": 0, "high": 1}],
                 "correlation": []}
                """, "bad.json"))
                .isInstanceOfSatisfying(UncertaintyFileException.class, e -> {
                    assertThat(e.source()).isEqualTo("bad.json");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("correlation",
                            "inputs[0].hgih", "inputs[0].high", "inputs[1]", "inputs[2].mean",
                            "inputs[3].distribution");
                    assertThat(e.violations().get(3).expected())
                            .isEqualTo("mode (1.2) must lie within [low, high] = [1.5, 1.6]");
                    assertThat(e.violations().get(5).expected()).isEqualTo(
                            "must be one of uniform, triangular, pert, normal, lognormal, fixed");
                })
                // The same wording as a scenario file's: one strict-input kit for every file (#11).
                .hasMessageContaining("bad.json: inputs[0].hgih (0.1) is not a known field here; allowed fields are "
                        + "path, distribution, note, low, high. Maybe you meant high");
    }

    @Test
    void malformedJsonAndDuplicateKeysAreProblems() {
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("{\"inputs\": [}", "x.json"))
                .hasMessageStartingWith("x.json: $ (line 1, column 13) is not well-formed JSON");
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("{\"inputs\": [], \"inputs\": []}", "x.json"))
                .hasMessage("x.json: inputs ([]) is given twice (again at line 1, column 16); give each field once");
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("{}", "x.json"))
                .hasMessage("x.json: inputs (missing) is required: a list of uncertain inputs");
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("{\"inputs\": []} []", "x.json"))
                .hasMessage("x.json: $ (line 1, column 16) has more after the end of the uncertainties object; a file "
                        + "holds exactly one JSON object");
        assertThatThrownBy(() -> UncertaintyFiles.fromJson("{\"inputs\": [{\"path\": \"a\", \"distribution\": "
                + "\"fixed\", \"value\": NaN}]}", "x.json"))
                // NaN starts at column 61; the parser reports where the token ends, column 64.
                .hasMessageStartingWith("x.json: $ (line 1, column 64) is not well-formed JSON: Non-standard token 'NaN'")
                .hasMessageEndingWith("(in inputs[0].value)");
    }
}
