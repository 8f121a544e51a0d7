package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

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

    static ChargebackConfig read(Path file) {
        Json json = new Json(file);
        JsonNode root = json.root();
        ChargebackConfig d = defaults();
        Set<String> known = Set.of("tagKey", "costColumn", "basis", "idle", "shared", "reportingCurrency",
                "exchangeRates", "currencyIfAbsent", "cloudAccelerators", "underUsedBelow", "hoursPerMonth");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw json.fail("$." + f, "is not a configuration field; expected one of " + new java.util.TreeSet<>(known));
            }
        }
        String tagKey = json.text(root, "tagKey", "$", d.tagKey());
        String column = json.text(root, "costColumn", "$", "EffectiveCost");
        if (!column.equals("EffectiveCost") && !column.equals("BilledCost")) {
            throw json.fail("$.costColumn", "(%s) must be EffectiveCost (chargeback, the default) or BilledCost "
                    .formatted(column) + "(to reconcile with the invoice)");
        }
        Map<String, Basis> basis = new LinkedHashMap<>();
        JsonNode b = root.get("basis");
        if (b != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
                var e = it.next();
                basis.put(e.getKey(), switch (e.getValue().asText()) {
                    case "acceleratorHours" -> Basis.ACCELERATOR_HOURS;
                    case "tokens" -> Basis.TOKENS;
                    case "requests" -> Basis.REQUESTS;
                    default -> throw json.fail("$.basis." + e.getKey(), "(%s) must be acceleratorHours, tokens or "
                            .formatted(e.getValue()) + "requests");
                });
            }
        }
        Idle idle = d.idle();
        JsonNode i = root.get("idle");
        if (i != null) {
            String policy = json.text(i, "policy", "$.idle", null);
            IdlePolicy p = switch (policy) {
                case "proportional" -> IdlePolicy.PROPORTIONAL;
                case "even" -> IdlePolicy.EVEN;
                case "owner" -> IdlePolicy.OWNER;
                case "separate" -> IdlePolicy.SEPARATE;
                default -> throw json.fail("$.idle.policy",
                        "(%s) must be proportional, even, owner or separate".formatted(policy));
            };
            String owner = p == IdlePolicy.OWNER ? json.text(i, "owner", "$.idle", null) : null;
            idle = new Idle(p, owner);
        }
        Currency reporting = root.has("reportingCurrency") ? json.currency(root, "reportingCurrency", "$", null) : null;
        Currency ifAbsent = root.has("currencyIfAbsent") ? json.currency(root, "currencyIfAbsent", "$", null) : null;
        ExchangeRates rates = ExchangeRates.none();
        JsonNode r = root.get("exchangeRates");
        if (r != null) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                var e = it.next();
                m.put(e.getKey(), json.decimal(r, e.getKey(), "$.exchangeRates", true));
            }
            try {
                rates = new ExchangeRates(m);
            } catch (IllegalArgumentException e) {
                throw json.fail("$.exchangeRates", e.getMessage());
            }
        }
        Shared shared = readShared(json, root.get("shared"), reporting);
        List<CloudAccelerator> accelerators = new ArrayList<>();
        JsonNode ca = root.get("cloudAccelerators");
        if (ca != null) {
            for (int k = 0; k < ca.size(); k++) {
                String path = "$.cloudAccelerators[" + k + "]";
                JsonNode n = ca.get(k);
                String match = json.text(n, "match", path, null);
                BigDecimal per = json.decimal(n, "acceleratorsPerUnit", path, false);
                accelerators.add(new CloudAccelerator(match, per == null ? BigDecimal.ONE : per,
                        json.text(n, "platform", path, match)));
            }
        }
        double under = fraction(json, root, "underUsedBelow", d.underUsedBelow());
        BigDecimal hours = json.decimal(root, "hoursPerMonth", "$", false);
        if (hours != null && hours.signum() == 0) {
            throw json.fail("$.hoursPerMonth", "(0) must be > 0; the convention is 730 (8760 / 12)");
        }
        return new ChargebackConfig(tagKey, column.equals("BilledCost"), basis, idle, shared, reporting, rates,
                ifAbsent, accelerators, under, hours == null ? d.hoursPerMonth() : hours.doubleValue());
    }

    private static double fraction(Json json, JsonNode root, String field, double fallback) {
        BigDecimal v = json.decimal(root, field, "$", false);
        if (v == null) {
            return fallback;
        }
        if (v.compareTo(BigDecimal.ONE) > 0) {
            throw json.fail("$." + field, "(%s) must be a fraction between 0 and 1. Maybe a percentage was given: "
                    .formatted(v) + "write 0.6 for 60%");
        }
        return v.doubleValue();
    }

    private static Shared readShared(Json json, JsonNode s, Currency reporting) {
        if (s == null) {
            return defaults().shared();
        }
        String policy = json.text(s, "policy", "$.shared", "proportional");
        SharedPolicy p = switch (policy) {
            case "proportional" -> SharedPolicy.PROPORTIONAL;
            case "even" -> SharedPolicy.EVEN;
            case "fixed" -> SharedPolicy.FIXED;
            default -> throw json.fail("$.shared.policy", "(%s) must be proportional, even or fixed".formatted(policy));
        };
        Map<String, BigDecimal> percent = new TreeMap<>();
        JsonNode c = s.get("coefficients");
        if (p == SharedPolicy.FIXED) {
            if (c == null || !c.isObject() || c.isEmpty()) {
                throw json.fail("$.shared.coefficients", "(missing) is required for the fixed policy: "
                        + "{\"owner\": percent, ...} summing to 100");
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                String owner = it.next();
                BigDecimal v = json.decimal(c, owner, "$.shared.coefficients", true);
                percent.put(owner.trim(), v);
                sum = sum.add(v);
            }
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw json.fail("$.shared.coefficients", "(%s) must sum to 100 (percent), not %s"
                        .formatted(percent, sum.toPlainString()));
            }
        }
        Set<String> values = new LinkedHashSet<>();
        JsonNode v = s.get("ownerValues");
        if (v != null) {
            v.forEach(n -> values.add(n.asText().trim().toLowerCase(Locale.ROOT)));
        }
        List<SharedCost> costs = new ArrayList<>();
        JsonNode cs = s.get("costs");
        if (cs != null) {
            for (int k = 0; k < cs.size(); k++) {
                String path = "$.shared.costs[" + k + "]";
                JsonNode n = cs.get(k);
                Currency cur = json.currency(n, "currency", path, reporting == null ? null : reporting.getCurrencyCode());
                BigDecimal amount = json.decimal(n, "amount", path, true);
                Money money;
                try {
                    money = new Money(amount, cur);
                } catch (IllegalArgumentException e) {
                    throw json.fail(path + ".amount", e.getMessage());
                }
                costs.add(new SharedCost(json.text(n, "name", path, null), json.period(n, "period", path), money));
            }
        }
        return new Shared(p, percent, values, costs);
    }
}
