package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.model.Workload;

/**
 * One line per workload group on why it sits where it sits: its shares, and either the constraint that forced
 * it or the break-even utilisation of its cheapest owned server against its cheapest cloud offering.
 *
 * <p>Break-even: an owned server pays off when busy more than {@code fixed / (cloud - energy)} of the horizon,
 * where {@code fixed} is its discounted cost over the horizon, {@code cloud} the discounted cost of the cloud
 * instances doing the same work every hour of the horizon, and {@code energy} its energy above idle at full load.
 */
final class Explanations {
    private Explanations() {
    }

    static String of(Problem pb, SecondStage.Evaluation e, int g, double[] units, double[] paid, double[] busy) {
        Problem.Group grp = pb.groups.get(g);
        Workload w = pb.scenario.workloads().get(grp.members().get(0));
        double total = 0;
        for (double u : units) {
            total += u;
        }
        List<String> where = new ArrayList<>();
        for (int p = 0; p < units.length; p++) {
            if (units[p] > total * 5e-4) {
                Problem.Platform pl = pb.platforms.get(p);
                where.add("%.0f %% %s %s".formatted(100 * units[p] / total, switch (pl.kind()) {
                    case OWNED -> "on owned";
                    case ON_DEMAND -> "on-demand on";
                    case SPOT -> "on spot";
                }, pl.kind() == Problem.Kind.SPOT ? PlanBuilder.offering(pb, pl).name() : pl.name()));
            }
        }
        String shares = String.join(", ", where);
        int bestOwned = -1;
        int bestCloud = -1;
        for (int p = 0; p < pb.platforms.size(); p++) {
            Problem.Platform pl = pb.platforms.get(p);
            double thr = pl.throughput()[g];
            if (thr <= 0) {
                continue;
            }
            if (pl.owned() && (bestOwned < 0
                    || pl.fixedTotal() / thr < pb.platforms.get(bestOwned).fixedTotal()
                    / pb.platforms.get(bestOwned).throughput()[g])) {
                bestOwned = p;
            }
            if (!pl.owned() && (bestCloud < 0
                    || pl.hourlyPrice() / thr < pb.platforms.get(bestCloud).hourlyPrice()
                    / pb.platforms.get(bestCloud).throughput()[g])) {
                bestCloud = p;
            }
        }
        String jurisdictions = w.allowedJurisdictions().isEmpty() ? "any" : w.allowedJurisdictions().toString();
        if (grp.noSplit()) {
            int parts = pb.splits.get(grp.split()).parts();
            shares += parts == 1 ? " (must not be split)" : " (in %d equal parts)".formatted(parts);
        }
        if (bestOwned < 0) {
            return shares + ": no server type at a site it may use (jurisdictions " + jurisdictions
                    + ") serves " + grp.model() + " at " + w.slo();
        }
        if (bestCloud < 0) {
            return shares + ": no cloud offering it may use (jurisdictions " + jurisdictions + ") serves "
                    + grp.model() + " at " + w.slo() + ", so it must run on owned servers";
        }
        Problem.Platform own = pb.platforms.get(bestOwned);
        Problem.Platform cloud = pb.platforms.get(bestCloud);
        double cloudWeight = 0;
        double energyWeight = 0;
        double hours = 0;
        for (int t = 0; t < pb.slices.count; t++) {
            cloudWeight += pb.slices.cloudWeight[t];
            energyWeight += pb.slices.energyWeight[t];
            hours += pb.slices.hours[t];
        }
        double cloudPerServer = own.throughput()[g] / cloud.throughput()[g] * cloud.hourlyPrice() * cloudWeight;
        double margin = cloudPerServer - own.dynamicPerServerHour() * energyWeight;
        String verdict;
        if (margin <= 0) {
            verdict = "%s costs more to run than %s even before its purchase".formatted(own.name(), cloud.name());
        } else {
            double fraction = own.fixedTotal() / margin;
            double perYear = fraction * hours / pb.scenario.financials().horizonYears();
            verdict = fraction > 1
                    ? "an owned %s would have to be busy %.0f %% of the time to beat %s".formatted(own.name(),
                    100 * fraction, cloud.name())
                    : "an owned %s beats %s when busy more than %.0f h a year (%.0f %%)".formatted(own.name(),
                    cloud.name(), perYear, 100 * fraction);
        }
        String used = paid[bestOwned] > 0
                ? "; the owned %s servers are busy %.0f %% of their hours".formatted(own.name(),
                100 * busy[bestOwned] / paid[bestOwned]) : "";
        String full = Placement.siteFull(pb, e.servers(), own.siteIndex())
                ? "; site " + pb.scenario.sites().get(own.siteIndex()).name() + " has no room for another server"
                : "";
        return shares + ": " + verdict + used + full;
    }
}
