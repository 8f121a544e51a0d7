package org.aitco.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;

/** Turns the solver's numbers into a {@link Plan}: records, cost breakdown, utilisation and explanations. */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static Plan infeasible(Problem pb, String reason, Duration time) {
        Money zero = Money.zero(pb.scenario.financials().reportingCurrency());
        Plan.CostBreakdown none = new Plan.CostBreakdown(zero, zero, zero, zero, zero, zero, zero, zero, zero, zero);
        return new Plan(pb.scenario.name(), new PlanStatus.Infeasible(reason, time), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), none,
                new Plan.ModelSize(pb.groups.size(), pb.platforms.size(), pb.slices.count, 0, 0, 0, Double.NaN, 0),
                List.of());
    }

    static Plan of(Problem pb, SecondStage.Evaluation e, PlanStatus status, Plan.ModelSize size,
                   List<String> notes) {
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int nt = pb.slices.count;
        List<Plan.ServerPurchase> servers = new ArrayList<>();
        double[] cost = new double[10];
        final int capex = 0, maint = 1, space = 2, staff = 3, energy = 4, od = 5, committed = 6, spot = 7, egress = 8;
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (pl.owned() && e.servers()[p] > 0) {
                ServerType type = pb.scenario.serverTypes().get(pl.typeIndex());
                Site site = pb.scenario.sites().get(pl.siteIndex());
                servers.add(new Plan.ServerPurchase(type.name(), site.name(), e.servers()[p]));
                double[] f = pl.fixedPerServer();
                cost[capex] += e.servers()[p] * f[Problem.CAPEX];
                cost[maint] += e.servers()[p] * f[Problem.MAINTENANCE];
                cost[space] += e.servers()[p] * f[Problem.SPACE];
                cost[staff] += e.servers()[p] * f[Problem.STAFF];
                cost[energy] += e.servers()[p] * f[Problem.IDLE_ENERGY];
            }
        }
        List<Plan.CommitmentPurchase> commitments = new ArrayList<>();
        double[] committedCount = new double[np];
        for (int j = 0; j < pb.commitOptions.size(); j++) {
            Problem.CommitOption c = pb.commitOptions.get(j);
            if (e.commitments()[j] > 0) {
                commitments.add(new Plan.CommitmentPurchase(pb.platforms.get(c.platform()).name(),
                        c.commitment().termYears(), c.commitment().upfrontFraction(), e.commitments()[j]));
                cost[committed] += e.commitments()[j] * c.costPerInstance();
                committedCount[c.platform()] += e.commitments()[j];
            }
        }
        List<Plan.Slice> slices = new ArrayList<>();
        List<Plan.CloudUse> cloud = new ArrayList<>();
        double[] paid = new double[np];
        double[] busy = new double[np];
        double[][] units = new double[ng][np];
        int nw = pb.scenario.workloads().size();
        double[][] workloadUnits = new double[nw][np];
        for (int t = 0; t < nt; t++) {
            List<Integer> how = new ArrayList<>();
            for (int h : pb.slices.hoursOfWeek[t]) {
                how.add(h);
            }
            slices.add(new Plan.Slice(t, pb.slices.year[t], how, pb.slices.hours[t]));
            SecondStage.SliceDispatch s = e.slices()[t];
            Map<Integer, int[]> perOffering = new LinkedHashMap<>();
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                double load = 0;
                for (int g = 0; g < ng; g++) {
                    double share = s.share()[g][p];
                    if (share > 0) {
                        Problem.Group grp = pb.groups.get(g);
                        double d = grp.demand()[t];
                        load += share * d / pl.throughput()[g];
                        cost[egress] += share * d * pb.egressCost(grp, pl, t);
                        units[g][p] += share * d * pb.slices.hours[t];
                        for (int i = 0; i < grp.members().size(); i++) {
                            int w = grp.members().get(i);
                            double classShare = pb.scenario.workloads().get(w).classes().get(grp.classes().get(i))
                                    .share();
                            workloadUnits[w][p] += share * pb.slices.demand[w][t] * classShare * pb.slices.hours[t];
                        }
                    }
                }
                busy[p] += load * pb.slices.hours[t];
                switch (pl.kind()) {
                    case OWNED -> {
                        cost[energy] += load * pb.hourlyCost(pl, t);
                        paid[p] += e.servers()[p] * pb.slices.hours[t];
                    }
                    case ON_DEMAND -> {
                        cost[od] += s.instances()[p] * pb.hourlyCost(pl, t);
                        paid[p] += (s.instances()[p] + committedCount[p]) * pb.slices.hours[t];
                        if (s.instances()[p] > 0) {
                            perOffering.computeIfAbsent(pl.offeringIndex(), k -> new int[2])[0] += s.instances()[p];
                        }
                    }
                    case SPOT -> {
                        cost[spot] += s.instances()[p] * pb.hourlyCost(pl, t);
                        paid[p] += s.instances()[p] * pb.slices.hours[t];
                        if (s.instances()[p] > 0) {
                            perOffering.computeIfAbsent(pl.offeringIndex(), k -> new int[2])[1] += s.instances()[p];
                        }
                    }
                }
            }
            final int slice = t;
            perOffering.forEach((o, n) -> cloud.add(new Plan.CloudUse(
                    pb.scenario.cloudOfferings().get(o).name(), slice, n[0], n[1])));
        }
        List<Plan.GroupDispatch> dispatch = new ArrayList<>();
        for (int g = 0; g < ng; g++) {
            Problem.Group grp = pb.groups.get(g);
            List<String> names = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (int i = 0; i < grp.members().size(); i++) {
                Workload wl = pb.scenario.workloads().get(grp.members().get(i));
                names.add(wl.name());
                classes.add(wl.classes().get(grp.classes().get(i)).name());
            }
            List<Double> demand = new ArrayList<>();
            List<Plan.SliceShare> shares = new ArrayList<>();
            for (int t = 0; t < nt; t++) {
                demand.add(grp.demand()[t]);
                for (int p = 0; p < np; p++) {
                    double share = e.slices()[t].share()[g][p];
                    if (share > 0) {
                        shares.add(new Plan.SliceShare(t, pb.platforms.get(p).name(), share));
                    }
                }
            }
            dispatch.add(new Plan.GroupDispatch(names, classes, demand, shares));
        }
        List<Plan.PlatformUse> use = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (paid[p] > 0 || busy[p] > 0) {
                use.add(new Plan.PlatformUse(pl.name(), switch (pl.kind()) {
                    case OWNED -> "owned";
                    case ON_DEMAND -> "on-demand";
                    case SPOT -> "spot";
                }, paid[p], busy[p]));
            }
        }
        List<Plan.WorkloadPlacement> workloads = new ArrayList<>();
        String[] explanation = new String[ng];
        for (int g = 0; g < ng; g++) {
            explanation[g] = Explanations.of(pb, e, g, units[g], paid, busy);
        }
        for (int w = 0; w < nw; w++) {
            double total = 0;
            for (double u : workloadUnits[w]) {
                total += u;
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int p = 0; p < np; p++) {
                if (workloadUnits[w][p] > 0) {
                    shares.merge(pb.platforms.get(p).name(), workloadUnits[w][p] / total, Double::sum);
                }
            }
            Workload wl = pb.scenario.workloads().get(w);
            List<String> why = new ArrayList<>();
            for (int c = 0; c < wl.classes().size(); c++) {
                int g = groupOf(pb, w, c);
                why.add(wl.requestMix().isEmpty() ? explanation[g]
                        : wl.classes().get(c).name() + ": " + explanation[g]);
            }
            workloads.add(new Plan.WorkloadPlacement(wl.name(), shares, String.join("; ", why)));
        }
        Currency cur = pb.scenario.financials().reportingCurrency();
        Money[] parts = new Money[9];
        Money sum = Money.zero(cur);
        for (int i = 0; i < 9; i++) {
            parts[i] = money(cost[i], cur);
            sum = sum.plus(parts[i]);
        }
        Plan.CostBreakdown breakdown = new Plan.CostBreakdown(parts[capex], parts[maint], parts[space], parts[staff],
                parts[energy], parts[od], parts[committed], parts[spot], parts[egress], sum);
        return new Plan(pb.scenario.name(), status, servers, commitments, slices, cloud, dispatch, workloads, use,
                breakdown, size, notes);
    }

    /** The group of request class c of workload w. */
    static int groupOf(Problem pb, int w, int c) {
        for (int g = 0; g < pb.groups.size(); g++) {
            Problem.Group grp = pb.groups.get(g);
            for (int i = 0; i < grp.members().size(); i++) {
                if (grp.members().get(i) == w && grp.classes().get(i) == c) {
                    return g;
                }
            }
        }
        throw new IllegalStateException("class " + c + " of workload " + w + " is in no group");
    }

    private static Money money(double v, Currency c) {
        return Money.rounded(v, c);
    }

    static CloudOffering offering(Problem pb, Problem.Platform p) {
        return pb.scenario.cloudOfferings().get(p.offeringIndex());
    }
}
