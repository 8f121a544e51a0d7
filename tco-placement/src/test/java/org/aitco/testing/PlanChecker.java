package org.aitco.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.placement.PlacementOptions;
import org.aitco.placement.Plan;

/**
 * An independent check that a plan satisfies every constraint of its scenario, written without the optimiser's
 * internals: demand is recomputed from the workloads' profiles (day- or week-long, one slice per hour of the
 * week) and their request classes' shares, capacity is counted per request class at that class's throughput,
 * platforms are looked up by name in the scenario.
 */
public final class PlanChecker {
    private static final double TOL = 1e-6;

    private PlanChecker() {
    }

    /** Every violation found, for a plan made with the default options; empty when the plan is valid. */
    public static List<String> violations(Scenario s, Plan plan) {
        return violations(s, plan, PlacementOptions.defaults());
    }

    private static boolean same(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (Math.abs(a.getOrDefault(k, 0.0) - b.getOrDefault(k, 0.0)) > TOL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every violation found; empty when the plan is valid. Besides capacity, demand and compatibility per request
     * class: each workload in {@code options.noSplit()} has the same shares in every slice and class, each a
     * multiple of {@code 1 / splitParts}.
     */
    public static List<String> violations(Scenario s, Plan plan, PlacementOptions options) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> owned = new HashMap<>();
        for (Plan.ServerPurchase p : plan.servers()) {
            if (p.count() <= 0) {
                out.add("server count " + p);
            }
            owned.put(p.serverType() + "@" + p.site(), p.count());
        }
        Map<String, Integer> committed = new HashMap<>();
        plan.commitments().forEach(c -> committed.merge(c.offering(), c.instances(), Integer::sum));
        for (Site site : s.sites()) {
            double kw = 0;
            long ru = 0;
            for (Plan.ServerPurchase p : plan.servers()) {
                if (p.site().equals(site.name())) {
                    ServerType t = s.serverType(p.serverType()).orElseThrow();
                    kw += p.count() * t.peakWatts() * site.pue() / 1000;
                    ru += (long) p.count() * t.rackUnits();
                }
            }
            if (kw > site.powerCapacityKw() + TOL) {
                out.add("site %s draws %s kW > %s".formatted(site.name(), kw, site.powerCapacityKw()));
            }
            if (ru > site.rackUnitsCapacity()) {
                out.add("site %s uses %d U > %d".formatted(site.name(), ru, site.rackUnitsCapacity()));
            }
        }
        int slices = plan.slices().size();
        Map<String, double[]> load = new HashMap<>();
        // each workload's share per platform and slice, per request class: for the check of equal parts
        Map<String, Map<String, Map<Integer, Map<String, Double>>>> byWorkload = new HashMap<>();
        for (Plan.GroupDispatch g : plan.dispatch()) {
            int n = g.workloads().size();
            List<Workload> ws = g.workloads().stream().map(name -> s.workload(name).orElseThrow()).toList();
            List<RequestClass> classes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = g.requestClasses().get(i);
                classes.add(ws.get(i).classes().stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError("no request class " + name)));
            }
            // demand[i][t]: stream i's demand in slice t, from the profile, the growth and the class's share
            double[][] demand = new double[n][slices];
            double[] total = new double[slices];
            for (Plan.Slice sl : plan.slices()) {
                for (int i = 0; i < n; i++) {
                    Workload w = ws.get(i);
                    double[] hourly = w.demand().hourly();
                    int hour = sl.hoursOfWeek().get(0);
                    double growth = Math.pow(1 + w.demand().growthPerYear(), Math.max(0, sl.year()));
                    demand[i][sl.index()] = hourly[hour % hourly.length] * growth * classes.get(i).share();
                    total[sl.index()] += demand[i][sl.index()];
                }
            }
            double[] sum = new double[slices];
            for (Plan.SliceShare sh : g.shares()) {
                if (sh.share() < -TOL) {
                    out.add("negative share " + sh);
                }
                sum[sh.slice()] += sh.share();
                for (int i = 0; i < n; i++) {
                    Workload w = ws.get(i);
                    RequestClass c = classes.get(i);
                    Optional<String> bad = incompatible(s, w, c, sh.platform());
                    bad.ifPresent(b -> out.add("%s [%s] on %s: %s".formatted(w.name(), c.name(), sh.platform(), b)));
                    double thr = throughput(s, w, c, sh.platform());
                    load.computeIfAbsent(sh.platform(), k -> new double[slices])[sh.slice()] +=
                            thr > 0 ? demand[i][sh.slice()] * sh.share() / thr : 0;
                    byWorkload.computeIfAbsent(w.name(), k -> new HashMap<>())
                            .computeIfAbsent(c.name(), k -> new HashMap<>())
                            .computeIfAbsent(sh.slice(), k -> new HashMap<>()).merge(sh.platform(), sh.share(),
                                    Double::sum);
                }
            }
            for (int t = 0; t < slices; t++) {
                if (total[t] > 0 && Math.abs(sum[t] - 1) > TOL) {
                    out.add("group %s slice %d served %s of its demand".formatted(g.workloads(), t, sum[t]));
                }
            }
        }
        for (String name : options.noSplit()) {
            Workload w = s.workload(name).orElseThrow();
            int k = w.splitParts();
            Map<String, Double> first = null;
            for (var perClass : byWorkload.getOrDefault(name, Map.of()).values()) {
                for (var perSlice : perClass.values()) {
                    if (first == null) {
                        first = perSlice;
                    }
                    if (!same(first, perSlice)) {
                        out.add("%s may not be split but its shares differ: %s and %s".formatted(name, first, perSlice));
                    }
                    perSlice.forEach((platform, share) -> {
                        if (Math.abs(share * k - Math.rint(share * k)) > TOL) {
                            out.add("%s has %s on %s, not a multiple of 1/%d".formatted(name, share, platform, k));
                        }
                    });
                }
            }
        }
        Map<String, int[]> od = new HashMap<>();
        Map<String, int[]> spot = new HashMap<>();
        for (Plan.CloudUse u : plan.cloud()) {
            od.computeIfAbsent(u.offering(), k -> new int[slices])[u.slice()] += u.onDemandInstances();
            spot.computeIfAbsent(u.offering(), k -> new int[slices])[u.slice()] += u.spotInstances();
        }
        load.forEach((platform, l) -> {
            for (int t = 0; t < slices; t++) {
                double cap;
                if (platform.endsWith(" (spot)")) {
                    String name = platform.substring(0, platform.length() - 7);
                    cap = spot.getOrDefault(name, new int[slices])[t];
                } else if (platform.contains("@")) {
                    cap = owned.getOrDefault(platform, 0);
                } else {
                    cap = od.getOrDefault(platform, new int[slices])[t] + committed.getOrDefault(platform, 0);
                }
                if (l[t] > cap * (1 + TOL) + TOL) {
                    out.add("%s slice %d carries %s server-equivalents > %s".formatted(platform, t, l[t], cap));
                }
            }
        });
        return out;
    }

    /** Throughput per server or instance of request class c of w on the platform (spot: less its overhead). */
    static double throughput(Scenario s, Workload w, RequestClass c, String platform) {
        if (platform.endsWith(" (spot)")) {
            CloudOffering o = s.cloudOffering(platform.substring(0, platform.length() - 7)).orElseThrow();
            return s.throughput(c.model(), o.name(), w.slo()).orElse(0) / (1 + o.spotInterruptionOverhead());
        }
        String name = platform.contains("@") ? platform.substring(0, platform.indexOf('@')) : platform;
        return s.throughput(c.model(), name, w.slo()).orElse(0);
    }

    private static Optional<String> incompatible(Scenario s, Workload w, RequestClass c, String platform) {
        if (throughput(s, w, c, platform) <= 0) {
            return Optional.of("no throughput entry");
        }
        String jurisdiction;
        if (platform.contains("@")) {
            jurisdiction = s.site(platform.substring(platform.indexOf('@') + 1)).orElseThrow().jurisdiction();
        } else {
            String name = platform.endsWith(" (spot)") ? platform.substring(0, platform.length() - 7) : platform;
            jurisdiction = s.cloudOffering(name).orElseThrow().jurisdiction();
            if (platform.endsWith(" (spot)") && !w.interruptible()) {
                return Optional.of("spot for a workload that is not interruptible");
            }
        }
        return w.mayRunIn(jurisdiction) ? Optional.empty() : Optional.of("jurisdiction " + jurisdiction);
    }
}
