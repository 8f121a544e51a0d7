package org.aitco.core.operate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aitco.core.money.Money;
import org.aitco.core.operate.ChargebackReport.CloudUse;
import org.aitco.core.operate.ChargebackReport.PoolUse;
import org.aitco.core.operate.ChargebackReport.Recommendation;

/**
 * Finds where money is wasted, from the figures of one run: cloud accelerator spend steady enough to own,
 * on-prem capacity idle while bursts run in the cloud, and workloads on a dearer platform than needed.
 *
 * <p>The screening-curve rule of docs/tco-method.md, at the grain of a month: owning an accelerator pays when it is busy
 * for a larger share of the hours than {@code u* = on-prem cost per paid hour / cloud cost per hour}. A cloud load
 * present in a share {@code f} of the month's hours would need {@code hours / f} paid on-prem hours, so moving it
 * saves {@code hours * cloudRate - hours / f * onPremRate}, positive exactly when {@code f > u*}.
 */
final class Recommender {
    private final ChargebackConfig config;
    private final Currency currency;
    private final List<PoolUse> pools;
    private final List<CloudUse> clouds;
    private final List<OnPremPool> poolDefs;
    private final List<UsageRecord> usage;

    Recommender(ChargebackConfig config, Currency currency, List<PoolUse> pools, List<CloudUse> clouds,
            List<OnPremPool> poolDefs, List<UsageRecord> usage) {
        this.config = config;
        this.currency = currency;
        this.pools = pools;
        this.clouds = clouds;
        this.poolDefs = poolDefs;
        this.usage = usage;
    }

    /** The pool of a month with the lowest cost per paid accelerator-hour, or null. */
    static PoolUse cheapestPool(List<PoolUse> pools, String period) {
        return pools.stream().filter(p -> p.period().equals(period))
                .min(Comparator.comparing(PoolUse::costPerPaidHour).thenComparing(PoolUse::pool)).orElse(null);
    }

    List<Recommendation> recommend(Map<PlatformMonth, BigDecimal> cloudCostByPlatformMonth) {
        List<Recommendation> out = new ArrayList<>();
        for (CloudUse c : clouds) {
            PoolUse home = cheapestPool(pools, c.period());
            if (home == null || c.breakEvenUtilisation() == null || c.acceleratorHours() <= 0) {
                continue;
            }
            double f = c.busyShare();
            if (f > c.breakEvenUtilisation()) {
                double saving = c.acceleratorHours() * c.costPerHour().doubleValue()
                        - c.acceleratorHours() / f * home.costPerPaidHour().doubleValue();
                out.add(new Recommendation("buy-or-commit", c.platform(), c.period(),
                        ("cloud accelerators busy %.0f %% of the month's hours, above the break-even %.0f %% against "
                                + "%s at %s %s per paid hour: buy capacity or commit")
                                .formatted(100 * f, 100 * c.breakEvenUtilisation(), home.pool(),
                                        home.costPerPaidHour().toPlainString(), currency),
                        Money.rounded(saving, currency)));
            }
        }
        for (PoolUse p : pools) {
            if (p.utilisation() >= config.underUsedBelow()) {
                continue;
            }
            double idleHours = p.acceleratorHoursPaid() - p.acceleratorHoursUsed();
            double cloudHours = 0;
            double cloudCost = 0;
            for (CloudUse c : clouds) {
                if (c.period().equals(p.period())) {
                    cloudHours += c.acceleratorHours();
                    cloudCost += c.cost().amount().doubleValue();
                }
            }
            OnPremPool def = poolDefs.stream().filter(d -> d.name().equals(p.pool())
                    && d.period().toString().equals(p.period())).findFirst().orElseThrow();
            double marginal = def.components().get("energy").amount().doubleValue() / p.acceleratorHoursPaid();
            double movable = Math.min(idleHours, cloudHours);
            if (movable > 0) {
                double saving = movable * (cloudCost / cloudHours - marginal);
                if (saving > 0) {
                    out.add(new Recommendation("bring-bursts-home", p.pool(), p.period(),
                            ("%s is %.0f %% used with %.0f idle accelerator-hours while the cloud ran %.1f "
                                    + "accelerator-hours; moving %.1f hours home saves the cloud price less the energy "
                                    + "of %.4f %s per hour").formatted(p.pool(), 100 * p.utilisation(), idleHours,
                                    cloudHours, movable, marginal, currency),
                            Money.rounded(saving, currency)));
                }
            } else if (p.idleCost().amount().signum() > 0) {
                out.add(new Recommendation("sell-or-consolidate", p.pool(), p.period(),
                        "%s is %.0f %% used and no cloud accelerator load could fill it; idle capacity costs %s"
                                .formatted(p.pool(), 100 * p.utilisation(), p.idleCost()),
                        p.idleCost()));
            }
        }
        out.addAll(cheaperPlatforms(cloudCostByPlatformMonth));
        return out;
    }

