package org.aitco.core.operate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aitco.core.input.Fields;
import org.aitco.core.input.Json;
import org.aitco.core.input.JsonFormat;
import org.aitco.core.input.Problems;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Money;
import org.aitco.core.operate.ChargebackConfig.Basis;
import org.aitco.core.operate.ChargebackConfig.CloudAccelerator;
import org.aitco.core.operate.ChargebackConfig.Idle;
import org.aitco.core.operate.ChargebackConfig.IdlePolicy;
import org.aitco.core.operate.ChargebackConfig.Shared;
import org.aitco.core.operate.ChargebackConfig.SharedCost;
import org.aitco.core.operate.ChargebackConfig.SharedPolicy;

/**
 * Reads the chargeback's JSON inputs, the policy file and the on-prem cost pools, with the strict-input kit of
 * {@link org.aitco.core.input}: the same rules as scenario files for unknown fields, duplicate keys, types and
 * NaN, and every problem of a file reported at once in one {@link ChargebackInputException}. The formats are
 * in {@code docs/chargeback.md}.
 */
final class ChargebackFiles {
    static final List<String> CONFIG = List.of("tagKey", "costColumn", "basis", "idle", "shared",
            "reportingCurrency", "exchangeRates", "currencyIfAbsent", "cloudAccelerators", "underUsedBelow",
            "hoursPerMonth");
    static final List<String> IDLE = List.of("policy", "owner");
    static final List<String> SHARED = List.of("policy", "coefficients", "ownerValues", "costs");
    static final List<String> SHARED_COST = List.of("name", "period", "amount", "currency");
    static final List<String> CLOUD_ACCELERATOR = List.of("match", "acceleratorsPerUnit", "platform");
    static final List<String> POOLS = List.of("pools");
    static final List<String> POOL = List.of("name", "site", "serverType", "period", "currency", "components",
            "acceleratorHoursPaid", "servers");

    /** A month of a million accelerators is 7.3e8 accelerator-hours; more than 1e12 is no real pool. */
    private static final BigDecimal MAX_ACCELERATOR_HOURS = BigDecimal.TEN.pow(12);
    private static final BigDecimal MAX_ACCELERATORS_PER_UNIT = BigDecimal.valueOf(1000);
    private static final Map<String, Boolean> COST_COLUMN = ordered("EffectiveCost", false, "BilledCost", true);
    private static final Map<String, Basis> BASIS = ordered("acceleratorHours", Basis.ACCELERATOR_HOURS,
            "tokens", Basis.TOKENS, "requests", Basis.REQUESTS);
    private static final Map<String, IdlePolicy> IDLE_POLICY = ordered("proportional", IdlePolicy.PROPORTIONAL,
            "even", IdlePolicy.EVEN, "owner", IdlePolicy.OWNER, "separate", IdlePolicy.SEPARATE);
    private static final Map<String, SharedPolicy> SHARED_POLICY = ordered("proportional", SharedPolicy.PROPORTIONAL,
            "even", SharedPolicy.EVEN, "fixed", SharedPolicy.FIXED);

    private ChargebackFiles() {
    }

    private static final JsonFormat<ChargebackConfig> CONFIG_FORMAT = new JsonFormat<>("configuration",
            "a chargeback configuration", ChargebackFiles::config, ChargebackInputException::new);
    private static final JsonFormat<List<OnPremPool>> POOLS_FORMAT = new JsonFormat<>("pools",
            "on-prem cost pools {\"pools\": [...]}", ChargebackFiles::pools, ChargebackInputException::new);

    /** The policies of a policy file; see docs/chargeback.md. */
    static ChargebackConfig config(Path file) {
        return CONFIG_FORMAT.read(file);
    }

    /** The pools of a pools file {@code {"pools": [...]}}; see docs/chargeback.md. */
    static List<OnPremPool> pools(Path file) {
        return POOLS_FORMAT.read(file);
    }

