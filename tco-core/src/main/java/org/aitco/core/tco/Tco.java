package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;

/**
 * The entry point of the TCO calculator.
 *
 * <pre>{@code
 * var result = Tco.analyze(scenario);
 * result.cheapest();
 * System.out.println(result.toTable());
 * }</pre>
 */
public final class Tco {
    private Tco() {
    }

    /**
     * Prices every option of every workload of {@code scenario}, and the portfolio with compatible workloads
     * pooled on shared servers.
     *
     * @throws IllegalArgumentException naming the workload when one cannot be served by any option
     */
    public static TcoResult analyze(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<TcoCalculator> calculators = new ArrayList<>();
        List<WorkloadTco> analyses = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            TcoCalculator calc = TcoCalculator.of(scenario, w.name());
            calculators.add(calc);
            analyses.add(calc.analyze());
        }
        var f = scenario.financials();
        return new TcoResult(scenario.name(), f.reportingCurrency(), f.horizonYears(), f.hoursPerMonth(),
                f.discountRatePerYear(), analyses, portfolio(scenario, calculators, analyses));
    }

    /** A calculator of one workload, for pricing single options and hybrid curves. */
    public static TcoCalculator calculator(Scenario scenario, String workload) {
        return TcoCalculator.of(scenario, workload);
    }

    static Portfolio portfolio(Scenario scenario, List<TcoCalculator> calcs, List<WorkloadTco> analyses) {
        var currency = scenario.financials().reportingCurrency();
        double aloneNpv = 0;
        for (WorkloadTco a : analyses) {
            aloneNpv += a.cheapest().npv().amount().doubleValue();
        }
        List<Pool> pools = new ArrayList<>();
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
                if (fleet > sc.maxServersAtSite) {
                    continue;
                }
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
        }
        return new Portfolio(calcs.stream().map(c -> c.workload().name()).toList(),
                Money.rounded(aloneNpv, currency), pools, bestPool, Money.rounded(bestNpv, currency),
                Money.rounded(aloneNpv - bestNpv, currency), siteWarnings(scenario, bestOwned));
    }

    /**
     * Own servers per own platform (as the id of the all-on-prem option there) of every workload's cheapest
     * option, leaving out {@code skip}.
     */
    private static Map<OptionId, Integer> owned(List<WorkloadTco> analyses, List<Integer> skip) {
        Map<OptionId, Integer> owned = new java.util.HashMap<>();
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
