package org.aitco.core.money;

import java.util.Currency;

/** Parses ISO 4217 currency codes with an error that names the code. */
final class Currencies {
    private Currencies() {
    }

    static Currency of(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "currency (%s) must be a three-letter ISO 4217 code such as EUR or USD".formatted(code));
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException(
                        "currency (%s) has no minor unit; use a currency such as EUR or USD".formatted(code));
            }
            return currency;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("currency (")) {
                throw e;
            }
            throw new IllegalArgumentException("currency (%s) is not an ISO 4217 code".formatted(code), e);
        }
    }
}
