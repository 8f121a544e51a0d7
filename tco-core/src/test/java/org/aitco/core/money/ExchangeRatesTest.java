package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");

    private final ExchangeRates usdEur = ExchangeRates.of(Map.of("USD/EUR", 0.92));

    @Test
    void aRateIsUsedAsGiven() {
        assertThat(usdEur.rate(USD, EUR)).isEqualTo(0.92);
        // 100 USD * 0.92 = 92 EUR
        assertThat(usdEur.convert(100, USD, EUR)).isCloseTo(92.0, within(1e-9));
    }

    @Test
    void aRateGivenOneWayIsUsedTheOtherWay() {
        // 1 / 0.92 = 1.086956521739...
        assertThat(usdEur.rate(EUR, USD)).isCloseTo(1.0869565217391304, within(1e-12));
        // 92 EUR / 0.92 = 100 USD
        assertThat(usdEur.convert(92, EUR, USD)).isCloseTo(100.0, within(1e-9));
        assertThat(usdEur.canConvert(EUR, USD)).isTrue();
        assertThat(usdEur.canConvert(USD, EUR)).isTrue();
    }

    @Test
    void aCurrencyConvertsToItselfWithoutARate() {
        assertThat(ExchangeRates.none().canConvert(GBP, GBP)).isTrue();
        assertThat(ExchangeRates.none().rate(GBP, GBP)).isEqualTo(1.0);
        assertThat(ExchangeRates.none().convert(12.5, GBP, GBP)).isEqualTo(12.5);
    }

    @Test
    void aMissingPairIsNamedWithTheFix() {
        assertThat(usdEur.canConvert(GBP, EUR)).isFalse();
        assertThatThrownBy(() -> usdEur.rate(GBP, EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no exchange rate from GBP to EUR; add exchangeRates \"GBP/EUR\"");
        assertThatThrownBy(() -> ExchangeRates.none().convert(1, USD, EUR))
                .hasMessage("no exchange rate from USD to EUR; add exchangeRates \"USD/EUR\"");
    }

    @Test
    void noTriangulationThroughAThirdCurrency() {
        ExchangeRates rates = ExchangeRates.of(Map.of("USD/EUR", 0.92, "GBP/USD", 1.27));
        assertThat(rates.canConvert(GBP, EUR)).isFalse();
        assertThatThrownBy(() -> rates.rate(GBP, EUR))
                .hasMessage("no exchange rate from GBP to EUR; add exchangeRates \"GBP/EUR\"");
    }

    @Test
    void pairTextMustBeBaseSlashQuote() {
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USDEUR", 0.92)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exchange rate pair (USDEUR) must be written BASE/QUOTE, for example USD/EUR");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/EUR/GBP", 0.92)))
                .hasMessage("exchange rate pair (USD/EUR/GBP) must be written BASE/QUOTE, for example USD/EUR");
        Map<String, BigDecimal> nullPair = new HashMap<>();
        nullPair.put(null, BigDecimal.ONE);
        assertThatThrownBy(() -> new ExchangeRates(nullPair))
                .hasMessage("exchange rate pair (null) must be written BASE/QUOTE, for example USD/EUR");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("usd/EUR", 0.92)))
                .hasMessage("currency (usd) must be a three-letter ISO 4217 code such as EUR or USD");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/QQQ", 0.92)))
                .hasMessage("currency (QQQ) is not an ISO 4217 code");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("EUR/EUR", 1.0)))
                .hasMessage("exchange rate pair (EUR/EUR) names one currency twice");
    }

    @Test
    void ratesMustBePositiveAndFinite() {
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/EUR", -0.92)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exchange rate USD/EUR (-0.92) must be a positive number");
        assertThatThrownBy(() -> new ExchangeRates(Map.of("USD/EUR", BigDecimal.ZERO)))
                .hasMessage("exchange rate USD/EUR (0) must be a positive number");
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/EUR", Double.NaN)))
                .hasMessage("exchange rate USD/EUR (NaN) must be a finite number");
    }

    @Test
    void aPairGivenBothWaysIsRejected() {
        // of() sorts the pairs, so EUR/USD is checked first and finds USD/EUR among the given rates.
        assertThatThrownBy(() -> ExchangeRates.of(Map.of("USD/EUR", 0.92, "EUR/USD", 1.09)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exchange rate EUR/USD is given both ways (USD/EUR too); give one");
    }

    @Test
    void ratesAreKeptExactAndImmutable() {
        ExchangeRates rates = new ExchangeRates(Map.of("USD/EUR", new BigDecimal("0.9200")));
        assertThat(rates.rates().get("USD/EUR")).isEqualTo(new BigDecimal("0.92"));
        assertThat(rates).isEqualTo(ExchangeRates.of(Map.of("USD/EUR", 0.92)));
        assertThatThrownBy(() -> rates.rates().put("GBP/EUR", BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
