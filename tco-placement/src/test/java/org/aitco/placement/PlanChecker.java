package org.aitco.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;

/**
 * An independent check that a plan satisfies every constraint of its scenario, written without the optimiser's
 * internals: demand is recomputed from the workloads' profiles (day- or week-long, one slice per hour of the
 * week), platforms are looked up by name in the scenario.
 */
final class PlanChecker {
    private static final double TOL = 1e-6;

    private PlanChecker() {
    }

    /** Every violation found; empty when the plan is valid. */
    static List<String> violations(Scenario s, Plan plan) {
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
        for (Plan.GroupDispatch g : plan.dispatch()) {
            List<Workload> ws = g.workloads().stream().map(n -> s.workload(n).orElseThrow()).toList();
            double[] demand = new double[slices];
            for (Plan.Slice sl : plan.slices()) {
                for (Workload w : ws) {
                    double[] hourly = w.demand().hourly();
                    int hour = sl.hoursOfWeek().get(0);
                    double growth = Math.pow(1 + w.demand().growthPerYear(), Math.max(0, sl.year()));
                    demand[sl.index()] += hourly[hour % hourly.length] * growth;
                }
            }
            double[] sum = new double[slices];
            for (Plan.SliceShare sh : g.shares()) {
                if (sh.share() < -TOL) {
                    out.add("negative share " + sh);
                }
                sum[sh.slice()] += sh.share();
                double units = demand[sh.slice()] * sh.share();
                for (Workload w : ws) {
                    Optional<String> bad = incompatible(s, w, sh.platform());
                    bad.ifPresent(b -> out.add("%s on %s: %s".formatted(w.name(), sh.platform(), b)));
                }
                double thr = throughput(s, ws.get(0), sh.platform());
                load.computeIfAbsent(sh.platform(), k -> new double[slices])[sh.slice()] += thr > 0 ? units / thr : 0;
            }
            for (int t = 0; t < slices; t++) {
                if (demand[t] > 0 && Math.abs(sum[t] - 1) > TOL) {
                    out.add("group %s slice %d served %s of its demand".formatted(g.workloads(), t, sum[t]));
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

    /** Throughput per server or instance of w's model on the platform (spot: less its overhead). */
    static double throughput(Scenario s, Workload w, String platform) {
        if (platform.endsWith(" (spot)")) {
            CloudOffering c = s.cloudOffering(platform.substring(0, platform.length() - 7)).orElseThrow();
            return s.throughput(w.model(), c.name(), w.slo()).orElse(0) / (1 + c.spotInterruptionOverhead());
        }
        String name = platform.contains("@") ? platform.substring(0, platform.indexOf('@')) : platform;
        return s.throughput(w.model(), name, w.slo()).orElse(0);
    }

    private static Optional<String> incompatible(Scenario s, Workload w, String platform) {
        if (throughput(s, w, platform) <= 0) {
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
