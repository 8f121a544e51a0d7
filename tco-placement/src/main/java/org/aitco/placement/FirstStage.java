package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.aitco.core.model.Site;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The aggregated placement model solved first: integer server counts per owned platform (bounded by site power,
 * racks, budget and peak demand), continuous commitments and cloud capacity per slice, and each group's share of
 * each platform per slice. Its optimum is a lower bound on the cost of any plan with whole cloud instances.
 *
 * <p>Rows: every group's demand is served ({@code sum_p share = 1}); a platform's load in server-equivalents
 * ({@code sum_g share * demand / throughput}) is within its servers or instances; per site, facility power and
 * rack units; the capex budget. A workload that may not be split freely, in {@code k} equal parts, gets one
 * integer {@code z_p} in 0..k per platform that serves all its classes ({@code sum_p z_p = k}; one count instead
 * of k symmetric binaries); each of its groups' share of p is exactly {@code z_p / k} in every slice, so the groups
 * get no share variables: their load and cost per slice go on {@code z_p}, divided by k. Costs are divided by {@link #SCALE} to keep
 * coefficients near 1.
 */
final class FirstStage {
    static final double SCALE = 1000;

    /** What the first stage decided. */
    record Result(int[] servers, double[] commitments, int[][] parts, double objective, Optimisation.State state,
                  boolean timedOut, int variables, int constraints, int integers) {
        boolean usable() {
            return servers != null;
        }
    }

    private FirstStage() {
    }

    /**
     * A box of the integer decisions for {@link #boxBound}: servers per platform, commitments per option, parts per
     * split and platform, whole cloud instances beyond the commitments per cloud platform and slice
     * ({@code instancesLo[p][t]}; both null: 0 to the platform's instance bound + 1), each between {@code lo} and
     * {@code hi}; and each slice's cost at least {@code sliceFloor[t]}.
     */
    record Box(int[] serversLo, int[] serversHi, int[] commitLo, int[] commitHi, int[][] partsLo, int[][] partsHi,
               int[][] instancesLo, int[][] instancesHi, double[] sliceFloor) {
    }

    /**
     * The LP relaxation over a box: its optimum and the values of servers, commitments, parts and cloud instances
     * per platform and slice ({@code instances[p]} null for an owned platform or one without load).
     */
    record BoxBound(double objective, double[] servers, double[] commitments, double[][] parts,
                    double[][] instances) {
    }

    /**
     * The LP relaxation of the full model (every slice) restricted to {@code box}, each slice's cost kept at or above
     * its floor; null when infeasible or not solved. A lower bound of every plan in the box whose slices cost at
     * least their floors.
     */
    static BoxBound boxBound(Problem pb, ExecutorService executor, long millis, Box box) {
        Built b = build(pb, true, box);
        Ojalgo.configure(b.model, (long) (millis * 0.6), true, 1e-9);
        Ojalgo.Outcome out = Ojalgo.minimise(b.model, executor, millis);
        if (!out.usable() || !out.state().isOptimal()) {
            if (out.state() == Optimisation.State.INFEASIBLE && !out.timedOut()) {
                return null;
            }
            throw new SecondStage.Unsolved("a box LP ended " + out.state() + (out.timedOut() ? " (timed out)" : ""));
        }
        int np = pb.platforms.size();
        double[] n = new double[np];
        for (int p = 0; p < np; p++) {
            if (b.servers[p] != null) {
                n[p] = out.value(b.model.indexOf(b.servers[p]));
            }
        }
        double[] m = new double[b.commits.size()];
        for (int j = 0; j < m.length; j++) {
            m[j] = out.value(b.model.indexOf(b.commits.get(j)));
        }
        double[][] z = new double[b.parts.length][np];
        for (int s = 0; s < z.length; s++) {
            for (int p = 0; p < np; p++) {
                if (b.parts[s][p] != null) {
                    z[s][p] = out.value(b.model.indexOf(b.parts[s][p]));
                }
            }
        }
        double[][] y = new double[np][];
        for (int p = 0; p < np; p++) {
            for (int t = 0; t < pb.slices.count; t++) {
                if (b.capacity[p][t] != null) {
                    if (y[p] == null) {
                        y[p] = new double[pb.slices.count];
                    }
                    y[p][t] = out.value(b.model.indexOf(b.capacity[p][t]));
                }
            }
        }
        return new BoxBound(out.result().getValue() * SCALE, n, m, z, y);
    }

    private record Built(ExpressionsBasedModel model, Variable[] servers, List<Variable> commits,
                         Variable[][] parts, Variable[][] capacity, int integers) {
    }

    static Result solve(Problem pb, ExecutorService executor, long millis, boolean deterministic, double gap,
                        boolean relaxed) {
        Built b = build(pb, relaxed, null);
        ExpressionsBasedModel model = b.model;
        Variable[] servers = b.servers;
        List<Variable> commits = b.commits;
        Variable[][] parts = b.parts;
        int integers = b.integers;
        int np = pb.platforms.size();
        int ns = pb.splits.size();
        int variables = model.countVariables();
        int constraints = model.countExpressions();
        Ojalgo.configure(model, (long) (millis * 0.6), deterministic, gap);
        Ojalgo.Outcome out = Ojalgo.minimise(model, executor, millis);
        if (!out.usable()) {
            return new Result(null, null, null, Double.NaN, out.state(), out.timedOut(), variables, constraints,
                    integers);
        }
        int[] n = new int[np];
        for (int p = 0; p < np; p++) {
            if (servers[p] != null) {
                double v = out.value(model.indexOf(servers[p]));
                // The LP relaxation's counts are rounded down, which keeps every site and budget row satisfied
                // (their coefficients are non-negative); the local search then adds servers where they pay.
                n[p] = (int) (relaxed ? Math.floor(v + 1e-6) : Math.round(v));
            }
        }
        double[] m = new double[commits.size()];
        for (int j = 0; j < m.length; j++) {
            m[j] = out.value(model.indexOf(commits.get(j)));
        }
        double[][] z = new double[ns][np];
        for (int s = 0; s < ns; s++) {
            for (int p = 0; p < np; p++) {
                if (parts[s][p] != null) {
                    z[s][p] = out.value(model.indexOf(parts[s][p]));
                }
            }
        }
        int[][] chosen = Baselines.roundParts(pb, z);
        return new Result(n, m, chosen, out.result().getValue() * SCALE, out.state(), false, variables, constraints,
                integers);
    }
    private static Built build(Problem pb, boolean relaxed, Box box) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int nt = pb.slices.count;
        Variable[] servers = new Variable[np];
        Variable[][] capacity = new Variable[np][nt];
        List<Variable> commits = new ArrayList<>();
        int integers = 0;
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (pl.owned()) {
                servers[p] = model.newVariable("n_" + p).integer(!relaxed)
                        .lower(box == null ? 0 : box.serversLo()[p]).upper(box == null ? pb.serverBound(p) : box.serversHi()[p])
                        .weight(pl.fixedTotal() / SCALE);
                integers++;
            }
        }
        for (Problem.CommitOption c : pb.commitOptions) {
            int j = commits.size();
            commits.add(model.newVariable("m_" + j).lower(box == null ? 0 : box.commitLo()[j])
                    .upper(box == null ? pb.instanceBound(c.platform()) : box.commitHi()[j])
                    .weight(c.costPerInstance() / SCALE));
        }
        int ns = pb.splits.size();
        Variable[][] parts = new Variable[ns][np];
        for (int s = 0; s < ns; s++) {
            int k = pb.splits.get(s).parts();
            Expression all = model.newExpression("parts_" + s).level(k);
            for (int p = 0; p < np; p++) {
                if (pb.servesWholeSplit(s, p)) {
                    parts[s][p] = model.newVariable("z_" + s + "_" + p).integer(!relaxed)
                            .lower(box == null ? 0 : box.partsLo()[s][p]).upper(box == null ? k : box.partsHi()[s][p]);
                    if (!relaxed) {
                        integers++;
                    }
                    all.set(parts[s][p], 1);
                }
            }
        }
        Expression[][] cap = new Expression[np][nt];
        double[][] partCost = new double[ns][np];
        for (int t = 0; t < nt; t++) {
            Expression floor = null;
            if (box != null && box.sliceFloor()[t] > 0) {
                floor = model.newExpression("floor_" + t).lower(box.sliceFloor()[t] / SCALE);
                floor.set(model.newVariable("s_" + t).lower(0).weight(1), 1);
            }
            for (int g = 0; g < ng; g++) {
                Problem.Group grp = pb.groups.get(g);
                double d = grp.demand()[t];
                if (d <= 0) {
                    continue;
                }
                // A group of a split needs no share of its own: its share of p is exactly z_p / k in every slice
                // (the parts add up to k), so its load and cost go on z_p, divided by k.
                Expression demand = grp.noSplit() ? null : model.newExpression("d_" + g + "_" + t).level(1);
                int k = grp.noSplit() ? pb.splits.get(grp.split()).parts() : 1;
                for (int p = 0; p < np; p++) {
                    Problem.Platform pl = pb.platforms.get(p);
                    double thr = pl.throughput()[g];
                    if (thr <= 0 || (grp.noSplit() && parts[grp.split()][p] == null)) {
                        continue;
                    }
                    double load = d / thr;
                    double cost = (pl.owned() ? load * pb.hourlyCost(pl, t) : 0) + d * pb.egressCost(grp, pl, t);
                    Variable f;
                    if (grp.noSplit()) {
                        f = parts[grp.split()][p];
                        partCost[grp.split()][p] += cost / k / SCALE;
                    } else {
                        f = model.newVariable("f_" + g + "_" + p + "_" + t).lower(0).upper(1).weight(cost / SCALE);
                        demand.set(f, 1);
                    }
                    if (floor != null) {
                        floor.add(f, cost / k / SCALE);
                    }
                    if (cap[p][t] == null) {
                        cap[p][t] = model.newExpression("c_" + p + "_" + t).upper(0);
                        if (pl.owned()) {
                            cap[p][t].set(servers[p], -1);
                        } else {
                            boolean yBox = box != null && box.instancesLo() != null;
                            capacity[p][t] = model.newVariable("y_" + p + "_" + t)
                                    .lower(yBox ? box.instancesLo()[p][t] : 0)
                                    .upper(yBox ? box.instancesHi()[p][t] : pb.instanceBound(p) + 1)
                                    .weight(pb.hourlyCost(pl, t) / SCALE);
                            cap[p][t].set(capacity[p][t], -1);
                            if (floor != null) {
                                floor.set(capacity[p][t], pb.hourlyCost(pl, t) / SCALE);
                            }
                            for (int j = 0; j < commits.size(); j++) {
                                if (pb.commitOptions.get(j).platform() == p) {
                                    cap[p][t].set(commits.get(j), -1);
                                }
                            }
                        }
                    }
                    cap[p][t].add(f, load / k);
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            for (int p = 0; p < np; p++) {
                if (parts[s][p] != null) {
                    parts[s][p].weight(partCost[s][p]);
                }
            }
        }
        for (int k = 0; k < pb.scenario.sites().size(); k++) {
            Site site = pb.scenario.sites().get(k);
            Expression power = model.newExpression("power_" + k).upper(site.powerCapacityKw());
            Expression racks = model.newExpression("racks_" + k).upper(site.rackUnitsCapacity());
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                if (pl.owned() && pl.siteIndex() == k) {
                    power.set(servers[p], pl.facilityKw());
                    racks.set(servers[p], pl.rackUnits());
                }
            }
        }
        if (pb.capexBudget.isPresent()) {
            Expression budget = model.newExpression("budget").upper(pb.capexBudget.getAsDouble() / SCALE);
            for (int p = 0; p < np; p++) {
                if (servers[p] != null) {
                    budget.set(servers[p], pb.platforms.get(p).purchasePrice() / SCALE);
                }
            }
        }
        return new Built(model, servers, commits, parts, capacity, integers);
    }

}
