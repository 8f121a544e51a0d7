package org.aitco.core.operate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.aitco.core.money.Money;

/**
 * The cost of one on-prem fleet (a server type at a site) for one month, by component, and the
 * accelerator-hours it made available (paid for, used or not).
 */
record OnPremPool(String name, String site, String serverType, YearMonth period, Currency currency,
        Map<String, Money> components, BigDecimal acceleratorHoursPaid, List<String> servers) {

    /** The cost components, in report order. */
    static final List<String> COMPONENTS = List.of("amortisedCapex", "energy", "cooling", "maintenance", "space",
            "staff");

    OnPremPool {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        servers = List.copyOf(servers);
    }

    Money total() {
        Money sum = Money.zero(currency);
        for (Money m : components.values()) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** Reads {@code {"pools": [...]}}; see docs/chargeback.md for the format. */
    static List<OnPremPool> read(Path file) {
        Json json = new Json(file);
        JsonNode root = json.root();
        JsonNode pools = root.get("pools");
        if (pools == null || !pools.isArray() || pools.isEmpty()) {
            throw json.fail("$.pools", "(%s) must be a non-empty array of pools".formatted(pools));
        }
        List<OnPremPool> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < pools.size(); i++) {
            String path = "$.pools[" + i + "]";
            JsonNode p = pools.get(i);
            String name = json.text(p, "name", path, null);
            YearMonth period = json.period(p, "period", path);
            if (!keys.add(Tags.normalise(name) + "@" + period)) {
                throw json.fail(path + ".name", "(%s) appears twice for period %s (pool names match ignoring case)"
                        .formatted(name, period));
            }
            Currency currency = json.currency(p, "currency", path, null);
            JsonNode comps = p.get("components");
            if (comps == null || !comps.isObject()) {
                throw json.fail(path + ".components", "(missing) must be an object of %s".formatted(COMPONENTS));
            }
            Map<String, Money> components = new LinkedHashMap<>();
            for (String c : COMPONENTS) {
                BigDecimal v = json.decimal(comps, c, path + ".components", false);
                BigDecimal amount = v == null ? BigDecimal.ZERO : v;
                if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    throw json.fail(path + ".components." + c, "(%s) has more decimals than %s allows (%d)"
                            .formatted(amount.toPlainString(), currency, currency.getDefaultFractionDigits()));
                }
                components.put(c, new Money(amount.setScale(currency.getDefaultFractionDigits(),
                        RoundingMode.UNNECESSARY), currency));
            }
            for (var it = comps.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!COMPONENTS.contains(f)) {
                    throw json.fail(path + ".components." + f, "is not a cost component; expected one of " + COMPONENTS);
                }
            }
            BigDecimal paid = json.decimal(p, "acceleratorHoursPaid", path, true);
            if (paid.signum() <= 0) {
                throw json.fail(path + ".acceleratorHoursPaid", "(%s) must be > 0: the accelerator-hours the pool "
                        .formatted(paid.toPlainString()) + "made available in the month (accelerators x hours)");
            }
            List<String> servers = new ArrayList<>();
            JsonNode s = p.get("servers");
            if (s != null && s.isArray()) {
                s.forEach(n -> servers.add(n.asText().trim()));
            }
            out.add(new OnPremPool(name, json.text(p, "site", path, "-"), json.text(p, "serverType", path, "-"),
                    period, currency, components, paid, servers));
        }
        return List.copyOf(out);
    }
}