    private static ChargebackConfig config(JsonNode root, Problems problems) {
        Fields f = Fields.open(root, "", problems, CONFIG);
        if (f == null) {
            return null;
        }
        ChargebackConfig d = ChargebackConfig.defaults();
        String tagKey = nonBlank(f, "tagKey", d.tagKey());
        Boolean billed = f.choice("costColumn", COST_COLUMN, false);
        Map<String, Basis> basis = f.map("basis", (n, p, pr) -> Fields.choice(n, p, pr, BASIS));
        Idle idle = f.has("idle") ? f.object("idle", false, ChargebackFiles::idle) : d.idle();
        Currency reporting = f.currency("reportingCurrency", null);
        Currency ifAbsent = f.currency("currencyIfAbsent", null);
        ExchangeRates rates = f.has("exchangeRates")
                ? f.object("exchangeRates", false, Fields::exchangeRates) : ExchangeRates.none();
        Shared shared = f.has("shared")
                ? f.object("shared", false, (n, p, pr) -> shared(n, p, pr, reporting)) : d.shared();
        List<CloudAccelerator> accelerators = f.list("cloudAccelerators", false, ChargebackFiles::cloudAccelerator);
        double under = f.number("underUsedBelow", d.underUsedBelow());
        if (!(under >= 0 && under <= 1) && !Double.isNaN(under)) {
            f.reject("underUsedBelow", Double.toString(under), "must be a fraction between 0 and 1. Maybe a "
                    + "percentage was given: write 0.6 for 60%");
        }
        double hours = f.number("hoursPerMonth", d.hoursPerMonth());
        if (!(hours > 0) && !Double.isNaN(hours)) {
            f.reject("hoursPerMonth", Double.toString(hours), "must be > 0; the convention is 730 (8760 / 12)");
        }
        return f.build(() -> new ChargebackConfig(tagKey, billed, basis, idle, shared, reporting, rates, ifAbsent,
                accelerators, under, hours));
    }

