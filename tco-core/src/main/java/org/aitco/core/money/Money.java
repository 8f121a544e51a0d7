package org.aitco.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency, held at the currency's minor-unit scale (cents for EUR and USD,
 * none for JPY).
 *
 * <p>Money is what the library reports and charges; calculations run in {@code double} and are rounded to
 * money only at the edge, with {@link #rounded(double, Currency)} (half-even). Equality is exact: two amounts
 * are equal when they have the same currency and the same number of minor units.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * The largest amount of money an input file may state (10^15, in any currency), as for a {@link Price#MAX
     * price}: larger amounts are no plausible bill or cost, and their minor units would come near the range of a
     * {@code long}, in which allocations count. Readers reject a larger amount naming the field or line.
     */
    public static final BigDecimal MAX_INPUT = BigDecimal.TEN.pow(15);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    /** Validates the currency and brings {@code amount} to the currency's scale; more decimals are an error. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(
                    "currency (%s) has no minor unit; use an ISO 4217 currency such as EUR or USD".formatted(currency));
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new IllegalArgumentException(
                    "amount (%s) has more decimals than %s allows (%d); round it with Money.rounded"
                            .formatted(amount.toPlainString(), currency, digits));
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Money from a decimal string and an ISO code, for example {@code Money.of("1234.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currencies.parse(currencyCode));
    }

    /** Money from a count of minor units (cents), for example {@code ofMinor(123450, EUR)} is 1,234.50 EUR. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /** Zero in a currency. */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** The nearest amount of money to a calculated value, rounding half to even; rejects NaN and infinities. */
    public static Money rounded(double value, Currency currency) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value (%s) must be finite to become money".formatted(value));
        }
        return rounded(BigDecimal.valueOf(value), currency);
    }

    /** The nearest amount of money to a decimal, rounding half to even. */
    public static Money rounded(BigDecimal value, Currency currency) {
        return new Money(value.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN),
                currency);
    }

    /**
     * The amount in minor units (cents); exact.
     *
     * @throws ArithmeticException naming the amount when its minor units do not fit in a {@code long} (beyond
     *                             about 92,233,720,368,547,758 in a currency with cents)
     */
    public long minorUnits() {
        BigDecimal minor = amount.movePointRight(currency.getDefaultFractionDigits());
        if (minor.compareTo(LONG_MAX) > 0 || minor.compareTo(LONG_MIN) < 0) {
            throw new ArithmeticException("amount (%s) is too large to be counted in minor units of %s (at most %s)"
                    .formatted(this, currency, Money.ofMinor(Long.MAX_VALUE, currency).amount.toPlainString()));
        }
        return minor.longValueExact();
    }

    /** Whether an amount is within {@link #MAX_INPUT} either side of zero. */
    public static boolean isPlausibleInput(BigDecimal amount) {
        return amount.abs().compareTo(MAX_INPUT) <= 0;
    }


    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine %s with %s: convert with ExchangeRates first".formatted(this, other));
        }
    }

    /** For example {@code 1234.50 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
