package org.aitco.core.operate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.aitco.core.money.Money;
import org.aitco.core.operate.ChargebackReport.CloudUse;
import org.aitco.core.operate.ChargebackReport.PoolUse;

/**
 * The cloud part of a chargeback's accelerator figures: hours, cost and busy hours of each cloud accelerator platform
 * and month, in total and per owner. Platforms iterate in {@link PlatformMonth} order.
 */
final class CloudAcceleratorUse {
    /** Cloud accelerator use of one platform and month. */
    static final class Platform {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        final Set<Integer> busy = new HashSet<>();
        final Map<String, BigDecimal> hoursByOwner = new TreeMap<>();
        final Map<String, BigDecimal> costByOwner = new TreeMap<>();
    }

    private final Map<PlatformMonth, Platform> byPlatformMonth = new TreeMap<>();

    /** Adds a cloud cost group's accelerator hours, cost (in the report currency) and busy hours to its platform. */
    void add(PlatformMonth key, String owner, BigDecimal hours, BigDecimal cost, Set<Integer> busyHours) {
        Platform acc = byPlatformMonth.computeIfAbsent(key, k -> new Platform());
        acc.hours = acc.hours.add(hours);
        acc.cost = acc.cost.add(cost);
        acc.busy.addAll(busyHours);
        acc.hoursByOwner.merge(owner, hours, BigDecimal::add);
        acc.costByOwner.merge(owner, cost, BigDecimal::add);
    }

    /** The platforms of a month, in key order. */
    List<Platform> ofMonth(YearMonth month) {
        List<Platform> out = new ArrayList<>();
        byPlatformMonth.forEach((k, v) -> {
            if (k.month().equals(month)) {
                out.add(v);
            }
        });
        return out;
    }

    /** The exact cost of each platform and month, in the report currency. */
    Map<PlatformMonth, BigDecimal> costs() {
        Map<PlatformMonth, BigDecimal> out = new TreeMap<>();
        byPlatformMonth.forEach((k, v) -> out.put(k, v.cost));
        return out;
    }

    /** The report's rows: each platform and month against the cheapest on-prem pool of its month. */
    List<CloudUse> uses(List<PoolUse> poolUses, double hoursPerMonth, Currency currency) {
        List<CloudUse> out = new ArrayList<>();
        for (Map.Entry<PlatformMonth, Platform> e : byPlatformMonth.entrySet()) {
            String platform = e.getKey().platform();
            String period = e.getKey().month().toString();
            Platform a = e.getValue();
            BigDecimal perHour = a.hours.signum() == 0 ? BigDecimal.ZERO
                    : a.cost.divide(a.hours, 4, RoundingMode.HALF_EVEN);
            Double breakEven = null;
            PoolUse cheapest = Recommender.cheapestPool(poolUses, period);
            if (cheapest != null && perHour.signum() > 0) {
                breakEven = cheapest.costPerPaidHour().doubleValue() / perHour.doubleValue();
            }
            out.add(new CloudUse(platform, period, a.hours.doubleValue(), a.busy.size(), a.busy.size() / hoursPerMonth,
                    Money.rounded(a.cost, currency), perHour, breakEven));
        }
        return out;
    }
}
