package org.aitco.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A non-negative price per unit in one currency, kept exactly as given (0.2134 EUR per kWh keeps its four
 * decimals, unlike {@link Money}). The unit is named by the field that holds the price, for example
 * {@code energyPerKwh} or {@code onDemandPerHour}.
 *
 * <p>Written and parsed as {@code "0.2134 EUR"}. Equality ignores trailing zeros: {@code 1.50 EUR} equals
 * {@code 1.5 EUR}.
 */
public record Price(BigDecimal amount, Currency currency) {
    /** The largest price accepted (10^15): calculations run in double and must stay finite and exact to cents. */
    public static final BigDecimal MAX = BigDecimal.TEN.pow(15);

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("price (%s %s) must not be negative"
                    .formatted(amount.toPlainString(), currency));
        }
        if (amount.abs().compareTo(MAX) > 0) {
            // 1e308 is shown as 1E+308, not as 309 digits
            String shown = amount.precision() - amount.scale() > 30 ? amount.toString() : amount.toPlainString();
            throw new IllegalArgumentException("price (%s %s) must be at most %s: larger amounts cannot be calculated"
                    .formatted(shown, currency, MAX.toPlainString()));
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }

    /** A price from a number and an ISO code: {@code Price.of(98.32, "USD")}. */
    public static Price of(double amount, String currencyCode) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("price (%s) must be a finite number".formatted(amount));
        }
        return new Price(BigDecimal.valueOf(amount), Currencies.parse(currencyCode));
    }

    /**
     * Parses {@code "<amount> <ISO code>"}, for example {@code "0.2134 EUR"}.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form
     */
    public static Price parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "price (\"%s\") must be an amount and a currency code, for example \"0.21 EUR\"".formatted(text));
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "price (\"%s\") must start with a decimal number, for example \"0.21 EUR\"".formatted(text), e);
        }
        return new Price(amount, Currencies.parse(parts[1]));
    }

    /** The amount as a double, for calculations. */
    public double value() {
        return amount.doubleValue();
    }

    /** The amount in {@code target}, converted with {@code rates}; a double for calculations. */
    public double valueIn(Currency target, ExchangeRates rates) {
        return rates.convert(value(), currency, target);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
