package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;

/**
 * The options a workload of a scenario can be served by, in the order the calculator prices and lists them, and
 * the options left out with the reason. The one list of options: the calculator ({@link TcoCalculator#analyze()}),
 * the fast path ({@link FastTco}) and the portfolio ({@link Tco}) all take their options from here.
 *
 * <p>Order: for every offering the workload may use, on demand, each commitment, then spot (interruptible
 * workloads, offerings with a spot price); then for every server type it may use and every site it may run at,
 * all on-prem (when the site holds the peak fleet), then a hybrid with each of those offerings.
 *
 * <p>An entry names the scenario elements it is priced on by their index in the scenario's lists, so a variant of
 * the scenario with other prices (a Monte Carlo draw) is priced on its own elements.
 */
final class OptionCatalogue {

    /**
     * One option: its id and the indices of its offering, commitment, server type and site in the scenario's
     * lists (-1 when it has none), and the throughputs of its platforms (NaN when it has none).
     */
    record Entry(OptionId id, int offering, int commitment, int serverType, int site, double cloudThroughput,
                 double ownThroughput) {
    }

    final List<Entry> entries;
    /** Options not priced and why, in the order the calculator reports them. */
    final List<String> excluded;

    private OptionCatalogue(List<Entry> entries, List<String> excluded) {
        this.entries = entries;
        this.excluded = excluded;
    }

    /** The options of {@code w} in {@code scenario}, whose highest hourly demand is {@code peak} per second. */
    static OptionCatalogue of(Scenario scenario, Workload w, double peak) {
        return of(scenario, w, peak, null, null, true);
    }

    /**
     * As {@link #of(Scenario, Workload, double)} with the sites' PUE at {@code pueOfSite} (by site index), which
     * decides how many servers a site holds, and the offerings' spot overhead at {@code spotOverheadOfOffering} (by
     * offering index), which decides whether the peak needs too many instances; null: the scenario's. Without
     * {@code reasons}, the options left out are not listed ({@link #excluded} is empty).
     */
    static OptionCatalogue of(Scenario scenario, Workload w, double peak, double[] pueOfSite,
                              double[] spotOverheadOfOffering, boolean reasons) {
        List<Entry> entries = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<CloudOffering> all = scenario.cloudOfferings();
        List<Integer> usable = new ArrayList<>();
        List<Double> usableThroughput = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CloudOffering o = all.get(i);
            OptionalDouble t = scenario.throughput(w, o.name());
            if (t.isEmpty()) {
                continue;
            }
            if (!w.mayRunIn(o.jurisdiction())) {
                if (reasons) {
                    excluded.add("%s: jurisdiction %s not allowed".formatted(o.name(), o.jurisdiction()));
                }
                continue;
            }
            double tc = t.getAsDouble();
            String tooLarge = TcoCalculator.beyondScale(o.name(), peak, tc,
                    spotOverheadOfOffering == null ? o.spotInterruptionOverhead() : spotOverheadOfOffering[i]);
            if (tooLarge != null) {
                excluded.add(tooLarge);
                continue;
            }
            usable.add(i);
            usableThroughput.add(tc);
            entries.add(new Entry(OptionId.onDemand(o.name()), i, -1, -1, -1, tc, Double.NaN));
            for (int c = 0; c < o.commitments().size(); c++) {
                entries.add(new Entry(OptionId.committed(o, c), i, c, -1, -1, tc, Double.NaN));
            }
            if (w.interruptible() && o.spotPerHour().isPresent()) {
                entries.add(new Entry(OptionId.spot(o.name()), i, -1, -1, -1, tc, Double.NaN));
            }
        }
        List<ServerType> types = scenario.serverTypes();
        List<Site> sites = scenario.sites();
        for (int s = 0; s < types.size(); s++) {
            ServerType type = types.get(s);
            OptionalDouble t = scenario.throughput(w, type.name());
            if (t.isEmpty()) {
                continue;
            }
            double ts = t.getAsDouble();
            String tooLarge = TcoCalculator.beyondScale(type.name(), peak, ts, 0);
            if (tooLarge != null) {
                excluded.add(tooLarge);
                continue;
            }
            int forPeak = Engine.ceilUnits(peak / ts);
            for (int p = 0; p < sites.size(); p++) {
                Site site = sites.get(p);
                if (!w.mayRunIn(site.jurisdiction())) {
                    if (reasons) {
                        excluded.add("%s@%s: jurisdiction %s not allowed".formatted(type.name(), site.name(),
                                site.jurisdiction()));
                    }
                    continue;
                }
                int max = pueOfSite == null ? ServerCosts.maxServers(type, site)
                        : ServerCosts.maxServers(type, site, pueOfSite[p]);
                OptionId onPrem = OptionId.onPrem(type.name(), site.name());
                if (forPeak > max) {
                    if (reasons) {
                        excluded.add(onPrem.name() + ": workload " + w.name() + " "
                                + siteTooSmall(w, type, site, forPeak, max, peak));
                    }
                } else {
                    entries.add(new Entry(onPrem, -1, -1, s, p, Double.NaN, ts));
                }
                for (int k = 0; k < usable.size(); k++) {
                    int i = usable.get(k);
                    entries.add(new Entry(OptionId.hybrid(type.name(), site.name(), all.get(i).name()), i, -1, s, p,
                            usableThroughput.get(k), ts));
                }
            }
        }
        return new OptionCatalogue(List.copyOf(entries), List.copyOf(excluded));
    }

    /** Why {@code site} cannot hold the peak fleet: the reason after "workload NAME ". */
    static String siteTooSmall(Workload w, ServerType s, Site site, int needed, int max, double peak) {
        return ("needs %d servers of %s at its peak (%.6g %s/s), but site %s holds at most %d of them "
                + "(power capacity %s kW, %d rack units)").formatted(needed, s.name(), peak,
                w.demand().unit().noun(), site.name(), max, site.powerCapacityKw(), site.rackUnitsCapacity());
    }

    /** The error when no option can serve {@code w}, naming each reason. */
    IllegalArgumentException noOption(Workload w) {
        return new IllegalArgumentException("workload %s cannot be served by any option: %s".formatted(w.name(),
                excluded.isEmpty() ? "no compatible platform" : String.join("; ", excluded)));
    }
}
