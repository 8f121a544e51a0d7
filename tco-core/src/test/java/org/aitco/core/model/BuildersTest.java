package org.aitco.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.money.Price;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.junit.jupiter.api.Test;

/** The named-step builders of the model records, their copies and their rejected steps (#11 item 4). */
class BuildersTest {
    private static final Path EXAMPLES = Path.of("../examples");

    /** The README's "Building a scenario in Java" example, exactly: {@link #theReadmeShowsThisCode} checks it. */
    static OptionResult readmeExample() {
        // README:begin
        var scenario = Scenario.builder("support", "EUR")
                .horizonYears(5)
                .exchangeRate("USD", "EUR", 0.96)
                .accelerator(Accelerator.named("H100").memoryGb(80).boardWatts(700))
                .serverType(ServerType.named("dgx-h100").accelerator("H100", 8).purchasePrice("199000 USD")
                        .idleWatts(2_500).peakWatts(10_200).rackUnits(8).usefulLifeYears(5)
                        .residualValueFraction(0.1).maintenancePerYearFraction(0.2))
                .site(Site.named("fra-colo").jurisdiction("EU").energyPerKwh("0.19 EUR").pue(1.4)
                        .space(SpaceCost.perKwMonth(Price.parse("180 EUR"))).powerCapacityKw(200)
                        .rackUnitsCapacity(210).staffPerServerYear("2400 EUR"))
                .cloudOffering(CloudOffering.named("aws-p5").provider("AWS").region("eu-central-1")
                        .jurisdiction("EU").instanceType("p5.48xlarge").accelerator("H100", 8)
                        .onDemandPerHour("58.91 USD").egressPerGb("0.09 USD"))
                .throughput("llama-3.1-70b", "dgx-h100", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 10_800)
                .throughput("llama-3.1-70b", "aws-p5", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 10_800)
                .workload(Workload.named("support-bot").owner("customer-care").model("llama-3.1-70b")
                        .tokensPerSecond(20_000).growthPerYear(0.25).allowedIn("EU"))
                .build();
        var cheapest = Tco.analyze(scenario).workload("support-bot").cheapest();
        // README:end
        return cheapest;
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/org/aitco/core/model/BuildersTest.java"));
        List<String> block = lines.subList(lines.indexOf("        // README:begin") + 1,
                lines.indexOf("        // README:end"));
        String code = block.stream().map(l -> l.substring(Math.min(8, l.length()))).collect(Collectors.joining("\n"));
        assertThat(Files.readString(EXAMPLES.resolve("../README.md"))).contains(code);
    }

    @Test
    void theReadmeExampleRunsAndOwningWinsForAFlatLoad() {
        OptionResult cheapest = readmeExample();
        // 20,000 tokens/s flat, growing to 20,000 * 1.25^4 = 48,828 tokens/s in year 5: 2 to 5 servers busy all
        // day. An owned server costs about 199,000 * 0.96 / 5 = 38,208 EUR a year plus energy and staff; the same
        // capacity on demand is 58.91 * 0.96 * 8,760 = 495,405 EUR a year. So the cheapest option owns servers
        // (all on-prem, or a hybrid that owns the baseload and rents only the growth on top).
        assertThat(cheapest.name()).contains("dgx-h100@fra-colo");
    }

    @Test
    void aCurrencyCodeThatIsNotOneIsNamed() {
        assertThatThrownBy(() -> Scenario.builder("x", "eur")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency (eur) must be a three-letter ISO 4217 code such as EUR or USD");
    }

    @Test
    void aSecondDemandStepIsRejectedWhenItIsCalled() {
        DemandProfile flat = DemandProfile.constant(DemandUnit.TOKENS_PER_SECOND, 900, 0);
        assertThatThrownBy(() -> Workload.named("w").tokensPerSecond(1_800).demand(flat))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("demand(%s) conflicts with tokensPerSecond(1800.0) given before; give the demand once"
                        .formatted(flat));
        assertThatThrownBy(() -> Workload.named("w").demand(flat).requestsPerSecond(3))
                .hasMessage("requestsPerSecond(3.0) conflicts with demand(%s) given before; give the demand once"
                        .formatted(flat));
        assertThatThrownBy(() -> Workload.named("w").growthPerYear(0.3).demand(flat))
                .hasMessageStartingWith("demand(%s) conflicts with growthPerYear(0.3) given before".formatted(flat));
        assertThatThrownBy(() -> Workload.named("w").demand(flat).growthPerYear(0.3))
                .hasMessageStartingWith("growthPerYear(0.3) conflicts with demand(%s) given before".formatted(flat));
    }

    @Test
    void scenarioStepsThatWouldUndoEarlierOnesAreRejected() {
        assertThatThrownBy(() -> Scenario.builder("x", "EUR").horizonYears(7)
                .financials(FinancialAssumptions.defaults(java.util.Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("conflicts with horizonYears(7) given before");
        assertThatThrownBy(() -> Scenario.builder("x", "EUR").exchangeRate("USD", "EUR", 0.9)
                .exchangeRate("USD", "EUR", 0.95))
                .hasMessage("exchangeRate(USD, EUR, 0.95) conflicts with the rate 0.9 given before");
    }

    @Test
    void copiesKeepEverythingTheRecordHolds() {
        Scenario steady = ScenarioFiles.read(EXAMPLES.resolve("steady-chatbot.json"));
        assertThat(steady.toBuilder().build()).isEqualTo(steady);
        for (ServerType s : steady.serverTypes()) {
            assertThat(s.toBuilder().build()).isEqualTo(s);
        }
        for (Site s : steady.sites()) {
            assertThat(s.toBuilder().build()).isEqualTo(s);
        }
        for (CloudOffering c : steady.cloudOfferings()) {
            assertThat(c.toBuilder().build()).isEqualTo(c);
        }
        for (Accelerator a : steady.accelerators()) {
            assertThat(a.toBuilder().build()).isEqualTo(a);
        }
        Workload mixed = Workload.named("chat").model("a").tokensPerSecond(100).requestClass("short", 0.7, "a")
                .requestClass("long", 0.3, "b").splitParts(4).tag("env", "prod").allowedIn("EU").build();
        assertThat(mixed.toBuilder().build()).isEqualTo(mixed);
        // The copy that replaced the 10-argument constructor keeps the mix and the parts.
        Workload doubled = mixed.withDemand(mixed.demand().scaledBy(2));
        assertThat(doubled.requestMix()).isEqualTo(mixed.requestMix());
        assertThat(doubled.splitParts()).isEqualTo(4);
        // A copy's demand may be replaced once, and its growth changed.
        assertThat(mixed.toBuilder().growthPerYear(0.5).build().demand().growthPerYear()).isEqualTo(0.5);
        assertThat(mixed.toBuilder().tokensPerSecond(300).build().demand())
                .isEqualTo(DemandProfile.constant(DemandUnit.TOKENS_PER_SECOND, 300, 0));
    }

    @Test
    void aMissingStepIsNamedByTheRecordsChecks() {
        assertThatThrownBy(() -> ServerType.named("s").accelerator("H100", 8).purchasePrice("1 EUR").idleWatts(10)
                .rackUnits(2).usefulLifeYears(5).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("peakWatts (NaN)");
    }
}
