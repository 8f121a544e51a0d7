package org.aitco.core.money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exchange rates between currencies, each written as a pair {@code "USD/EUR"} with the amount of the second
 * currency that one unit of the first buys (USD/EUR 0.92: 1 USD = 0.92 EUR).
 *
 * <p>A rate given one way is used the other way too (EUR/USD = 1 / 0.92). There is no triangulation through a
 * third currency: a scenario states every pair it needs, so that nobody has to guess which rate was used.
 */
public record ExchangeRates(Map<String, BigDecimal> rates) {
    private static final BigDecimal MIN_RATE = new BigDecimal("1e-7");
    private static final BigDecimal MAX_RATE = new BigDecimal("1e7");

    public ExchangeRates {
        Objects.requireNonNull(rates, "rates");
        Map<String, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
            String pair = e.getKey();
            BigDecimal rate = e.getValue();
            String[] codes = pair == null ? new String[0] : pair.split("/");
            if (codes.length != 2) {
                throw new IllegalArgumentException(
                        "exchange rate pair (%s) must be written BASE/QUOTE, for example USD/EUR".formatted(pair));
            }
            Currencies.parse(codes[0]);
            Currencies.parse(codes[1]);
            if (codes[0].equals(codes[1])) {
                throw new IllegalArgumentException("exchange rate pair (%s) names one currency twice".formatted(pair));
            }
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException(
                        "exchange rate %s (%s) must be a positive number".formatted(pair, rate));
            }
            if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
                // The widest real pair (Kuwaiti dinar to Iranian rial at market rates) is about 3e6.
                throw new IllegalArgumentException("exchange rate %s (%s) must be between 1e-7 and 1e7; no two "
                        + "currencies are further apart".formatted(pair, rate));
            }
            String inverse = codes[1] + "/" + codes[0];
            if (copy.containsKey(inverse) || rates.containsKey(inverse)) {
                throw new IllegalArgumentException(
                        "exchange rate %s is given both ways (%s too); give one".formatted(pair, inverse));
            }
            copy.put(pair, rate.stripTrailingZeros());
        }
        rates = Collections.unmodifiableMap(copy);
    }

    /** No rates: every amount must already be in one currency. */
    public static ExchangeRates none() {
        return new ExchangeRates(Map.of());
    }

    /** Rates from pairs and numbers: {@code ExchangeRates.of(Map.of("USD/EUR", 0.92))}. */
    public static ExchangeRates of(Map<String, Double> rates) {
        Map<String, BigDecimal> exact = new TreeMap<>();
        rates.forEach((pair, rate) -> {
            if (rate == null || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("exchange rate %s (%s) must be a finite number".formatted(pair, rate));
            }
            exact.put(pair, BigDecimal.valueOf(rate));
        });
        return new ExchangeRates(exact);
    }

    /** Whether an amount in {@code from} can be expressed in {@code to}. */
    public boolean canConvert(Currency from, Currency to) {
        return from.equals(to) || rates.containsKey(key(from, to)) || rates.containsKey(key(to, from));
    }

    /** How many units of {@code to} one unit of {@code from} buys. */
    public double rate(Currency from, Currency to) {
        if (from.equals(to)) {
            return 1.0;
        }
        BigDecimal direct = rates.get(key(from, to));
        if (direct != null) {
            return direct.doubleValue();
        }
        BigDecimal inverse = rates.get(key(to, from));
        if (inverse != null) {
            return 1.0 / inverse.doubleValue();
        }
        throw new IllegalArgumentException(
                "no exchange rate from %s to %s; add exchangeRates \"%s\"".formatted(from, to, key(from, to)));
    }

    /** Converts a calculated amount. */
    public double convert(double amount, Currency from, Currency to) {
        return from.equals(to) ? amount : amount * rate(from, to);
    }

    private static String key(Currency from, Currency to) {
        return from.getCurrencyCode() + "/" + to.getCurrencyCode();
    }
}
