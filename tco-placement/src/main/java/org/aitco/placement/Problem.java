package org.aitco.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.tco.CostCategory;
import org.aitco.core.tco.UnitCosts;

/**
 * The placement problem in numbers: workload groups, platforms and their cost coefficients, built from a scenario
 * so that the optimiser's objective is the tco-core cost model.
 *
 * <p>Demand streams: each request class of each workload is a stream (the workload's demand times the class's
 * share, served as the class's model); a workload without a request mix is one stream of its model. A group
 * holds the streams that share every coefficient (model, SLO, allowed jurisdictions, interruptible, egress per
 * unit): their demands add up, and a group's share of a platform is split back to its streams in proportion to
 * their demand. A workload that may not be split freely ({@link PlacementOptions#noSplit()}) has a group per
 * class of its own and a {@link Split}: its demand goes in {@code splitParts} equal parts, each part (with the
 * whole mix) on one platform. Platforms: each server type at each site (owned), each cloud offering on demand,
 * and on spot where it is offered and an interruptible group may use it.
 *
 * <p>Costs are the calculator's ({@link UnitCosts}, one cost model): per owned server its discounted fixed flows
 * (purchases, residual and book value, maintenance, space, staff, idle energy); energy above idle is
 * {@code (peak - idle) / 1000 * pue} kWh per server-hour of load, weighted like every spread flow by
 * {@link Slices}; cloud instance-hours at the on-demand or spot price with the yearly price change; committed
 * instances for consecutive terms covering the horizon (a last term cut by the horizon is paid pro rata, as the
 * calculator pays it); egress per unit served in the cloud.
 */
final class Problem {

    enum Kind { OWNED, ON_DEMAND, SPOT }

    /**
     * Demand streams sharing every coefficient: stream i is request class {@code classes[i]} (an index into
     * {@link Workload#classes()}) of workload {@code members[i]}; {@code model} is their throughput table key;
     * {@code split} indexes {@link #splits}, or is -1 when the shares are free.
     */
    record Group(String key, List<Integer> members, List<Integer> classes, String model, double[] demand,
                 double gbPerUnit, boolean interruptible, int split) {
        boolean noSplit() {
            return split >= 0;
        }
    }

    /** A workload that goes in {@code parts} equal parts, each on one platform; its groups are one per class. */
    record Split(int workload, int parts, List<Integer> groups) {
    }

    /** A platform: a server type at a site, or a cloud offering on demand or on spot. */
    record Platform(String name, Kind kind, int typeIndex, int siteIndex, int offeringIndex, double[] throughput,
                    double hourlyPrice, double dynamicPerServerHour, double[] fixedPerServer, double facilityKw,
                    int rackUnits, double purchasePrice, double egressPerGb) {
        boolean owned() {
            return kind == Kind.OWNED;
        }

        double fixedTotal() {
            double s = 0;
            for (double v : fixedPerServer) {
                s += v;
            }
            return s;
        }
    }

    /** A commitment option of an on-demand platform, with its cost per committed instance over the horizon. */
    record CommitOption(int platform, Commitment commitment, double costPerInstance) {
    }

    /** Indices into {@link Platform#fixedPerServer}. */
    static final int CAPEX = 0, MAINTENANCE = 1, SPACE = 2, STAFF = 3, IDLE_ENERGY = 4;

    final Scenario scenario;
    final Slices slices;
    final List<Group> groups = new ArrayList<>();
    final List<Split> splits = new ArrayList<>();
    final List<Platform> platforms = new ArrayList<>();
    final List<CommitOption> commitOptions = new ArrayList<>();
    final OptionalDouble capexBudget;
    /** {@link #peakNeed(int)} per platform. */
    private final double[] peakNeed;

