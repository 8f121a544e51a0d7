package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keepsEveryDecimalGiven() {
        Price p = Price.parse("0.2134 EUR");
        assertThat(p.amount()).isEqualByComparingTo("0.2134");
        assertThat(p.amount().scale()).isEqualTo(4);
        assertThat(p.currency()).isEqualTo(EUR);
        assertThat(p).hasToString("0.2134 EUR");
        assertThat(p.value()).isEqualTo(0.2134);
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertThat(Price.parse("1.50 EUR")).isEqualTo(Price.parse("1.5 EUR"));
        assertThat(Price.parse("1.50 EUR")).hasSameHashCodeAs(Price.parse("1.5 EUR"));
        assertThat(Price.parse("1.50 EUR")).hasToString("1.5 EUR");
        assertThat(Price.parse("0.00 EUR")).isEqualTo(Price.parse("0 EUR")).hasToString("0 EUR");
        assertThat(Price.parse("1.5 EUR")).isNotEqualTo(Price.parse("1.5 USD"));
    }

    @Test
    void wholeNumbersAreWrittenPlainly() {
        // stripTrailingZeros makes 1000 into 1E+3; the text form must still be 1000.
        assertThat(Price.parse("1000 EUR")).hasToString("1000 EUR");
        assertThat(Price.parse("1E+3 EUR")).isEqualTo(Price.parse("1000.00 EUR"));
    }

    @Test
    void surroundingAndRepeatedSpacesAreAccepted() {
        assertThat(Price.parse("  98.32   USD ")).isEqualTo(Price.of(98.32, "USD"));
    }

    @Test
    void negativePricesAreRejected() {
        assertThatThrownBy(() -> Price.parse("-0.21 EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price (-0.21 EUR) must not be negative");
        assertThatThrownBy(() -> Price.of(-1, "USD")).hasMessage("price (-1.0 USD) must not be negative");
    }

    @Test
    void textOfAnotherFormIsRejectedWithTheText() {
        assertThatThrownBy(() -> Price.parse("0.21EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price (\"0.21EUR\") must be an amount and a currency code, for example \"0.21 EUR\"");
        assertThatThrownBy(() -> Price.parse("0.21 EUR per kWh"))
                .hasMessage("price (\"0.21 EUR per kWh\") must be an amount and a currency code, for example \"0.21 EUR\"");
        assertThatThrownBy(() -> Price.parse("EUR 0.21"))
                .hasMessage("price (\"EUR 0.21\") must start with a decimal number, for example \"0.21 EUR\"");
        assertThatThrownBy(() -> Price.parse("0,21 EUR"))
                .hasMessage("price (\"0,21 EUR\") must start with a decimal number, for example \"0.21 EUR\"");
        assertThatThrownBy(() -> Price.parse("0.21 euro"))
                .hasMessage("currency (euro) must be a three-letter ISO 4217 code such as EUR or USD");
        assertThatThrownBy(() -> Price.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void numbersMustBeFinite() {
        assertThatThrownBy(() -> Price.of(Double.NaN, "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price (NaN) must be a finite number");
        assertThatThrownBy(() -> Price.of(Double.POSITIVE_INFINITY, "EUR"))
                .hasMessage("price (Infinity) must be a finite number");
    }

    @Test
    void ofKeepsTheShortestDecimalOfTheDouble() {
        // BigDecimal.valueOf(98.32) is 98.32, not the binary expansion 98.31999999999999317878973670303821563720703125.
        assertThat(Price.of(98.32, "USD").amount()).isEqualTo(new BigDecimal("98.32"));
    }

    @Test
    void valueInConvertsWithTheRates() {
        ExchangeRates rates = ExchangeRates.of(Map.of("USD/EUR", 0.92));
        // 98.32 USD * 0.92 EUR/USD = 90.4544 EUR
        assertThat(Price.parse("98.32 USD").valueIn(EUR, rates)).isCloseTo(90.4544, within(1e-9));
        // Same currency: no rate needed, value unchanged.
        assertThat(Price.parse("0.21 EUR").valueIn(EUR, ExchangeRates.none())).isEqualTo(0.21);
    }

    @Test
    void rejectsAPriceTooLargeToCalculateWith() {
        // 1e400 is a valid decimal but its double value is Infinity: it would silently remove an option.
        assertThatThrownBy(() -> Price.parse("1e400 USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be at most 1000000000000000");
    }

    /** Was: the 309 digits of 1e308 in the message (#10). */
    @Test
    void aHugePriceIsShownWithItsExponent() {
        assertThatThrownBy(() -> Price.parse("1e308 USD"))
                .hasMessage("price (1E+308 USD) must be at most 1000000000000000: larger amounts cannot be calculated");
    }
}
