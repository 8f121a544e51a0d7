package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.ThroughputEntry;
import org.aitco.core.model.Workload;

/** Reasons a person can act on when no plan exists: which workload cannot be served and what binds. */
final class Diagnosis {
    private Diagnosis() {
    }

    /** A reason found without solving, or null: a group with no platform, or a peak beyond every site's room. */
    static String beforeSolving(Problem pb) {
        for (int g = 0; g < pb.groups.size(); g++) {
            Problem.Group grp = pb.groups.get(g);
            Workload w = pb.scenario.workloads().get(grp.members().get(0));
            boolean any = false;
            boolean cloud = false;
            for (Problem.Platform p : pb.platforms) {
                if (p.throughput()[g] > 0) {
                    any = true;
                    cloud |= !p.owned();
                }
            }
            if (!any) {
                return noPlatform(pb, w, grp.model());
            }
            if (!cloud) {
                String room = onPremRoom(pb, g);
                if (room != null) {
                    return room;
                }
            }
        }
        return null;
    }

    private static String noPlatform(Problem pb, Workload w, String model) {
        List<String> where = new ArrayList<>();
        for (ThroughputEntry t : pb.scenario.throughput()) {
            if (t.model().equals(model) && t.slo() == w.slo()) {
                pb.scenario.cloudOffering(t.platform()).map(CloudOffering::jurisdiction)
                        .ifPresent(j -> where.add(t.platform() + " (" + j + ")"));
                if (pb.scenario.serverType(t.platform()).isPresent()) {
                    for (Site s : pb.scenario.sites()) {
                        where.add(t.platform() + " at " + s.name() + " (" + s.jurisdiction() + ")");
                    }
                }
            }
        }
        return ("workload %s (model %s at SLO %s) may run only in %s, but every platform that serves that model is "
                + "elsewhere: %s. Add a site or cloud offering in %s with a throughput entry, or widen "
                + "allowedJurisdictions of %s").formatted(w.name(), model, w.slo(), w.allowedJurisdictions(),
                String.join(", ", where), w.allowedJurisdictions(), w.name());
    }

    /** Whether group g, which no cloud offering may serve, fits its sites alone; a reason when not. */
    private static String onPremRoom(Problem pb, int g) {
        Problem.Group grp = pb.groups.get(g);
        double peak = 0;
        int peakSlice = 0;
        for (int t = 0; t < pb.slices.count; t++) {
            if (grp.demand()[t] > peak) {
                peak = grp.demand()[t];
                peakSlice = t;
            }
        }
        double capacity = 0;
        List<String> limits = new ArrayList<>();
        for (int k = 0; k < pb.scenario.sites().size(); k++) {
            Site site = pb.scenario.sites().get(k);
            double best = 0;
            String bestText = null;
            for (Problem.Platform p : pb.platforms) {
                if (p.owned() && p.siteIndex() == k && p.throughput()[g] > 0) {
                    ServerType type = pb.scenario.serverTypes().get(p.typeIndex());
                    long byPower = (long) Math.floor(site.powerCapacityKw() / p.facilityKw() + 1e-9);
                    long byRacks = site.rackUnitsCapacity() / p.rackUnits();
                    long byBudget = pb.capexBudget.isPresent()
                            ? (long) Math.floor(pb.capexBudget.getAsDouble() / p.purchasePrice() + 1e-9)
                            : Long.MAX_VALUE;
                    long n = Math.min(byPower, Math.min(byRacks, byBudget));
                    if (n * p.throughput()[g] >= best) {
                        best = n * p.throughput()[g];
                        long needed = (long) Math.ceil(peak / p.throughput()[g] - 1e-9);
                        String binding = n == byPower
                                ? "powerCapacityKw %s kW holds %d of %s at %.3f kW each (peak %s W x PUE %s); %d need %.1f kW"
                                .formatted(fmt(site.powerCapacityKw()), byPower, type.name(), p.facilityKw(),
                                        fmt(type.peakWatts()), fmt(site.pue()), needed, needed * p.facilityKw())
                                : n == byRacks
                                ? "rackUnitsCapacity %d holds %d of %s at %d U each; %d need %d U".formatted(
                                        site.rackUnitsCapacity(), byRacks, type.name(), type.rackUnits(), needed,
                                        needed * type.rackUnits())
                                : "capexBudget %s buys %d of %s; %d cost %s".formatted(
                                        fmt(pb.capexBudget.getAsDouble()), byBudget, type.name(), needed,
                                        fmt(needed * p.purchasePrice()));
                        bestText = "site %s: %s".formatted(site.name(), binding);
                    }
                }
            }
            capacity += best;
            if (bestText != null) {
                limits.add(bestText);
            }
        }
        if (peak <= capacity * (1 + 1e-9)) {
            return null;
        }
        Workload w = pb.scenario.workloads().get(grp.members().get(0));
        return ("workload %s peaks at %s %s/s (slice %d) and no cloud offering may serve it (allowed jurisdictions "
                + "%s), but the sites hold at most %s %s/s: %s. Raise the binding limit or add a cloud offering it "
                + "may use").formatted(Placement.names(pb, grp), fmt(peak), w.demand().unit().noun(), peakSlice,
                w.allowedJurisdictions().isEmpty() ? "any" : w.allowedJurisdictions(), fmt(capacity),
                w.demand().unit().noun(), limits.isEmpty() ? "no site has room" : String.join("; ", limits));
    }

    /** A reason after the solver found no plan: the workloads that must share the sites do not fit together. */
    static String afterSolving(Problem pb) {
        List<String> onPremOnly = new ArrayList<>();
        for (int g = 0; g < pb.groups.size(); g++) {
            boolean cloud = false;
            for (Problem.Platform p : pb.platforms) {
                cloud |= !p.owned() && p.throughput()[g] > 0;
            }
            if (!cloud) {
                onPremOnly.add(Placement.names(pb, pb.groups.get(g)));
            }
        }
        List<String> sites = new ArrayList<>();
        for (Site s : pb.scenario.sites()) {
            sites.add("%s (%s kW, %d U)".formatted(s.name(), fmt(s.powerCapacityKw()), s.rackUnitsCapacity()));
        }
        return ("the workloads that no cloud offering may serve (%s) do not fit together into the sites %s%s: "
                + "raise powerCapacityKw or rackUnitsCapacity, or allow them a cloud offering").formatted(
                String.join("; ", onPremOnly), String.join(", ", sites),
                pb.capexBudget.isPresent() ? " within capexBudget " + fmt(pb.capexBudget.getAsDouble()) : "");
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : "%.4g".formatted(d);
    }
}
