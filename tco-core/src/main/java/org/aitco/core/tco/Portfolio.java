package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;

/**
 * A scenario's workloads priced together: each alone at its cheapest option, with the compatible ones pooled on
 * shared servers, and pooled on shared servers with one cloud offering for the overflow (a pooled hybrid).
 *
 * <p>The portfolio's best plan is the cheapest of: every workload at its own cheapest option; one pool (its members
 * on the shared fleet, every other workload at its own cheapest option); one pooled hybrid (the same with the
 * fleet's size chosen for the least NPV and the hours above it in the cloud). One server type at one site and one
 * offering per plan: the placement optimiser ({@code ./aitco place}) mixes several at once and may be cheaper.
 *
 * <p>A pooled hybrid sums its members' hourly demand in server units, {@code sum_w d_w(h) / t_w}, as a pool does,
 * and sends what its fleet cannot carry to the offering. That is one stream only when every member needs the same
 * number of cloud instances per server unit ({@code t_w(offering) / t_w(server)} equal) and sends the same egress
 * per server unit; other groups of workloads are not pooled with the cloud. The members' fixed egress per month is
 * paid in every month the pool uses the cloud.
 *
 * @param workloads         names of the workloads
 * @param cheapestAloneNpv  every workload at its cheapest option, summed (NPV)
 * @param pools             every pool of two or more workloads that fits its site
 * @param hybridPools       every pooled hybrid of two or more workloads
 * @param bestPool          the pool of the best plan as {@code serverType@site}, or {@code serverType@site+offering}
 *                          for a pooled hybrid; {@code ""} when no pool helps
 * @param bestNpv           NPV of the best plan
 * @param poolingSavingNpv  {@code cheapestAloneNpv - bestNpv}, at least zero
 * @param siteWarnings      sites whose power or rack units the best plan's own servers exceed when added up over
 *                          its workloads (each workload was sized against the site alone); empty when it fits
 */