    /** An owner's tokens on a platform in a month: ordered by owner, then platform and month. */
    private record OwnerPlatform(String owner, PlatformMonth platform) implements Comparable<OwnerPlatform> {
        @Override
        public int compareTo(OwnerPlatform o) {
            int c = owner.compareTo(o.owner);
            return c != 0 ? c : platform.compareTo(o.platform);
        }
    }

    /** Owners serving tokens on a platform dearer per million tokens than another platform of the same month. */
    private List<Recommendation> cheaperPlatforms(Map<PlatformMonth, BigDecimal> cloudCostByPlatformMonth) {
        Map<PlatformMonth, long[]> tokensByPlatform = new TreeMap<>();
        Map<PlatformMonth, double[]> hoursByPlatform = new TreeMap<>();
        Map<OwnerPlatform, long[]> tokensByOwnerPlatform = new TreeMap<>();
        for (UsageRecord u : usage) {
            PlatformMonth k = new PlatformMonth(u.platform(), u.period());
            tokensByPlatform.computeIfAbsent(k, x -> new long[1])[0] += u.tokens();
            hoursByPlatform.computeIfAbsent(k, x -> new double[1])[0] += u.acceleratorHours().doubleValue();
            tokensByOwnerPlatform.computeIfAbsent(new OwnerPlatform(u.owner(), k), x -> new long[1])[0] += u.tokens();
        }
        // Cost per million tokens of each platform and month: a pool's full cost, or the cloud platform's cost.
        Map<PlatformMonth, Double> perMtok = new TreeMap<>();
        Map<PlatformMonth, Double> spareTokens = new TreeMap<>();
        for (PoolUse p : pools) {
            PlatformMonth k = new PlatformMonth(p.pool(), YearMonth.parse(p.period()));
            long tokens = tokensByPlatform.getOrDefault(k, new long[1])[0];
            if (tokens > 0) {
                perMtok.put(k, p.cost().amount().doubleValue() * 1e6 / tokens);
                double used = hoursByPlatform.get(k)[0];
                double idle = Math.max(0, p.acceleratorHoursPaid() - p.acceleratorHoursUsed());
                spareTokens.put(k, used > 0 ? idle * tokens / used : 0);
            }
        }
        cloudCostByPlatformMonth.forEach((k, cost) -> {
            long tokens = tokensByPlatform.getOrDefault(k, new long[1])[0];
            if (tokens > 0) {
                perMtok.put(k, cost.doubleValue() * 1e6 / tokens);
                spareTokens.put(k, Double.POSITIVE_INFINITY);
            }
        });
        List<Recommendation> out = new ArrayList<>();
        for (Map.Entry<OwnerPlatform, long[]> e : tokensByOwnerPlatform.entrySet()) {
            String owner = e.getKey().owner();
            PlatformMonth k = e.getKey().platform();
            Double rate = perMtok.get(k);
            if (rate == null || e.getValue()[0] == 0) {
                continue;
            }
            PlatformMonth best = null;
            for (PlatformMonth other : perMtok.keySet()) {
                if (!other.equals(k) && other.month().equals(k.month()) && perMtok.get(other) < rate
                        && spareTokens.get(other) > 0 && (best == null || perMtok.get(other) < perMtok.get(best))) {
                    best = other;
                }
            }
            if (best != null) {
                double movable = Math.min(e.getValue()[0], spareTokens.get(best));
                double saving = movable * (rate - perMtok.get(best)) / 1e6;
                spareTokens.put(best, spareTokens.get(best) - movable);
                out.add(new Recommendation("cheaper-platform", owner + " on " + k.platform(),
                        k.month().toString(), ("%s pays %.2f %s per million tokens on %s; %s costs %.2f with room for "
                                + "%.0f of its %d tokens").formatted(owner, rate, currency, k.platform(),
                                best.platform(), perMtok.get(best), movable, e.getValue()[0]),
                        Money.rounded(BigDecimal.valueOf(saving).setScale(6, RoundingMode.HALF_EVEN), currency)));
            }
        }
        return out;
    }
}
