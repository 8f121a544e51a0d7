package org.aitco.core.money;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one parser of ISO 4217 currency codes in the library: scenario and uncertainty files, chargeback
 * configuration and pools, FOCUS bills and the builders all read codes here, so that a code means the same
 * everywhere and is rejected with the same message.
 *
 * <p>A code is accepted when it is three capital letters, known to {@link Currency}, and has a minor unit (money
 * is held in minor units, so {@code XXX} or {@code XAU} cannot be).
 */
public final class Currencies {
    private static final Set<String> KNOWN = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    /**
     * The currency of an ISO 4217 code such as {@code "EUR"}.
     *
     * @throws IllegalArgumentException naming the code when it is not three capital letters, not an ISO 4217
     *                                  code, or a code without a minor unit
     */
    public static Currency parse(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "currency (%s) must be a three-letter ISO 4217 code such as EUR or USD".formatted(code));
        }
        if (!KNOWN.contains(code)) {
            throw new IllegalArgumentException("currency (%s) is not an ISO 4217 code".formatted(code));
        }
        Currency currency = Currency.getInstance(code);
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(
                    "currency (%s) has no minor unit; use a currency such as EUR or USD".formatted(code));
        }
        return currency;
    }
}