public record Portfolio(List<String> workloads, Money cheapestAloneNpv, List<Pool> pools, List<HybridPool> hybridPools,
                        String bestPool, Money bestNpv, Money poolingSavingNpv, List<String> siteWarnings) {
    public Portfolio {
        workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
        Objects.requireNonNull(cheapestAloneNpv, "cheapestAloneNpv");
        pools = List.copyOf(Objects.requireNonNull(pools, "pools"));
        hybridPools = List.copyOf(Objects.requireNonNull(hybridPools, "hybridPools"));
        Objects.requireNonNull(bestPool, "bestPool");
        Objects.requireNonNull(bestNpv, "bestNpv");
        Objects.requireNonNull(poolingSavingNpv, "poolingSavingNpv");
        siteWarnings = List.copyOf(Objects.requireNonNull(siteWarnings, "siteWarnings"));
    }

    /**
     * Workloads on one shared fleet of a server type at a site with one cloud offering on demand above it, against
     * each on its own hybrid of the same three.
     *
     * @param serverType     the shared server type
     * @param site           where it stands
     * @param cloudOffering  the offering that carries the hours above the fleet
     * @param workloads      the pooled workloads
     * @param servers        the shared fleet of least NPV (0 when the cloud alone is cheapest)
     * @param serversAlone   the optimal fleets of each workload's own hybrid, summed
     * @param aloneNpv       each workload's own optimal hybrid of the same three, summed (NPV)
     * @param pooledNpv      the pooled hybrid's NPV
     * @param savingNpv      {@code aloneNpv - pooledNpv}
     * @param ownUtilisation demand served by the fleet / its capacity, in server units (0 without servers)
     */
    public record HybridPool(String serverType, String site, String cloudOffering, List<String> workloads,
                             int servers, int serversAlone, Money aloneNpv, Money pooledNpv, Money savingNpv,
                             double ownUtilisation) {
        public HybridPool {
            Objects.requireNonNull(serverType, "serverType");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(cloudOffering, "cloudOffering");
            workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
            Objects.requireNonNull(aloneNpv, "aloneNpv");
            Objects.requireNonNull(pooledNpv, "pooledNpv");
            Objects.requireNonNull(savingNpv, "savingNpv");
        }

        /** {@code serverType@site+cloudOffering}, as the hybrid options are named. */
        public String name() {
            return serverType + "@" + site + "+" + cloudOffering;
        }
    }

    /** One line: the best plan's NPV, the pool it uses and its saving, and how many site warnings. */
    @Override
    public String toString() {
        return "portfolio: best NPV %s%s%s".formatted(bestNpv, bestPool.isEmpty() ? ", no pool helps"
                        : ", pooling on " + bestPool + " saves " + poolingSavingNpv,
                siteWarnings.isEmpty() ? "" : ", %d site warning%s".formatted(siteWarnings.size(),
                        siteWarnings.size() == 1 ? "" : "s"));
    }

    /** Relative tolerance within which two members' throughput ratios or egress per server unit count as equal. */
    private static final double SAME = 1e-12;

    /** The portfolio of the analysed workloads: pools, pooled hybrids and the best plan. */
    static Portfolio of(Scenario scenario, List<TcoCalculator> calcs, List<WorkloadTco> analyses) {
        var currency = scenario.financials().reportingCurrency();
        double aloneNpv = 0;
        for (WorkloadTco a : analyses) {
            aloneNpv += a.cheapest().npv().amount().doubleValue();
        }
        List<Pool> pools = new ArrayList<>();
        List<HybridPool> hybridPools = new ArrayList<>();
        String bestPool = "";
        Map<OptionId, Integer> bestOwned = owned(analyses, null);
        double bestNpv = aloneNpv;
        Horizon hz = calcs.get(0).horizon();
        for (ServerType s : scenario.serverTypes()) {
            for (Site site : scenario.sites()) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < calcs.size(); i++) {
                    Workload w = calcs.get(i).workload();
                    if (w.mayRunIn(site.jurisdiction())
                            && scenario.throughput(w, s.name()).isPresent()) {
                        members.add(i);
                    }
                }
                if (members.size() < 2) {
                    continue;
                }
                double aloneNominalSum = 0;
                double aloneNpvSum = 0;
                boolean aloneFits = true;
                OptionId onPrem = OptionId.onPrem(s.name(), site.name());
                for (int i : members) {
                    // the workload's own analysis priced it on-prem here already, when its peak fleet fits the site;
                    // checked first, so that counting its servers for the peak below cannot fail
                    OptionResult alone = analyses.get(i).option(onPrem).orElse(null);
                    if (alone == null) {
                        aloneFits = false;
                    } else {
                        aloneNominalSum += alone.nominal().amount().doubleValue();
                        aloneNpvSum += alone.npv().amount().doubleValue();
                    }
                }
                if (!aloneFits) {
                    continue;
                }
                double[] units = new double[hz.hours];
                int serversAlone = 0;
                double othersNpv = aloneNpv;
                List<String> names = new ArrayList<>();
                for (int i : members) {
                    TcoCalculator c = calcs.get(i);
                    Workload w = c.workload();
                    names.add(w.name());
                    double t = scenario.throughput(w, s.name()).getAsDouble();
                    double[] d = c.demand();
                    for (int h = 0; h < units.length; h++) {
                        units[h] += d[h] / t;
                    }
                    othersNpv -= analyses.get(i).cheapest().npv().amount().doubleValue();
                    serversAlone += c.serversForPeak(s.name());
                }
                ServerCosts sc = new ServerCosts(scenario, s, site, hz);
                double peak = 0;
                for (double u : units) {
                    peak = Math.max(peak, u);
                }
                int fleet = Engine.ceilUnits(peak);
                if (fleet <= sc.maxServersAtSite) {
                    Flows flows = new Flows(hz.months);
                    Engine.fleetAndCloud(hz, units, sc, 1, fleet, null, flows);
                    double pooledNominal = Horizon.nominal(flows.monthly);
                    double pooledNpv = hz.npv(flows.monthly);
                    pools.add(new Pool(s.name(), site.name(), names, fleet, serversAlone,
                            Money.rounded(aloneNominalSum, currency), Money.rounded(aloneNpvSum, currency),
                            Money.rounded(pooledNominal, currency), Money.rounded(pooledNpv, currency),
                            Money.rounded(aloneNpvSum - pooledNpv, currency), flows.ownServed / flows.ownCapacity));
                    if (othersNpv + pooledNpv < bestNpv) {
                        bestNpv = othersNpv + pooledNpv;
                        bestPool = onPrem.ownPlatform();
                        bestOwned = owned(analyses, members);
                        bestOwned.merge(onPrem, fleet, Integer::sum);
                    }
                }
                LoadDurationCurve ldc = null;
                for (CloudOffering o : scenario.cloudOfferings()) {
                    Engine.CloudRate rate = pooledRate(scenario, calcs, members, s, o);
                    if (rate == null) {
                        continue;
                    }
                    OptionId hybrid = OptionId.hybrid(s.name(), site.name(), o.name());
                    double hybridsAloneNpv = 0;
                    int hybridServersAlone = 0;
                    boolean priced = true;
                    for (int i : members) {
                        OptionResult alone = analyses.get(i).option(hybrid).orElse(null);
                        if (alone == null) {
                            priced = false;
                            break;
                        }
                        hybridsAloneNpv += alone.npv().amount().doubleValue();
                        hybridServersAlone += alone.ownServers();
                    }
                    if (!priced) {
                        continue;
                    }
                    if (ldc == null) {
                        ldc = new LoadDurationCurve(hz, units);
                    }
                    // the fleet of least NPV on the load-duration curve, as a workload's hybrid curve chooses it
                    int best = 0;
                    double least = Double.POSITIVE_INFINITY;
                    double[] cost = new double[2];
                    for (int n = 0; n <= Math.min(fleet, sc.maxServersAtSite); n++) {
                        ldc.hybridCost(sc, 1, n, rate, cost);
                        if (cost[1] < least) {
                            least = cost[1];
                            best = n;
                        }
                    }
                    Flows flows = new Flows(hz.months);
                    Engine.fleetAndCloud(hz, units, sc, 1, best, rate, flows);
                    double pooledNpv = hz.npv(flows.monthly);
                    hybridPools.add(new HybridPool(s.name(), site.name(), o.name(), names, best, hybridServersAlone,
                            Money.rounded(hybridsAloneNpv, currency), Money.rounded(pooledNpv, currency),
                            Money.rounded(hybridsAloneNpv - pooledNpv, currency),
                            flows.ownCapacity == 0 ? 0 : flows.ownServed / flows.ownCapacity));
                    if (othersNpv + pooledNpv < bestNpv) {
                        bestNpv = othersNpv + pooledNpv;
                        bestPool = hybrid.ownPlatform() + "+" + o.name();
                        bestOwned = owned(analyses, members);
                        if (best > 0) {
                            bestOwned.merge(onPrem, best, Integer::sum);
                        }
                    }
                }
            }
        }
        return new Portfolio(calcs.stream().map(c -> c.workload().name()).toList(),
                Money.rounded(aloneNpv, currency), pools, hybridPools, bestPool, Money.rounded(bestNpv, currency),
                Money.rounded(aloneNpv - bestNpv, currency), siteWarnings(scenario, bestOwned));
    }

    /**
     * The on-demand rate of {@code o} for the pooled demand in server units of {@code s}, or null when the members
     * cannot share it as one stream: one of them may not use it, or they differ in cloud instances or egress per
     * server unit.
     */
    private static Engine.CloudRate pooledRate(Scenario scenario, List<TcoCalculator> calcs, List<Integer> members,
                                               ServerType s, CloudOffering o) {
        Engine.CloudRate first = null;
        double perServerUnit = 0;
        double egressPerServerUnit = 0;
        double egressPerMonth = 0;
        for (int i : members) {
            TcoCalculator c = calcs.get(i);
            Workload w = c.workload();
            if (!w.mayRunIn(o.jurisdiction()) || scenario.throughput(w, o.name()).isEmpty()) {
                return null;
            }
            Engine.CloudRate r = c.rate(o, false);
            double ts = scenario.throughput(w, s.name()).getAsDouble();
            double ratio = r.throughput() / ts; // cloud instance capacity in server units
            double egress = r.egressGbPerUnit() * ts;
            if (first == null) {
                first = r;
                perServerUnit = ratio;
                egressPerServerUnit = egress;
            } else if (!same(ratio, perServerUnit) || !same(egress, egressPerServerUnit)) {
                return null;
            }
            egressPerMonth += r.egressGbPerMonth();
        }
        return first == null ? null : new Engine.CloudRate(perServerUnit, first.overhead(), first.pricePerHour(),
                first.category(), first.egressPerGb(), egressPerServerUnit, egressPerMonth);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Own servers per own platform (as the id of the all-on-prem option there) of every workload's cheapest
     * option, leaving out {@code skip}.
     */
    private static Map<OptionId, Integer> owned(List<WorkloadTco> analyses, List<Integer> skip) {
        Map<OptionId, Integer> owned = new HashMap<>();
        for (int i = 0; i < analyses.size(); i++) {
            if (skip != null && skip.contains(i)) {
                continue;
            }
            OptionResult o = analyses.get(i).cheapest();
            if (o.ownServers() > 0) {
                owned.merge(OptionId.onPrem(o.serverType(), o.site()), o.ownServers(), Integer::sum);
            }
        }
        return owned;
    }

    /** Sites whose facility power or rack units the servers of {@code owned} exceed together. */
    private static List<String> siteWarnings(Scenario scenario, Map<OptionId, Integer> owned) {
        List<String> warnings = new ArrayList<>();
        for (Site site : scenario.sites()) {
            double kw = 0;
            long rackUnits = 0;
            int servers = 0;
            for (ServerType s : scenario.serverTypes()) {
                int n = owned.getOrDefault(OptionId.onPrem(s.name(), site.name()), 0);
                kw += n * s.peakWatts() / 1000 * site.pue();
                rackUnits += (long) n * s.rackUnits();
                servers += n;
            }
            if (kw > site.powerCapacityKw() * (1 + 1e-9) || rackUnits > site.rackUnitsCapacity()) {
                warnings.add(("site %s: the best plan's workloads together own %d servers there, drawing %.1f kW "
                        + "with PUE (capacity %.1f kW) in %d rack units (capacity %d); each workload fits alone, "
                        + "together they do not: run ./aitco place for a plan within the site")
                        .formatted(site.name(), servers, kw, site.powerCapacityKw(), rackUnits,
                                site.rackUnitsCapacity()));
            }
        }
        return warnings;
    }
}
