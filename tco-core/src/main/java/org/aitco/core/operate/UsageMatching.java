package org.aitco.core.operate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The pool side of a chargeback's inputs: which usage records match an on-prem pool or a billed cloud platform. */
final class UsageMatching {
    private UsageMatching() {
    }

    /**
     * The platform name of a cloud accelerator as the policy file first spells it: entries whose platforms differ
     * only in case are one platform.
     */
    static String cloudPlatform(ChargebackConfig config, String platform) {
        String n = Tags.normalise(platform);
        for (ChargebackConfig.CloudAccelerator c : config.cloudAccelerators()) {
            if (Tags.normalise(c.platform()).equals(n)) {
                return c.platform().trim();
            }
        }
        return platform.trim();
    }

    /**
     * The usage records that can be allocated, with the platform spelt as the pools file or the policy file spells
     * it; the others become rejections. Platform names match ignoring case and surrounding spaces. A record on an
     * on-prem pool needs a pool of that name for its month; a record on a cloud platform of {@code cloudAccelerators}
     * needs FOCUS rows of that platform in its month (its tokens and requests count against that cloud cost).
     */
    static List<UsageRecord> match(ChargebackConfig config, String file, List<UsageRecord> records,
            List<OnPremPool> pools, List<CloudCosts> clouds, List<RowRejection> rejected) {
        // Pool names are unique ignoring case within a month (OnPremPool.read checks it): a record takes the spelling
        // of its month's pool, so that allocatePool matches it exactly.
        Map<String, String> poolNames = new TreeMap<>();
        Map<PlatformMonth, String> poolOfMonth = new HashMap<>();
        Map<String, Set<YearMonth>> poolMonths = new HashMap<>();
        for (OnPremPool p : pools) {
            String n = Tags.normalise(p.name());
            poolNames.putIfAbsent(n, p.name());
            poolOfMonth.put(new PlatformMonth(n, p.period()), p.name());
            poolMonths.computeIfAbsent(n, k -> new TreeSet<>()).add(p.period());
        }
        Map<String, String> cloudNames = new TreeMap<>();
        for (ChargebackConfig.CloudAccelerator ca : config.cloudAccelerators()) {
            cloudNames.putIfAbsent(Tags.normalise(ca.platform()), cloudPlatform(config, ca.platform()));
        }
        Map<String, Set<YearMonth>> cloudMonths = new HashMap<>();
        for (CloudCosts d : clouds) {
            for (CloudCostGroup g : d.groups()) {
                if (!g.key().acceleratorPlatform().isEmpty()) {
                    cloudMonths.computeIfAbsent(Tags.normalise(g.key().acceleratorPlatform()), k -> new TreeSet<>())
                            .add(g.key().month());
                }
            }
        }
        List<UsageRecord> out = new ArrayList<>();
        for (UsageRecord u : records) {
            String n = Tags.normalise(u.platform());
            if (poolNames.containsKey(n)) {
                String name = poolNames.get(n);
                String ofMonth = poolOfMonth.get(new PlatformMonth(n, u.period()));
                if (ofMonth != null) {
                    out.add(u.onPlatform(ofMonth));
                } else {
                    rejected.add(new RowRejection(file, u.line(), "period", u.period().toString(),
                            "has no on-prem pool %s; the pools file has it for %s".formatted(name,
                                    list(poolMonths.get(n)))));
                }
            } else if (cloudNames.containsKey(n)) {
                String name = cloudNames.get(n);
                if (cloudMonths.getOrDefault(n, Set.of()).contains(u.period())) {
                    out.add(u.onPlatform(name));
                } else {
                    rejected.add(new RowRejection(file, u.line(), "period", u.period().toString(),
                            "has no FOCUS rows of the cloud platform %s to count this usage against; months billed: %s"
                                    .formatted(name, list(cloudMonths.getOrDefault(n, Set.of())))));
                }
            } else {
                rejected.add(new RowRejection(file, u.line(), "platform", u.platform(),
                        ("is neither an on-prem pool nor a cloud platform of cloudAccelerators (names match ignoring "
                                + "case); on-prem pools: %s; cloud platforms: %s").formatted(
                                list(poolNames.values()), list(cloudNames.values()))));
            }
        }
        return out;
    }

    private static String list(java.util.Collection<?> items) {
        return items.isEmpty() ? "none"
                : String.join(", ", items.stream().map(Object::toString).toList());
    }
}
