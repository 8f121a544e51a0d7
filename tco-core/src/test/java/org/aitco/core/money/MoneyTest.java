package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void eurosKeepTwoDecimals() {
        Money m = Money.of("12.3", "EUR");
        assertThat(m.amount()).isEqualTo(new BigDecimal("12.30"));
        assertThat(m.amount().scale()).isEqualTo(2);
        assertThat(m).hasToString("12.30 EUR");
    }

    @Test
    void moreDecimalsThanTheCurrencyAllowsAreRejected() {
        assertThatThrownBy(() -> Money.of("12.345", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (12.345) has more decimals than EUR allows (2); round it with Money.rounded");
    }

    @Test
    void trailingZerosBeyondTheScaleAreNotExtraDecimals() {
        // 12.3400 has four digits after the point but only two significant ones: it is 12.34 EUR.
        assertThat(Money.of("12.3400", "EUR")).isEqualTo(Money.of("12.34", "EUR"));
    }

    @Test
    void yenHasNoDecimals() {
        Money yen = Money.of("1500", "JPY");
        assertThat(yen.amount().scale()).isZero();
        assertThat(yen).hasToString("1500 JPY");
        assertThat(yen.minorUnits()).isEqualTo(1500);
        assertThatThrownBy(() -> Money.of("1500.5", "JPY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (1500.5) has more decimals than JPY allows (0); round it with Money.rounded");
    }

    @Test
    void equalityIsExactAndIgnoresTheWrittenScale() {
        assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(Money.of("1.5", "EUR")).hasSameHashCodeAs(Money.of("1.50", "EUR"));
        assertThat(Money.of("1.50", "EUR")).isNotEqualTo(Money.of("1.50", "USD"));
        assertThat(Money.of("1.50", "EUR")).isNotEqualTo(Money.of("1.51", "EUR"));
    }

    @Test
    void roundingIsHalfEven() {
        // Halves go to the even neighbour: 0.125 -> 0.12, 0.135 -> 0.14, -0.125 -> -0.12.
        assertThat(Money.rounded(0.125, EUR)).isEqualTo(Money.of("0.12", "EUR"));
        assertThat(Money.rounded(0.135, EUR)).isEqualTo(Money.of("0.14", "EUR"));
        assertThat(Money.rounded(-0.125, EUR)).isEqualTo(Money.of("-0.12", "EUR"));
        // Not a half: 0.126 -> 0.13.
        assertThat(Money.rounded(0.126, EUR)).isEqualTo(Money.of("0.13", "EUR"));
        // Yen rounds to whole units: 2.5 -> 2, 3.5 -> 4.
        assertThat(Money.rounded(2.5, JPY)).isEqualTo(Money.of("2", "JPY"));
        assertThat(Money.rounded(3.5, JPY)).isEqualTo(Money.of("4", "JPY"));
        assertThat(Money.rounded(new BigDecimal("1234.565"), USD)).hasToString("1234.56 USD");
    }

    @Test
    void roundingRejectsNonFiniteValues() {
        assertThatThrownBy(() -> Money.rounded(Double.NaN, EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value (NaN) must be finite to become money");
        assertThatThrownBy(() -> Money.rounded(Double.POSITIVE_INFINITY, EUR))
                .hasMessage("value (Infinity) must be finite to become money");
    }

    @Test
    void minorUnitsAreCents() {
        assertThat(Money.of("1234.50", "EUR").minorUnits()).isEqualTo(123_450);
        assertThat(Money.ofMinor(123_450, EUR)).hasToString("1234.50 EUR");
        assertThat(Money.ofMinor(-5, USD)).hasToString("-0.05 USD");
        assertThat(Money.ofMinor(7, JPY)).hasToString("7 JPY");
        assertThat(Money.zero(EUR)).hasToString("0.00 EUR");
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }

    @Test
    void arithmeticIsExact() {
        // 0.10 + 0.20 = 0.30 exactly (in double it would be 0.30000000000000004).
        assertThat(Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
        // 100.00 - 100.01 = -0.01
        Money diff = Money.of("100.00", "EUR").minus(Money.of("100.01", "EUR"));
        assertThat(diff).isEqualTo(Money.ofMinor(-1, EUR));
        assertThat(diff.isNegative()).isTrue();
        assertThat(diff.negate()).isEqualTo(Money.ofMinor(1, EUR));
        assertThat(Money.of("2.00", "EUR").compareTo(Money.of("10.00", "EUR"))).isNegative();
        assertThat(Money.of("2.00", "EUR").compareTo(Money.of("2", "EUR"))).isZero();
    }

    @Test
    void combiningCurrenciesNamesBothAmounts() {
        Money eur = Money.of("1.00", "EUR");
        Money usd = Money.of("2.50", "USD");
        String message = "cannot combine 1.00 EUR with 2.50 USD: convert with ExchangeRates first";
        assertThatThrownBy(() -> eur.plus(usd)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> eur.minus(usd)).hasMessage(message);
        assertThatThrownBy(() -> eur.compareTo(usd)).hasMessage(message);
    }

    @Test
    void currencyCodesAreChecked() {
        assertThatThrownBy(() -> Money.of("1", "eur"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency (eur) must be a three-letter ISO 4217 code such as EUR or USD");
        assertThatThrownBy(() -> Money.of("1", "QQQ"))
                .hasMessage("currency (QQQ) is not an ISO 4217 code");
        // XXX ("no currency") exists in ISO 4217 but has no minor unit.
        assertThatThrownBy(() -> Money.of("1", "XXX"))
                .hasMessage("currency (XXX) has no minor unit; use a currency such as EUR or USD");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, Currency.getInstance("XXX")))
                .hasMessage("currency (XXX) has no minor unit; use an ISO 4217 currency such as EUR or USD");
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> new Money(null, EUR)).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).hasMessage("currency");
    }

    /** Was: a bare "ArithmeticException: Overflow" from longValueExact (#10). */
    @Test
    void minorUnitsBeyondALongAreAnErrorNamingTheAmount() {
        // Long.MAX_VALUE = 9223372036854775807 cents = 92233720368547758.07 USD: that fits, one cent more does not.
        assertThat(Money.of("92233720368547758.07", "USD").minorUnits()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Money.of("92233720368547758.08", "USD").minorUnits())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (92233720368547758.08 USD) is too large to be counted in minor units of USD "
                        + "(at most 92233720368547758.07)");
        assertThatThrownBy(() -> Money.of("-1e30", "USD").minorUnits())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("amount (-1000000000000000000000000000000.00 USD) is too large");
    }

    @Test
    void plausibleInputIsAtMost1e15EitherSideOfZero() {
        assertThat(Money.isPlausibleInput(new BigDecimal("1e15"))).isTrue();
        assertThat(Money.isPlausibleInput(new BigDecimal("-1e15"))).isTrue();
        assertThat(Money.isPlausibleInput(new BigDecimal("1000000000000000.01"))).isFalse();
        assertThat(Money.isPlausibleInput(new BigDecimal("-1e30"))).isFalse();
    }
}
