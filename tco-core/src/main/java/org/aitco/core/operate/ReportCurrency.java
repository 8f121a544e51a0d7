package org.aitco.core.operate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aitco.core.money.Money;

/** The report currency of a chargeback, chosen from the inputs and the configuration, and the rates into it. */
final class ReportCurrency {
    private static final MathContext RATE = MathContext.DECIMAL128;

    private final ChargebackConfig config;
    private final Currency currency;

    private ReportCurrency(ChargebackConfig config, Currency currency) {
        this.config = config;
        this.currency = currency;
    }

    Currency currency() {
        return currency;
    }

    /**
     * The report currency: the configuration's, or the one currency of the inputs (USD if none); an error naming
     * the configuration file when the inputs mix currencies without one, or a currency has no rate into it.
     */
    static ReportCurrency resolve(ChargebackConfig config, Path configFile, List<CloudCosts> clouds,
            List<OnPremPool> pools) {
        Map<Currency, String> seen = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (CloudCosts d : clouds) {
            for (CloudCostGroup g : d.groups()) {
                seen.putIfAbsent(g.key().billingCurrency(), d.source());
            }
        }
        for (OnPremPool p : pools) {
            seen.putIfAbsent(p.currency(), "pool " + p.name());
        }
        for (ChargebackConfig.SharedCost c : config.shared().costs()) {
            seen.putIfAbsent(c.amount().currency(), "shared cost " + c.name());
        }
        Currency target = config.reportingCurrency();
        if (target == null) {
            if (seen.size() > 1) {
                throw new ChargebackInputException(configFile,
                        "$.reportingCurrency", "the inputs mix currencies %s (first seen at %s); give a "
                                .formatted(seen.keySet(), seen.values())
                                + "reportingCurrency and exchangeRates such as {\"USD/EUR\": 0.92}");
            }
            target = seen.isEmpty() ? Currency.getInstance("USD") : seen.keySet().iterator().next();
        }
        for (Map.Entry<Currency, String> e : seen.entrySet()) {
            if (!config.rates().canConvert(e.getKey(), target)) {
                throw new ChargebackInputException(configFile,
                        "$.exchangeRates", "no rate from %s (first seen at %s) to the reporting currency %s; add "
                                .formatted(e.getKey(), e.getValue(), target)
                                + "\"%s/%s\"".formatted(e.getKey(), target));
            }
        }
        return new ReportCurrency(config, target);
    }

    /** The exact rate from {@code from} to the report currency. */
    BigDecimal rate(Currency from) {
        if (from.equals(currency)) {
            return BigDecimal.ONE;
        }
        BigDecimal direct = config.rates().rates().get(from.getCurrencyCode() + "/" + currency.getCurrencyCode());
        if (direct != null) {
            return direct;
        }
        BigDecimal inverse = config.rates().rates().get(currency.getCurrencyCode() + "/" + from.getCurrencyCode());
        return BigDecimal.ONE.divide(inverse, RATE);
    }

    Money convert(Money m) {
        return m.currency().equals(currency) ? m : Money.rounded(m.amount().multiply(rate(m.currency())), currency);
    }
}
