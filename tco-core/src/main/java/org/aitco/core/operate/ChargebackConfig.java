package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Money;

/** The policies of a chargeback run, read from the optional configuration JSON; see docs/chargeback.md. */
record ChargebackConfig(String tagKey, boolean billedCost, Map<String, Basis> basisByPool, Idle idle, Shared shared,
        Currency reportingCurrency, ExchangeRates rates, Currency currencyIfAbsent,
        List<CloudAccelerator> cloudAccelerators, double underUsedBelow, double hoursPerMonth) {

    /** What an on-prem pool's used cost is split by. */
    enum Basis { ACCELERATOR_HOURS, TOKENS, REQUESTS }

    /** How idle on-prem capacity and unused cloud commitments are charged. */
    enum IdlePolicy { PROPORTIONAL, EVEN, OWNER, SEPARATE }

    /** How shared costs are split between owners. */
    enum SharedPolicy { PROPORTIONAL, EVEN, FIXED }

    record Idle(IdlePolicy policy, String owner) {
        String describe() {
            return switch (policy) {
                case PROPORTIONAL -> "idle capacity and unused commitments shared in proportion to use";
                case EVEN -> "idle capacity and unused commitments shared evenly between the pool's users";
                case OWNER -> "idle capacity and unused commitments charged to " + owner;
                case SEPARATE -> "idle capacity and unused commitments shown on their own line, \""
                        + Chargeback.IDLE + "\", not charged";
            };
        }
    }

    record SharedCost(String name, YearMonth period, Money amount) {
    }

    record Shared(SharedPolicy policy, Map<String, BigDecimal> percentByOwner, Set<String> ownerValues,
            List<SharedCost> costs) {
        String describe() {
            return switch (policy) {
                case PROPORTIONAL -> "shared costs split in proportion to each owner's other costs";
                case EVEN -> "shared costs split evenly between owners";
                case FIXED -> "shared costs split by fixed coefficients " + percentByOwner + " (percent)";
            };
        }
    }

    /** A cloud SKU that carries accelerators: rows whose description, SKU or resource type contain {@code match}. */
    record CloudAccelerator(String match, BigDecimal acceleratorsPerUnit, String platform) {
        boolean matches(FocusRow row) {
            String m = match.toLowerCase(Locale.ROOT);
            for (String s : new String[] {row.chargeDescription(), row.skuPriceDetails(), row.skuId(),
                    row.resourceType()}) {
                if (s != null && s.toLowerCase(Locale.ROOT).contains(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    static ChargebackConfig defaults() {
        return new ChargebackConfig("business_unit", false, Map.of(), new Idle(IdlePolicy.PROPORTIONAL, null),
                new Shared(SharedPolicy.PROPORTIONAL, Map.of(), Set.of(), List.of()), null, ExchangeRates.none(),
                null, List.of(), 0.6, 730);
    }

    /** The basis of a pool, its name matched ignoring case and surrounding spaces; accelerator-hours by default. */
    Basis basis(String pool) {
        Basis exact = basisByPool.get(pool);
        if (exact != null) {
            return exact;
        }
        String n = Tags.normalise(pool);
        for (Map.Entry<String, Basis> e : basisByPool.entrySet()) {
            if (Tags.normalise(e.getKey()).equals(n)) {
                return e.getValue();
            }
        }
        return Basis.ACCELERATOR_HOURS;
    }

    /** Reads a policy file strictly; see {@link ChargebackFiles}. */
    static ChargebackConfig read(Path file) {
        return ChargebackFiles.config(file);
    }
}
