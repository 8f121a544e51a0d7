package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.ThroughputEntry;
import org.aitco.core.model.Violation;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aCompleteScenarioReadsIntoTheValuesOfTheFile() {
        Scenario s = ScenarioFiles.fromJson(Examples.STEADY, "steady.json");

        assertThat(s.name()).isEqualTo("steady-chatbot");
        assertThat(s.description()).isEqualTo("One chatbot, on-prem or in Frankfurt");
        assertThat(s.financials().horizonYears()).isEqualTo(5);
        assertThat(s.financials().discountRatePerYear()).isEqualTo(0.08);
        assertThat(s.financials().energyEscalationPerYear()).isEqualTo(0.02);
        assertThat(s.financials().cloudPriceChangePerYear()).isEqualTo(-0.1);
        assertThat(s.financials().hoursPerMonth()).isEqualTo(730);
        assertThat(s.financials().reportingCurrency()).isEqualTo(EUR);
        assertThat(s.exchangeRates().rates()).containsExactly(Map.entry("USD/EUR", new BigDecimal("0.92")));
        assertThat(s.accelerators()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("H100-SXM5-80GB"))
                .satisfies(a -> assertThat(a.memoryGb()).isEqualTo(80.0))
                .satisfies(a -> assertThat(a.boardWatts()).isEqualTo(700.0));
        assertThat(s.serverTypes()).containsExactly(new ServerType("dgx-h100", "H100-SXM5-80GB", 8,
                Price.parse("300000 EUR"), 2500, 10200, 8, 5, 0.1, 0.08));
        assertThat(s.sites()).containsExactly(new Site("ams-1", "EU", Price.parse("0.21 EUR"), 1.35,
                SpaceCost.perKwMonth(Price.parse("180 EUR")), 400, 420, Price.parse("2400 EUR")));
        CloudOffering aws = s.cloudOfferings().get(0);
        assertThat(aws.name()).isEqualTo("aws-p5-fra");
        assertThat(aws.provider()).isEqualTo("AWS");
        assertThat(aws.region()).isEqualTo("eu-central-1");
        assertThat(aws.instanceType()).isEqualTo("p5.48xlarge");
        assertThat(aws.acceleratorsPerInstance()).isEqualTo(8);
        assertThat(aws.onDemandPerHour()).isEqualTo(new Price(new BigDecimal("98.32"), USD));
        assertThat(aws.commitments()).containsExactly(new Commitment(1, 0, Price.parse("69.00 USD")));
        assertThat(aws.spotPerHour()).contains(Price.parse("40 USD"));
        assertThat(aws.spotInterruptionOverhead()).isEqualTo(0.1);
        assertThat(aws.egressPerGb()).isEqualTo(Price.parse("0.09 USD"));
        assertThat(aws.billingIncrementSeconds()).isEqualTo(1);
        assertThat(s.throughput()).containsExactly(
                new ThroughputEntry("llama-3.1-70b", "dgx-h100", SloClass.LATENCY_CRITICAL,
                        DemandUnit.TOKENS_PER_SECOND, 12000),
                new ThroughputEntry("llama-3.1-70b", "aws-p5-fra", SloClass.LATENCY_CRITICAL,
                        DemandUnit.TOKENS_PER_SECOND, 11000));
        Workload w = s.workloads().get(0);
        assertThat(w.name()).isEqualTo("support-bot");
        assertThat(w.owner()).isEqualTo("customer-care");
        assertThat(w.tags()).containsExactly(Map.entry("cost_center", "CC-1234"));
        assertThat(w.model()).isEqualTo("llama-3.1-70b");
        assertThat(w.slo()).isEqualTo(SloClass.LATENCY_CRITICAL);
        assertThat(w.allowedJurisdictions()).containsExactly("EU");
        assertThat(w.egressGbPerMillionUnits()).isEqualTo(0.02);
        assertThat(w.egressGbPerMonth()).isZero();
        assertThat(w.interruptible()).isFalse();
        assertThat(w.demand().unit()).isEqualTo(DemandUnit.TOKENS_PER_SECOND);
        assertThat(w.demand().cycleHours()).isEqualTo(24);
        assertThat(w.demand().hourlyAt(0)).isEqualTo(400);
        assertThat(w.demand().hourlyAt(23)).isEqualTo(500);
        assertThat(w.demand().peak()).isEqualTo(2200);
        // 400+300+250+200+200+300+600+1200+1800+2000+2100+2200 = 11,550 (hours 0-11)
        // 2000+2100+2200+2100+2000+1800+1500+1200+1000+800+600+500 = 17,800 (hours 12-23)
        // mean = 29,350 / 24 = 1,222.9166...
        assertThat(w.demand().mean()).isCloseTo(1222.9167, within(1e-4));
        assertThat(w.demand().growthPerYear()).isEqualTo(0.3);
        // 98.32 USD * 0.92 EUR/USD = 90.4544 EUR
        assertThat(s.inReportingCurrency(aws.onDemandPerHour())).isCloseTo(90.4544, within(1e-9));
    }

    private static final String MINIMAL = """
            {
              "name": "minimal",
              "financials": { "horizonYears": 3, "discountRatePerYear": 0.1, "reportingCurrency": "USD" },
              "accelerators": [ { "name": "L4", "memoryGb": 24, "boardWatts": 72 } ],
              "serverTypes": [],
              "sites": [],
              "cloudOfferings": [ {
                "name": "gcp-g2", "provider": "GCP", "region": "us-central1", "jurisdiction": "US",
                "instanceType": "g2-standard-8", "accelerator": "L4", "acceleratorsPerInstance": 1,
                "onDemandPerHour": "0.85 USD", "egressPerGb": "0.12 USD" } ],
              "throughput": [ { "model": "llama-3.1-8b", "platform": "gcp-g2", "slo": "BATCH",
                                "unit": "REQUESTS_PER_SECOND", "perSecond": 20 } ],
              "workloads": [ { "name": "summaries", "owner": "legal", "model": "llama-3.1-8b",
                               "demand": { "unit": "REQUESTS_PER_SECOND", "constantPerSecond": 3.5 },
                               "slo": "BATCH" } ]
            }
            """;

    @Test
    void optionalFieldsTakeTheirDefaultsAndAConstantBecomes24EqualHours() {
        Scenario s = ScenarioFiles.fromJson(MINIMAL, "minimal.json");

        assertThat(s.description()).isEmpty();
        assertThat(s.exchangeRates().rates()).isEmpty();
        assertThat(s.financials().energyEscalationPerYear()).isZero();
        assertThat(s.financials().cloudPriceChangePerYear()).isZero();
        assertThat(s.financials().hoursPerMonth()).isEqualTo(730);
        CloudOffering gcp = s.cloudOfferings().get(0);
        assertThat(gcp.commitments()).isEmpty();
        assertThat(gcp.spotPerHour()).isEmpty();
        assertThat(gcp.spotInterruptionOverhead()).isZero();
        assertThat(gcp.billingIncrementSeconds()).isEqualTo(3600);
        Workload w = s.workloads().get(0);
        assertThat(w.tags()).isEmpty();
        assertThat(w.allowedJurisdictions()).isEmpty();
        assertThat(w.egressGbPerMillionUnits()).isZero();
        assertThat(w.egressGbPerMonth()).isZero();
        assertThat(w.interruptible()).isFalse();
        assertThat(w.demand().hourly()).hasSize(24).containsOnly(3.5);
        assertThat(w.demand().growthPerYear()).isZero();
        assertThat(w.requestMix()).isEmpty();
        assertThat(w.splitParts()).isEqualTo(1);
    }

    /** MINIMAL with a request mix of two classes, each with its own throughput entry, in 4 parts. */
    private static final String MIXED = MINIMAL
            .replace("\"slo\": \"BATCH\" } ]\n}", """
                    "slo": "BATCH",
                                       "requestMix": [ { "name": "short", "share": 0.75, "model": "llama-3.1-8b/short" },
                                                       { "name": "long", "share": 0.25, "model": "llama-3.1-8b/long" } ],
                                       "splitParts": 4 } ]
                    }""")
            .replace("\"perSecond\": 20 } ]", """
                    "perSecond": 20 },
                                    { "model": "llama-3.1-8b/short", "platform": "gcp-g2", "slo": "BATCH",
                                      "unit": "REQUESTS_PER_SECOND", "perSecond": 40 },
                                    { "model": "llama-3.1-8b/long", "platform": "gcp-g2", "slo": "BATCH",
                                      "unit": "REQUESTS_PER_SECOND", "perSecond": 8 } ]""");

    @Test
    void aRequestMixAndSplitPartsAreReadWrittenAndReadBack() {
        Scenario s = ScenarioFiles.fromJson(MIXED, "mixed.json");

        Workload w = s.workloads().get(0);
        assertThat(w.requestMix()).containsExactly(new RequestClass("short", 0.75, "llama-3.1-8b/short"),
                new RequestClass("long", 0.25, "llama-3.1-8b/long"));
        assertThat(w.splitParts()).isEqualTo(4);
        // 1 / (0.75 / 40 + 0.25 / 8) = 1 / (0.01875 + 0.03125) = 1 / 0.05 = 20 requests/s per instance
        assertThat(s.throughput(w, "gcp-g2").getAsDouble()).isCloseTo(20, within(1e-12));
        String json = ScenarioFiles.toJson(s);
        assertThat(json).contains("""
                    "interruptible": false,
                    "requestMix": [ {
                      "name": "short",
                      "share": 0.75,
                      "model": "llama-3.1-8b/short"
                    }, {
                      "name": "long",
                      "share": 0.25,
                      "model": "llama-3.1-8b/long"
                    } ],
                    "splitParts": 4
                  } ]
                """);
        assertThat(ScenarioFiles.fromJson(json, "again.json")).isEqualTo(s);
    }

    @Test
    void mistakesInARequestMixAreReportedWithTheirPaths() {
        assertThat(violations(MIXED.replace("\"share\": 0.25", "\"share\": 0.2")))
                .containsExactly(new Violation("workloads[0].requestMix", "2 classes with shares summing to 0.95",
                        "must have shares summing to 1 (within 1.0E-9): they are fractions of the workload's demand"));
        assertThat(violations(MIXED.replace("\"share\": 0.25", "\"share\": 25")
                .replace("\"name\": \"short\", ", "").replace("\"splitParts\": 4", "\"splitParts\": 4.5")))
                .extracting(Violation::toString).containsExactly(
                        "workloads[0].requestMix[0].name (missing) is required: a string",
                        "workloads[0].requestMix[1].share (25.0) must be a fraction in (0, 1]: the part of the "
                                + "workload's demand in this class. Maybe a percentage was given: write 0.25 for 25%",
                        "workloads[0].splitParts (4.5) must be a whole number, written without a decimal point");
        assertThat(violations(MIXED.replace("\"model\": \"llama-3.1-8b/long\" }", "\"model\": \"llama-3.1-8b/lng\" }")))
                .extracting(Violation::toString).containsExactly("workloads[0].requestMix[1].model (llama-3.1-8b/lng)"
                        + " has no throughput entry at SLO BATCH: add one to throughput, or the request class cannot"
                        + " run anywhere");
    }

    @Test
    void theWriterGivesTheCanonicalFormWithEveryOptionalFieldAndHourlyDemand() {
        String json = ScenarioFiles.toJson(ScenarioFiles.fromJson(MINIMAL, "minimal.json"));

        assertThat(json).startsWith("""
                {
                  "name": "minimal",
                  "description": "",
                  "financials": {
                    "horizonYears": 3,
                    "discountRatePerYear": 0.1,
                    "energyEscalationPerYear": 0,
                    "cloudPriceChangePerYear": 0,
                    "hoursPerMonth": 730,
                    "reportingCurrency": "USD"
                  },
                  "exchangeRates": {},
                  "accelerators": [ {
                    "name": "L4",
                    "memoryGb": 24,
                    "boardWatts": 72
                  } ],
                  "serverTypes": [],
                  "sites": [],
                """);
        assertThat(json).contains("""
                    "commitments": [],
                    "spotInterruptionOverhead": 0,
                    "egressPerGb": "0.12 USD",
                    "billingIncrementSeconds": 3600
                """);
        assertThat(json).contains("\"hourly\": [ 3.5, 3.5, ")
                .doesNotContain("constantPerSecond")
                .doesNotContain("spotPerHour")
                .doesNotContain("\r")
                .endsWith("}\n");
        assertThat(ScenarioFiles.toJson(ScenarioFiles.fromJson(json, "again.json"))).isEqualTo(json);
    }

    @Test
    void aWrittenFileReadsBackEqual(@TempDir Path dir) throws Exception {
        Scenario s = ScenarioFiles.fromJson(Examples.STEADY, "steady.json");
        Path file = dir.resolve("steady.json");

        ScenarioFiles.write(s, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ScenarioFiles.toJson(s));
        assertThat(ScenarioFiles.read(file)).isEqualTo(s);
    }

    @Test
    void problemsInAFileAreReportedWithItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, Examples.STEADY.replace("\"pue\": 1.35", "\"pue\": 0.9"));

        assertThatThrownBy(() -> ScenarioFiles.read(file))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage(file + ": sites[0].pue (0.9) must be between 1 and 3 (facility power / IT power)");
    }

    @Test
    void aMissingFileIsAnIoErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> ScenarioFiles.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    /** Five mistakes in five different objects: every one is reported, in one exception, one line each. */
    @Test
    void aFileWithSeveralMistakesReportsAllOfThem() {
        String json = Examples.STEADY
                .replace("\"horizonYears\": 5", "\"horizonYears\": \"5\"")
                .replace("\"boardWatts\": 700", "\"boardWatts\": 700, \"tdpWatts\": 700")
                .replace("\"idleWatts\": 2500", "\"idleWatts\": 12500")
                .replace("\"basis\": \"PER_KW_MONTH\"", "\"basis\": \"PER_KW\"")
                .replace("\"growthPerYear\": 0.3", "\"growthPerYear\": 35");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(json, "steady.json"));

        assertThat(e.violations()).containsExactly(
                new Violation("financials.horizonYears", "\"5\"", "must be a whole number, not a string"),
                new Violation("accelerators[0].tdpWatts", "700", "is not a known field here; allowed fields are"
                        + " name, memoryGb, boardWatts"),
                new Violation("serverTypes[0].idleWatts", "12500.0", "must not exceed peakWatts (10200.0)"),
                new Violation("sites[0].space.basis", "\"PER_KW\"", "must be one of PER_KW_MONTH, PER_RACK_UNIT_MONTH"),
                new Violation("workloads[0].demand.growthPerYear", "35.0", "must be a fraction between -0.99 and 10."
                        + " Maybe a percentage was given: write 0.35 for 35%"));
        assertThat(e.getMessage().split("\n")).containsExactly(
                "steady.json: financials.horizonYears (\"5\") must be a whole number, not a string",
                "steady.json: accelerators[0].tdpWatts (700) is not a known field here; allowed fields are name,"
                        + " memoryGb, boardWatts",
                "steady.json: serverTypes[0].idleWatts (12500.0) must not exceed peakWatts (10200.0)",
                "steady.json: sites[0].space.basis (\"PER_KW\") must be one of PER_KW_MONTH, PER_RACK_UNIT_MONTH",
                "steady.json: workloads[0].demand.growthPerYear (35.0) must be a fraction between -0.99 and 10."
                        + " Maybe a percentage was given: write 0.35 for 35%");
    }

    @Test
    void aBadObjectDoesNotStopTheOthersBeingChecked() {
        // Two bad workloads and a bad field next to a bad nested object in the first.
        String json = Examples.STEADY.replace("\"workloads\": [", """
                "workloads": [
                  { "name": "a", "owner": "x", "model": "llama-3.1-70b", "slo": "LATENCY_CRITICAL",
                    "demand": { "unit": "TOKENS", "constantPerSecond": 10 }, "egressGbPerMonth": -3 },
                  { "name": "b", "owner": "x", "model": "llama-3.1-70b", "slo": "LATENCY_CRITICAL",
                    "demand": { "unit": "TOKENS_PER_SECOND", "constantPerSecond": -10 } },
                """);

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(json, "steady.json"));

        assertThat(e.violations()).extracting(Violation::path).containsExactly(
                "workloads[0].demand.unit", "workloads[0].egressGbPerMonth", "workloads[1].demand.constantPerSecond");
        assertThat(e.violations().get(2)).hasToString(
                "workloads[1].demand.constantPerSecond (-10.0) must be a finite demand >= 0");
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() {
        String json = """
                {
                  "name": "x",
                  "financials": {
                    "horizonYears": 5,
                  }
                }
                """;

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.read(new StringReader(json), "trailing-comma.json"));

        // The stray comma ends line 4; the '}' that follows it is the 3rd character of line 5.
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("line 5, column 3");
            assertThat(v.expected()).startsWith("is not well-formed JSON: Unexpected character ('}'");
        });
        assertThat(e.getMessage()).startsWith("trailing-comma.json: ").contains("line 5, column 3");
    }

    @Test
    void nonStandardJsonIsASyntaxError() {
        for (String text : List.of("{ \"name\": NaN }", "{ // comment\n }", "{ 'name': 'x' }", "{ name: \"x\" }")) {
            ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                    () -> ScenarioFiles.fromJson(text, "odd.json"));

            assertThat(e.violations()).as(text).singleElement()
                    .satisfies(v -> assertThat(v.value()).startsWith("line 1, column "))
                    .satisfies(v -> assertThat(v.expected()).startsWith("is not well-formed JSON"));
        }
    }

    @Test
    void aKeyGivenTwiceIsReportedWithWhereItIsRepeated() {
        String json = Examples.STEADY.replace("\"hoursPerMonth\": 730,", "\"hoursPerMonth\": 730,\n\"horizonYears\": 7,");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(json, "steady.json"));

        // "horizonYears" is first on line 5 and repeated at the start of line 10.
        assertThat(e.violations()).containsExactly(new Violation("financials.horizonYears", "7",
                "is given twice (again at line 10, column 1); give each field once"));
    }

    @Test
    void aDocumentThatIsNotOneObjectIsRejected() {
        assertThat(violations("[]")).containsExactly(
                new Violation("$", "[]", "must be an object {...}, not an array"));
        assertThat(violations("   ")).containsExactly(
                new Violation("$", "empty", "must be a JSON object describing a scenario"));
        assertThat(violations(MINIMAL + "{}")).containsExactly(new Violation("$", "line 17, column 1",
                "has more after the end of the scenario object; a file holds exactly one JSON object"));
    }

    @Test
    void anEmptyObjectListsEveryRequiredField() {
        assertThat(violations("{}")).extracting(Violation::path).containsExactly("name", "financials",
                "accelerators", "serverTypes", "sites", "cloudOfferings", "throughput", "workloads");
    }

    @Test
    void aNegativeZeroSurvivesTheRoundTrip() {
        Scenario s = ScenarioFiles.fromJson(Examples.STEADY.replace("\"growthPerYear\": 0.3", "\"growthPerYear\": -0.0"),
                "steady.json");

        assertThat(Double.doubleToRawLongBits(s.workloads().get(0).demand().growthPerYear()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(ScenarioFiles.fromJson(ScenarioFiles.toJson(s), "again.json")).isEqualTo(s);
    }

    @Test
    void exchangeRatesKeepTheirDecimalsExactly() {
        Scenario s = ScenarioFiles.fromJson(Examples.STEADY.replace("0.92", "0.923456789012345678901"), "s.json");

        assertThat(s.exchangeRates().rates()).containsEntry("USD/EUR", new BigDecimal("0.923456789012345678901"));
        assertThat(ScenarioFiles.toJson(s)).contains("\"USD/EUR\": 0.923456789012345678901");
    }

    @Test
    void jurisdictionsAndTagsAreWrittenSorted() {
        String json = Examples.STEADY.replace("[\"EU\"]", "[\"US\", \"EU\", \"CH\"]")
                .replace("\"cost_center\": \"CC-1234\"", "\"team\": \"t\", \"cost_center\": \"CC-1234\"");

        String written = ScenarioFiles.toJson(ScenarioFiles.fromJson(json, "s.json"));

        assertThat(written).contains("\"allowedJurisdictions\": [ \"CH\", \"EU\", \"US\" ]")
                .contains("\"cost_center\": \"CC-1234\",\n      \"team\": \"t\"");
        assertThat(ScenarioFiles.fromJson(written, "w.json").workloads().get(0).allowedJurisdictions())
                .isEqualTo(Set.of("CH", "EU", "US"));
    }

    private static List<Violation> violations(String json) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(json, "x.json"));
        assertThat(e).as("a ScenarioFileException for " + json).isNotNull();
        return e.violations();
    }
}