    private static Idle idle(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, IDLE);
        if (f == null) {
            return null;
        }
        IdlePolicy policy = f.choice("policy", IDLE_POLICY, null);
        String owner = policy == IdlePolicy.OWNER ? nonBlank(f, "owner", null) : null;
        if (policy != IdlePolicy.OWNER && f.has("owner")) {
            f.reject("owner", Json.show(node.get("owner")), "is only for the policy \"owner\"");
        }
        return f.build(() -> new Idle(policy, owner));
    }

    private static Shared shared(JsonNode node, String path, Problems problems, Currency reporting) {
        Fields f = Fields.open(node, path, problems, SHARED);
        if (f == null) {
            return null;
        }
        SharedPolicy policy = f.choice("policy", SHARED_POLICY, SharedPolicy.PROPORTIONAL);
        Map<String, BigDecimal> percent = new TreeMap<>();
        if (policy == SharedPolicy.FIXED) {
            Map<String, BigDecimal> given = f.map("coefficients", Fields::toDecimal);
            if (given != null && given.isEmpty()) {
                f.reject("coefficients", "missing", "is required for the fixed policy: {\"owner\": percent, ...} "
                        + "summing to 100");
            } else if (given != null) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
                    percent.put(e.getKey().trim(), e.getValue());
                    sum = sum.add(e.getValue());
                }
                if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                    f.reject("coefficients", percent.toString(), "must sum to 100 (percent), not "
                            + sum.toPlainString());
                }
            }
        } else if (f.has("coefficients")) {
            f.reject("coefficients", Json.show(node.get("coefficients")), "is only for the policy \"fixed\"");
        }
        Set<String> given = f.stringSet("ownerValues");
        Set<String> values = new LinkedHashSet<>();
        if (given != null) {
            given.forEach(v -> values.add(v.trim().toLowerCase(Locale.ROOT)));
        }
        List<SharedCost> costs = f.list("costs", false, (n, p, pr) -> sharedCost(n, p, pr, reporting));
        return f.build(() -> new Shared(policy, percent, values, costs));
    }

    private static SharedCost sharedCost(JsonNode node, String path, Problems problems, Currency reporting) {
        Fields f = Fields.open(node, path, problems, SHARED_COST);
        if (f == null) {
            return null;
        }
        String name = nonBlank(f, "name", null);
        YearMonth period = f.month("period");
        BigDecimal amount = f.amount("amount", true);
        Currency currency = reporting == null ? f.currency("currency") : f.currency("currency", reporting);
        Money money = money(f, "amount", amount, currency);
        return f.build(() -> new SharedCost(name, period, money));
    }

    private static CloudAccelerator cloudAccelerator(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, CLOUD_ACCELERATOR);
        if (f == null) {
            return null;
        }
        String match = nonBlank(f, "match", null);
        BigDecimal per = f.decimal("acceleratorsPerUnit", false);
        if (per != null && (per.signum() <= 0 || per.compareTo(MAX_ACCELERATORS_PER_UNIT) > 0)) {
            f.reject("acceleratorsPerUnit", per.toPlainString(), "must be > 0 and at most 1000");
        }
        String platform = nonBlank(f, "platform", match);
        return f.build(() -> new CloudAccelerator(match, per == null ? BigDecimal.ONE : per, platform));
    }

    private static List<OnPremPool> pools(JsonNode root, Problems problems) {
        Fields f = Fields.open(root, "", problems, POOLS);
        if (f == null) {
            return null;
        }
        List<OnPremPool> pools = f.list("pools", true, ChargebackFiles::pool);
        if (pools != null && pools.isEmpty()) {
            f.reject("pools", "[]", "must be a non-empty array of pools");
        }
        if (pools != null) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < pools.size(); i++) {
                OnPremPool p = pools.get(i);
                if (!keys.add(Tags.normalise(p.name()) + "@" + p.period())) {
                    problems.add(Json.field(Json.index("pools", i), "name"), p.name(),
                            "appears twice for period %s (pool names match ignoring case)".formatted(p.period()));
                    f.failed("pools");
                }
            }
        }
        return f.build(() -> List.copyOf(pools));
    }

    private static OnPremPool pool(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, POOL);
        if (f == null) {
            return null;
        }
        String name = nonBlank(f, "name", null);
        String site = nonBlank(f, "site", "-");
        String serverType = nonBlank(f, "serverType", "-");
        YearMonth period = f.month("period");
        Currency currency = f.currency("currency");
        Map<String, Money> components = f.object("components", true, (n, p, pr) -> components(n, p, pr, currency));
        BigDecimal paid = f.decimal("acceleratorHoursPaid", true);
        if (paid != null && paid.signum() <= 0) {
            f.reject("acceleratorHoursPaid", paid.toPlainString(), "must be > 0: the accelerator-hours the pool made "
                    + "available in the month (accelerators x hours)");
        } else if (paid != null && paid.compareTo(MAX_ACCELERATOR_HOURS) > 0) {
            f.reject("acceleratorHoursPaid", paid.toPlainString(), "must be at most 1e12: the accelerator-hours the "
                    + "pool made available in the month (accelerators x hours)");
        }
        List<String> servers = f.list("servers", false, (n, p, pr) -> {
            String s = Fields.text(n, p, pr);
            return s == null ? null : s.trim();
        });
        return f.build(() -> new OnPremPool(name, site, serverType, period, currency, components, paid, servers));
    }

    /** The cost components of a pool, missing ones 0; null when the currency failed. */
    private static Map<String, Money> components(JsonNode node, String path, Problems problems, Currency currency) {
        Fields f = Fields.open(node, path, problems, OnPremPool.COMPONENTS);
        if (f == null) {
            return null;
        }
        Map<String, Money> components = new LinkedHashMap<>();
        for (String c : OnPremPool.COMPONENTS) {
            BigDecimal amount = f.amount(c, false);
            components.put(c, money(f, c, amount == null ? BigDecimal.ZERO : amount, currency));
        }
        return currency == null ? null : f.build(() -> components);
    }

    /**
     * Money of a field: at least 0 and with no more decimals than the currency has; null (after recording why)
     * when not, or when the amount or currency is missing.
     */
    private static Money money(Fields f, String name, BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) {
            return null;
        }
        if (amount.signum() < 0) {
            f.reject(name, amount.toPlainString(), "must be >= 0");
            return null;
        }
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            f.reject(name, amount.toPlainString(), "has more decimals than %s allows (%d)".formatted(currency, digits));
            return null;
        }
        return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    /** A string field, trimmed; blank is a problem. {@code defaultValue} when absent (null: required). */
    private static String nonBlank(Fields f, String name, String defaultValue) {
        String s = defaultValue == null ? f.string(name) : f.string(name, defaultValue);
        if (s != null && s.isBlank()) {
            f.reject(name, Json.quoted(s), "must be a non-blank string");
            return null;
        }
        return s == null ? null : s.trim();
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> ordered(Object... wordsAndValues) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndValues.length; i += 2) {
            map.put((String) wordsAndValues[i], (T) wordsAndValues[i + 1]);
        }
        return map;
    }
}