    Problem(Scenario scenario, PlacementOptions options) {
        this.scenario = scenario;
        this.slices = Slices.of(scenario, options.slicesPerYear());
        this.capexBudget = options.capexBudget();
        FinancialAssumptions f = scenario.financials();
        for (String name : options.noSplit()) {
            if (scenario.workload(name).isEmpty()) {
                throw new IllegalArgumentException("noSplit names workload \"%s\", which the scenario does not have"
                        .formatted(name));
            }
        }
        Map<String, List<int[]>> byKey = new LinkedHashMap<>();
        Map<String, Integer> splitOfKey = new LinkedHashMap<>();
        List<Workload> ws = scenario.workloads();
        double[] gbPerUnit = new double[ws.size()];
        List<Integer> splitWorkloads = new ArrayList<>();
        for (int w = 0; w < ws.size(); w++) {
            Workload wl = ws.get(w);
            double unitsPerMonth = wl.demand().mean() * 3600.0 * f.hoursPerMonth();
            gbPerUnit[w] = wl.egressGbPerMillionUnits() / 1e6 + wl.egressGbPerMonth() / unitsPerMonth;
            boolean alone = options.noSplit().contains(wl.name());
            if (alone) {
                splitWorkloads.add(w);
            }
            List<RequestClass> classes = wl.classes();
            for (int c = 0; c < classes.size(); c++) {
                RequestClass rc = classes.get(c);
                String key = alone ? "workload " + wl.name() + (wl.requestMix().isEmpty() ? "" : " [" + rc.name() + "]")
                        : String.join("|", rc.model(), wl.slo().name(), wl.demand().unit().name(),
                                wl.allowedJurisdictions().toString(), Boolean.toString(wl.interruptible()),
                                Double.toString(gbPerUnit[w]));
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {w, c});
                if (alone) {
                    splitOfKey.put(key, splitWorkloads.size() - 1);
                }
            }
        }
        List<List<Integer>> splitGroups = new ArrayList<>();
        splitWorkloads.forEach(w -> splitGroups.add(new ArrayList<>()));
        byKey.forEach((key, streams) -> {
            double[] d = new double[slices.count];
            List<Integer> members = new ArrayList<>();
            List<Integer> classes = new ArrayList<>();
            for (int[] stream : streams) {
                double share = ws.get(stream[0]).classes().get(stream[1]).share();
                for (int t = 0; t < slices.count; t++) {
                    d[t] += slices.demand[stream[0]][t] * share;
                }
                members.add(stream[0]);
                classes.add(stream[1]);
            }
            int first = members.get(0);
            int split = splitOfKey.getOrDefault(key, -1);
            if (split >= 0) {
                splitGroups.get(split).add(groups.size());
            }
            groups.add(new Group(key, List.copyOf(members), List.copyOf(classes),
                    ws.get(first).classes().get(classes.get(0)).model(), d, gbPerUnit[first],
                    ws.get(first).interruptible(), split));
        });
        for (int s = 0; s < splitWorkloads.size(); s++) {
            int w = splitWorkloads.get(s);
            splits.add(new Split(w, ws.get(w).splitParts(), List.copyOf(splitGroups.get(s))));
        }
        List<ServerType> types = scenario.serverTypes();
        List<Site> sites = scenario.sites();
        for (int k = 0; k < sites.size(); k++) {
            for (int s = 0; s < types.size(); s++) {
                ServerType type = types.get(s);
                Site site = sites.get(k);
                double[] thr = new double[groups.size()];
                boolean any = false;
                for (int g = 0; g < groups.size(); g++) {
                    Workload w = ws.get(groups.get(g).members().get(0));
                    if (w.mayRunIn(site.jurisdiction())) {
                        thr[g] = scenario.throughput(groups.get(g).model(), type.name(), w.slo()).orElse(0);
                        any |= thr[g] > 0;
                    }
                }
                if (any) {
                    double energyPrice = scenario.inReportingCurrency(site.energyPerKwh());
                    double dynamic = (type.peakWatts() - type.idleWatts()) / 1000.0 * site.pue() * energyPrice;
                    platforms.add(new Platform(type.name() + "@" + site.name(), Kind.OWNED, s, k, -1, thr, 0,
                            dynamic, ownedFixedCost(type, site), type.peakWatts() * site.pue() / 1000.0,
                            type.rackUnits(), scenario.inReportingCurrency(type.purchasePrice()), 0));
                }
            }
        }
        List<CloudOffering> offerings = scenario.cloudOfferings();
        for (int o = 0; o < offerings.size(); o++) {
            CloudOffering c = offerings.get(o);
            double[] thr = new double[groups.size()];
            double[] spotThr = new double[groups.size()];
            boolean any = false;
            boolean anySpot = false;
            for (int g = 0; g < groups.size(); g++) {
                Workload w = ws.get(groups.get(g).members().get(0));
                if (w.mayRunIn(c.jurisdiction())) {
                    thr[g] = scenario.throughput(groups.get(g).model(), c.name(), w.slo()).orElse(0);
                    any |= thr[g] > 0;
                    if (w.interruptible() && c.spotPerHour().isPresent()) {
                        spotThr[g] = thr[g] / (1 + c.spotInterruptionOverhead());
                        anySpot |= spotThr[g] > 0;
                    }
                }
            }
            double egress = scenario.inReportingCurrency(c.egressPerGb());
            if (any) {
                platforms.add(new Platform(c.name(), Kind.ON_DEMAND, -1, -1, o, thr,
                        scenario.inReportingCurrency(c.onDemandPerHour()), 0, new double[5], 0, 0, 0, egress));
                int p = platforms.size() - 1;
                for (Commitment commitment : c.commitments()) {
                    commitOptions.add(new CommitOption(p, commitment,
                            UnitCosts.perCommittedInstance(scenario, commitment)));
                }
            }
            if (anySpot) {
                platforms.add(new Platform(c.name() + " (spot)", Kind.SPOT, -1, -1, o, spotThr,
                        scenario.inReportingCurrency(c.spotPerHour().orElseThrow()), 0, new double[5], 0, 0, 0,
                        egress));
            }
        }
        peakNeed = new double[platforms.size()];
        for (int p = 0; p < peakNeed.length; p++) {
            peakNeed[p] = computePeakNeed(p);
        }
    }

    /** One server's fixed cost over the horizon by {@link #CAPEX}..{@link #IDLE_ENERGY}, from the calculator's. */
    private double[] ownedFixedCost(ServerType type, Site site) {
        double[] byCategory = UnitCosts.perServer(scenario, type, site);
        double[] cost = new double[5];
        cost[CAPEX] = byCategory[CostCategory.CAPEX.ordinal()] + byCategory[CostCategory.RESIDUAL_VALUE.ordinal()];
        // the running cost per hour (power, cooling, maintenance in one vendor figure) is a fixed cost per server
        cost[MAINTENANCE] = byCategory[CostCategory.MAINTENANCE.ordinal()] + byCategory[CostCategory.RUNNING.ordinal()];
        cost[SPACE] = byCategory[CostCategory.SPACE.ordinal()];
        cost[STAFF] = byCategory[CostCategory.STAFF.ordinal()];
        cost[IDLE_ENERGY] = byCategory[CostCategory.IT_ENERGY.ordinal()]
                + byCategory[CostCategory.COOLING_FACILITY.ordinal()];
        return cost;
    }

    /** Cost of one instance (or server-equivalent of dynamic energy) for slice t, without egress. */
    double hourlyCost(Platform p, int t) {
        return p.owned() ? p.dynamicPerServerHour() * slices.energyWeight[t] : p.hourlyPrice() * slices.cloudWeight[t];
    }

    /** Egress cost of serving one unit per second of group g on p during slice t. */
    double egressCost(Group g, Platform p, int t) {
        return p.owned() ? 0 : 3600.0 * g.gbPerUnit() * p.egressPerGb() * slices.cloudWeight[t];
    }

    /** Whether platform p serves every group of split s (each part carries the whole mix). */
    boolean servesWholeSplit(int s, int p) {
        for (int g : splits.get(s).groups()) {
            if (platforms.get(p).throughput()[g] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** A person's name for stream i of group g: the workload, and its request class when it has a mix. */
    String streamName(Group g, int i) {
        Workload w = scenario.workloads().get(g.members().get(i));
        return w.requestMix().isEmpty() ? w.name() : w.name() + " [" + w.classes().get(g.classes().get(i)).name() + "]";
    }

    /** Largest useful number of servers of owned platform p: by site power and racks, and by peak demand. */
    int serverBound(int p) {
        Platform pl = platforms.get(p);
        Site site = scenario.sites().get(pl.siteIndex());
        long byPower = (long) Math.floor(site.powerCapacityKw() / pl.facilityKw() + 1e-9);
        long byRacks = site.rackUnitsCapacity() / pl.rackUnits();
        double need = peakNeed(p);
        long byNeed = (long) Math.ceil(need - 1e-9);
        long byBudget = capexBudget.isPresent() && pl.purchasePrice() > 0
                ? (long) Math.floor(capexBudget.getAsDouble() / pl.purchasePrice() + 1e-9) : Long.MAX_VALUE;
        return (int) Math.min(Math.min(byPower, byRacks), Math.min(byNeed, Math.min(byBudget, 1_000_000)));
    }

    /** Peak instances of cloud platform p needed for every compatible group at once (an upper bound). */
    double instanceBound(int p) {
        return peakNeed(p);
    }

    /** The most servers or instances of platform p any slice needs when every compatible group runs on it. */
    private double peakNeed(int p) {
        return peakNeed[p];
    }

    /** {@link #peakNeed}, computed once (it was 6 % of a placement's time when computed at each call). */
    private double computePeakNeed(int p) {
        Platform pl = platforms.get(p);
        double need = 0;
        for (int t = 0; t < slices.count; t++) {
            double n = 0;
            for (int g = 0; g < groups.size(); g++) {
                if (pl.throughput()[g] > 0) {
                    n += groups.get(g).demand()[t] / pl.throughput()[g];
                }
            }
            need = Math.max(need, n);
        }
        return need;
    }
}
