package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy and pools files follow the strict-input rules of scenario files (#11). */
class ChargebackFilesTest {

    private static InputFileException configError(Path dir, String json) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return catchThrowableOfType(ChargebackInputException.class, () -> ChargebackConfig.read(file));
    }

    @Test
    void everyProblemOfAPolicyFileIsReportedWithItsPath(@TempDir Path dir) throws IOException {
        InputFileException e = configError(dir, """
                {"tagKey": "a", "idle": {"policy": "owner", "ownr": "x"},
                 "shared": {"policy": "even", "costs": [{"name": "a", "period": "2024-9", "amount": "1",
                   "currency": "usd"}]},
                 "underUsedBelow": 60, "tagKey": "b"}
                """);
        assertThat(e.source()).endsWith("config.json");
        // The key given twice is found while parsing, so it comes first; on line 4 the second "tagKey" follows
        // one space and the 22 characters of "underUsedBelow": 60, so it starts in column 24.
        assertThat(e.violations()).containsExactly(
                new Violation("tagKey", "\"b\"", "is given twice (again at line 4, column 24); give each field once"),
                new Violation("idle.ownr", "\"x\"", "is not a known field here; allowed fields are policy, owner. "
                        + "Maybe you meant owner"),
                new Violation("idle.owner", "missing", "is required: a string"),
                new Violation("shared.costs[0].period", "\"2024-9\"", "must be a month such as \"2024-09\""),
                new Violation("shared.costs[0].currency", "\"usd\"", "must be a three-letter ISO 4217 currency code "
                        + "such as \"EUR\" or \"USD\": currency (usd) must be a three-letter ISO 4217 code such as "
                        + "EUR or USD"),
                new Violation("underUsedBelow", "60.0", "must be a fraction between 0 and 1. Maybe a percentage was "
                        + "given: write 0.6 for 60%"));
    }

    @Test
    void unknownNestedFieldsWrongTypesAndNaNAreRejected(@TempDir Path dir) throws IOException {
        assertThat(configError(dir, "{\"cloudAccelerators\": [{\"match\": \"g5\", \"perUnit\": 2}]}").violations())
                .extracting(Violation::path).containsExactly("cloudAccelerators[0].perUnit");
        assertThat(configError(dir, "{\"hoursPerMonth\": \"730\"}").violations()).containsExactly(
                new Violation("hoursPerMonth", "\"730\"", "must be a number, not a string"));
        assertThat(configError(dir, "{\"basis\": {\"ams-1/h100\": \"Tokens\"}}").violations()).containsExactly(
                new Violation("basis[\"ams-1/h100\"]", "\"Tokens\"",
                        "must be one of acceleratorHours, tokens, requests. Maybe you meant tokens"));
        assertThat(configError(dir, "{\"underUsedBelow\": NaN}").violations()).singleElement()
                .satisfies(v -> assertThat(v.expected()).startsWith("is not well-formed JSON: Non-standard token 'NaN'"));
    }

    @Test
    void aGoodPolicyFileReadsAsBefore() {
        ChargebackConfig c = ChargebackConfig.read(Path.of("../examples/chargeback/config.json"));
        assertThat(c.tagKey()).isEqualTo("business_unit");
        assertThat(c.billedCost()).isFalse();
        assertThat(c.basis("AMS-1/L40S")).isEqualTo(ChargebackConfig.Basis.TOKENS);
        assertThat(c.shared().costs()).singleElement().satisfies(s -> assertThat(s.amount().amount())
                .isEqualByComparingTo(new BigDecimal("1500.00")));
        assertThat(c.cloudAccelerators()).singleElement()
                .satisfies(a -> assertThat(a.platform()).isEqualTo("aws:g5.4xlarge"));
        assertThat(c.underUsedBelow()).isEqualTo(0.6);
        assertThat(c.hoursPerMonth()).isEqualTo(730);
    }

    @Test
    void poolsFilesReportEveryProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pools.json");
        Files.writeString(file, """
                {"pools": [{"name": "p", "period": "2024-09", "currency": "USD", "acceleratorHoursPaid": 0,
                            "components": {"energy": "-1", "enrgy": "2"}, "servers": ["a", 1]}]}
                """);
        InputFileException e = catchThrowableOfType(ChargebackInputException.class, () -> OnPremPool.read(file));
        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "pools[0].components.enrgy (\"2\") is not a known field here; allowed fields are amortisedCapex, "
                        + "energy, cooling, maintenance, space, staff. Maybe you meant energy",
                "pools[0].components.energy (-1) must be >= 0",
                "pools[0].acceleratorHoursPaid (0) must be > 0: the accelerator-hours the pool made available in the "
                        + "month (accelerators x hours)",
                "pools[0].servers[1] (1) must be a string, not a number");
        Files.writeString(file, "{\"pools\": []}");
        assertThat(catchThrowableOfType(ChargebackInputException.class, () -> OnPremPool.read(file)))
                .hasMessageEndingWith("pools.json: pools ([]) must be a non-empty array of pools");
    }
}
