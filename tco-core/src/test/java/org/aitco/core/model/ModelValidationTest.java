package org.aitco.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;
import org.junit.jupiter.api.Test;

/** The model's own checks, which the scenario reader reports under JSON paths. */
class ModelValidationTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void aServerCannotDrawMoreIdleThanAtPeak() {
        assertThatThrownBy(() -> new ServerType("s", "a", 8, Price.parse("1 EUR"), 12_000, 10_200, 8, 5, 0.1, 0.08))
                .isInstanceOf(ValidationException.class)
                .hasMessage("idleWatts (12000.0) must not exceed peakWatts (10200.0)");
    }

    @Test
    void aPueBelowOneIsRejected() {
        assertThatThrownBy(() -> new Site("ams-1", "EU", Price.parse("0.21 EUR"), 0.9,
                SpaceCost.perKwMonth(Price.parse("180 EUR")), 400, 420, Price.parse("2400 EUR")))
                .hasMessage("pue (0.9) must be between 1 and 3 (facility power / IT power)");
    }

    @Test
    void growthGivenAsAPercentageGetsAHint() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> DemandProfile.constant(DemandUnit.TOKENS_PER_SECOND, 100, 35));

        // 35 / 100 = 0.35
        assertThat(e.violations()).containsExactly(new Violation("growthPerYear", "35.0",
                "must be a fraction between -0.99 and 10. Maybe a percentage was given: write 0.35 for 35%"));
    }

    @Test
    void everyViolationOfAValueIsReportedAndCanBePrefixed() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new Accelerator(" ", -1, Double.NaN));

        assertThat(e.violations()).extracting(v -> v.prefixed("accelerators[2]").toString()).containsExactly(
                "accelerators[2].name (\" \") must not be blank",
                "accelerators[2].memoryGb (-1.0) must be a finite number > 0",
                "accelerators[2].boardWatts (NaN) must be a finite number > 0");
        assertThat(e.getMessage()).startsWith("3 problems:\n  name");
        assertThat(new Violation("[3]", "x", "y").prefixed("hourly").path()).isEqualTo("hourly[3]");
    }

    @Test
    void moneyHoldsTheMinorUnitsOfItsCurrencyAndNoMore() {
        // 1,234.50 EUR is 123,450 cents; trailing zeros do not matter.
        assertThat(Money.of("1234.5", "EUR")).isEqualTo(Money.ofMinor(123_450, EUR));
        assertThat(Money.of("1234.50", "EUR").minorUnits()).isEqualTo(123_450);
        assertThatThrownBy(() -> Money.of("1.234", "EUR"))
                .hasMessage("amount (1.234) has more decimals than EUR allows (2); round it with Money.rounded");
        assertThatThrownBy(() -> Money.of("1.5", "JPY"))
                .hasMessage("amount (1.5) has more decimals than JPY allows (0); round it with Money.rounded");
        // 0.125 rounds half to even: 0.12; 0.135 -> 0.14.
        assertThat(Money.rounded(new java.math.BigDecimal("0.125"), EUR)).isEqualTo(Money.of("0.12", "EUR"));
        assertThat(Money.rounded(new java.math.BigDecimal("0.135"), EUR)).isEqualTo(Money.of("0.14", "EUR"));
    }

    @Test
    void exchangeRatesWorkBothWaysButNeverThroughAThirdCurrency() {
        ExchangeRates rates = ExchangeRates.of(Map.of("USD/EUR", 0.92, "GBP/EUR", 1.17));

        // 100 USD * 0.92 = 92 EUR; 92 EUR / 0.92 = 100 USD.
        assertThat(rates.convert(100, USD, EUR)).isCloseTo(92, within(1e-9));
        assertThat(rates.convert(92, EUR, USD)).isCloseTo(100, within(1e-9));
        // USD -> GBP would need USD -> EUR -> GBP: not guessed.
        assertThat(rates.canConvert(USD, GBP)).isFalse();
        assertThatThrownBy(() -> rates.rate(USD, GBP))
                .hasMessage("no exchange rate from USD to GBP; add exchangeRates \"USD/GBP\"");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/EUR", 0.92, "EUR/USD", 1.09)))
                .hasMessageContaining("is given both ways");
    }

    @Test
    void aScenarioNamesEveryPriceItCannotConvert() {
        Accelerator l4 = new Accelerator("L4", 24, 72);
        CloudOffering offering = new CloudOffering("g2", "GCP", "us-central1", "US", "g2-standard-8", "L4", 1,
                Price.parse("0.85 USD"), List.of(), java.util.Optional.empty(), 0, Price.parse("0.12 USD"), 3600);
        Workload w = Workload.named("w").model("m").tokensPerSecond(10).build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new Scenario("s", "", FinancialAssumptions.defaults(EUR), ExchangeRates.none(), List.of(w),
                        List.of(l4), List.of(), List.of(), List.of(offering),
                        List.of(new ThroughputEntry("m", "g2", SloClass.LATENCY_CRITICAL,
                                DemandUnit.TOKENS_PER_SECOND, 100))));

        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("cloudOfferings[0].onDemandPerHour", "cloudOfferings[0].egressPerGb");
        assertThat(e.violations().get(0).expected())
                .isEqualTo("is in USD but the reporting currency is EUR: add exchangeRates \"USD/EUR\"");
    }
}
