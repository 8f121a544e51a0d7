package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.aitco.core.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake at a time in an otherwise valid scenario ({@link Examples#STEADY}): each is rejected with exactly
 * one problem that names the path, the value found and what was expected.
 */
class MalformedScenarioTest {
    /** Keeps decimals as written, so that 1e999 stays 1e999 instead of becoming "Infinity". */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * A mistake: the JSON value {@code json} put at {@code pointer} (removed when null), and the one problem
     * expected.
     */
    record Case(String what, String pointer, String json, String path, String value, String expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // unknown and missing fields
                new Case("unknown field at the root", "/horizonYears", "5", "horizonYears", "5",
                        "is not a known field here; allowed fields are name, description, financials, exchangeRates,"
                                + " accelerators, serverTypes, sites, cloudOfferings, throughput, workloads"),
                new Case("misspelt field gets a suggestion", "/serverTypes/0/peakWats", "10200",
                        "serverTypes[0].peakWats", "10200", "Maybe you meant peakWatts"),
                new Case("missing name", "/name", null, "name", "missing", "is required: a string"),
                new Case("missing reporting currency", "/financials/reportingCurrency", null,
                        "financials.reportingCurrency", "missing", "is required: an ISO 4217 currency code"),
                new Case("missing list of server types", "/serverTypes", null, "serverTypes", "missing",
                        "is required: an array"),
                new Case("missing demand unit", "/workloads/0/demand/unit", null, "workloads[0].demand.unit",
                        "missing", "is required: one of TOKENS_PER_SECOND, REQUESTS_PER_SECOND"),
                // wrong types
                new Case("string where a number is expected", "/sites/0/pue", "\"1.35\"", "sites[0].pue",
                        "\"1.35\"", "must be a number, not a string"),
                new Case("5.5 for a whole number", "/financials/horizonYears", "5.5", "financials.horizonYears",
                        "5.5", "must be a whole number, written without a decimal point"),
                new Case("\"NaN\" for a number", "/accelerators/0/memoryGb", "\"NaN\"", "accelerators[0].memoryGb",
                        "\"NaN\"", "must be a number, not a string"),
                new Case("number that overflows a double", "/serverTypes/0/peakWatts", "1e999",
                        "serverTypes[0].peakWatts", "1E+999", "must be a finite number"),
                new Case("whole number beyond int", "/sites/0/rackUnitsCapacity", "3000000000",
                        "sites[0].rackUnitsCapacity", "3000000000", "must be a whole number between -2147483648"),
                new Case("null for a required field", "/workloads/0/model", "null", "workloads[0].model", "null",
                        "must be a string, not null"),
                new Case("null for an optional field", "/cloudOfferings/0/spotPerHour", "null",
                        "cloudOfferings[0].spotPerHour", "null", "leave the field out for the default"),
                new Case("string for a boolean", "/workloads/0/interruptible", "\"yes\"",
                        "workloads[0].interruptible", "\"yes\"", "must be true or false, not a string"),
                new Case("array for an object", "/financials", "[]", "financials", "[]",
                        "must be an object {...}, not an array"),
                new Case("string for a nested object", "/workloads/0/demand", "\"lots\"", "workloads[0].demand",
                        "\"lots\"", "must be an object {...}, not a string"),
                new Case("number as a tag value", "/workloads/0/tags/cost center", "12",
                        "workloads[0].tags[\"cost center\"]", "12", "must be a string, not a number"),
                // enums, prices, currencies
                new Case("unknown SLO lists the allowed ones", "/throughput/0/slo", "\"REALTIME\"",
                        "throughput[0].slo", "\"REALTIME\"", "must be one of LATENCY_CRITICAL, BATCH"),
                new Case("lower-case enum gets a hint", "/sites/0/space/basis", "\"per_rack_unit_month\"",
                        "sites[0].space.basis", "\"per_rack_unit_month\"", "Maybe you meant PER_RACK_UNIT_MONTH"),
                new Case("price as a bare number", "/sites/0/energyPerKwh", "0.21", "sites[0].energyPerKwh", "0.21",
                        "must be a string \"<amount> <ISO code>\" such as \"0.21 EUR\", not a number"),
                new Case("price with a made-up currency", "/sites/0/energyPerKwh", "\"0.21 EURO\"",
                        "sites[0].energyPerKwh", "\"0.21 EURO\"", "currency (EURO) must be a three-letter ISO 4217"),
                new Case("negative price", "/serverTypes/0/purchasePrice", "\"-5 EUR\"",
                        "serverTypes[0].purchasePrice", "\"-5 EUR\"", "must not be negative"),
                new Case("currency written out", "/financials/reportingCurrency", "\"Euro\"",
                        "financials.reportingCurrency", "\"Euro\"", "must be a three-letter ISO 4217 currency code"),
                // ranges: the model's own rules, under the JSON path of the object
                new Case("growth given as a percentage", "/workloads/0/demand/growthPerYear", "35",
                        "workloads[0].demand.growthPerYear", "35.0",
                        "must be a fraction between -0.99 and 10. Maybe a percentage was given: write 0.35 for 35"),
                new Case("PUE below 1", "/sites/0/pue", "0.9", "sites[0].pue", "0.9", "must be between 1 and 3"),
                new Case("idle power above peak", "/serverTypes/0/idleWatts", "12000", "serverTypes[0].idleWatts",
                        "12000.0", "must not exceed peakWatts (10200.0)"),
                new Case("horizon of 31 years", "/financials/horizonYears", "31", "financials.horizonYears", "31",
                        "must be a whole number of years between 1 and 30"),
                new Case("billing every 30 seconds", "/cloudOfferings/0/billingIncrementSeconds", "30",
                        "cloudOfferings[0].billingIncrementSeconds", "30", "must be 1, 60 or 3600"),
                new Case("2-year commitment", "/cloudOfferings/0/commitments/0/termYears", "2",
                        "cloudOfferings[0].commitments[0].termYears", "2", "must be 1 or 3"),
                new Case("23 hourly values", "/workloads/0/demand/hourly/23", null, "workloads[0].demand.hourly",
                        "23 values", "must hold 24 (a day), 168 (a week) or 8760 (a year) hourly values"),
                new Case("negative hourly demand", "/workloads/0/demand/hourly/3", "-1",
                        "workloads[0].demand.hourly[3]", "-1.0", "must be a finite demand >= 0"),
                new Case("string in the hourly values", "/workloads/0/demand/hourly/5", "\"x\"",
                        "workloads[0].demand.hourly[5]", "\"x\"", "must be a number, not a string"),
                new Case("zero constant demand", "/workloads/0/demand",
                        "{\"unit\": \"TOKENS_PER_SECOND\", \"constantPerSecond\": 0}",
                        "workloads[0].demand.constantPerSecond", "0.0", "must be > 0"),
                new Case("both hourly and constantPerSecond", "/workloads/0/demand/constantPerSecond", "1800",
                        "workloads[0].demand", "hourly and constantPerSecond",
                        "must give exactly one of hourly (24, 168 or 8760 values) and constantPerSecond"),
                new Case("neither hourly nor constantPerSecond", "/workloads/0/demand/hourly", null,
                        "workloads[0].demand.hourly", "missing", "is required unless constantPerSecond is given"),
                new Case("allowed jurisdiction given twice", "/workloads/0/allowedJurisdictions/1", "\"EU\"",
                        "workloads[0].allowedJurisdictions[1]", "\"EU\"", "is given twice"),
                new Case("empty workloads", "/workloads", "[]", "workloads", "[]", "must hold at least one workload"),
                // exchange rates
                new Case("negative exchange rate", "/exchangeRates/USD~1EUR", "-0.92", "exchangeRates[\"USD/EUR\"]",
                        "-0.92", "must be a positive number"),
                new Case("exchange rate as a string", "/exchangeRates/USD~1EUR", "\"0.92\"",
                        "exchangeRates[\"USD/EUR\"]", "\"0.92\"", "must be a number"),
                new Case("exchange pair without a slash", "/exchangeRates/USD-GBP", "0.79",
                        "exchangeRates[\"USD-GBP\"]", "0.79", "must be written BASE/QUOTE"),
                // cross-references, reported by the scenario itself
                new Case("server type on an unknown accelerator", "/serverTypes/0/accelerator", "\"A100\"",
                        "serverTypes[0].accelerator", "A100", "must name one of accelerators [H100-SXM5-80GB]"),
                new Case("throughput on an unknown platform", "/throughput/1/platform", "\"gcp-a3\"",
                        "throughput[1].platform", "gcp-a3", "must name a server type or cloud offering"),
                new Case("USD prices without a USD/EUR rate", "/exchangeRates/USD~1EUR", null,
                        "cloudOfferings[0].onDemandPerHour", "98.32 USD", "add exchangeRates \"USD/EUR\""),
                new Case("workload model nowhere in the throughput table", "/workloads/0/model", "\"mistral-7b\"",
                        "workloads[0].model", "mistral-7b", "has no throughput entry at SLO LATENCY_CRITICAL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMistakeIsReportedWithItsPathValueAndWhatWasExpected(Case c) throws Exception {
        String json = mutated(c);

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(json, "steady.json"));

        assertThat(e).as("a ScenarioFileException").isNotNull();
        if (c.what().startsWith("USD prices")) {
            // Every USD price misses the rate: on-demand, commitment, spot and egress.
            assertThat(e.violations()).hasSize(4).allSatisfy(v -> assertThat(v.expected()).contains(c.expected()));
        } else {
            assertThat(e.violations()).hasSize(1);
        }
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo(c.path());
        assertThat(v.value()).isEqualTo(c.value());
        assertThat(v.expected()).contains(c.expected());
        assertThat(e.getMessage()).startsWith("steady.json: " + c.path() + " (" + c.value() + ") ");
        assertThat(e.source()).isEqualTo("steady.json");
    }

    /** {@link Examples#STEADY} with the case's change. */
    private static String mutated(Case c) throws Exception {
        JsonNode root = MAPPER.readTree(Examples.STEADY);
        JsonPointer pointer = JsonPointer.compile(c.pointer());
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            int i = Integer.parseInt(last);
            if (c.json() == null) {
                array.remove(i);
            } else if (i == array.size()) {
                array.add(MAPPER.readTree(c.json()));
            } else {
                array.set(i, MAPPER.readTree(c.json()));
            }
        } else if (parent instanceof ObjectNode object) {
            if (c.json() == null) {
                assertThat(object.remove(last)).as("field to remove: " + c.pointer()).isNotNull();
            } else {
                object.set(last, MAPPER.readTree(c.json()));
            }
        } else {
            throw new AssertionError("no object or array at " + pointer.head());
        }
        return MAPPER.writeValueAsString(root);
    }
}
