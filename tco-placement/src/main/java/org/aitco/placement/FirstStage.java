package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.aitco.core.model.Site;
import org.ojalgo.optimisation.Optimisation;

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
        Lp.Solution out = b.lp.solve();
        if (out.status() == Lp.Status.INFEASIBLE) {
            return null;
        }
        if (out.status() != Lp.Status.OPTIMAL) {
            throw new SecondStage.Unsolved("a box LP ended " + out.status());
        }
        double[] x = out.x();
        int np = pb.platforms.size();
        double[] n = new double[np];
        for (int p = 0; p < np; p++) {
            if (b.servers[p] >= 0) {
                n[p] = x[b.servers[p]];
            }
        }
        double[] m = new double[b.commits.length];
        for (int j = 0; j < m.length; j++) {
            m[j] = x[b.commits[j]];
        }
        double[][] z = new double[b.parts.length][np];
        for (int s = 0; s < z.length; s++) {
            for (int p = 0; p < np; p++) {
                if (b.parts[s][p] >= 0) {
                    z[s][p] = x[b.parts[s][p]];
                }
            }
        }
        double[][] y = new double[np][];
        for (int p = 0; p < np; p++) {
            for (int t = 0; t < pb.slices.count; t++) {
                if (b.capacity[p][t] >= 0) {
                    if (y[p] == null) {
                        y[p] = new double[pb.slices.count];
                    }
                    y[p][t] = x[b.capacity[p][t]];
                }
            }
        }
        // The certified bound (weak duality, Lp), not the point's cost.
        return new BoxBound(Math.min(out.bound(), out.value()) * SCALE, n, m, z, y);
    }

    /**
     * The model as an {@link Lp}: index of each server, commitment, part and instance variable (-1: none), integer
     * marks.
     */
    private record Built(Lp lp, int[] servers, int[] commits, int[][] parts, int[][] capacity, boolean[] integer,
                         int integers) {
    }

    static Result solve(Problem pb, ExecutorService executor, long millis, boolean deterministic, double gap,
                        boolean relaxed) {
        Built b = build(pb, relaxed, null);
        int np = pb.platforms.size();
        int ns = pb.splits.size();
        int variables = b.lp.variables();
        int constraints = b.lp.rows();
        double[] x;
        double objective;
        Optimisation.State state;
        if (relaxed) {
            // The LP relaxation through the checked LP layer: its objective is the certified bound.
            Lp.Solution out = b.lp.solve();
            state = switch (out.status()) {
                case OPTIMAL -> Optimisation.State.OPTIMAL;
                case INFEASIBLE -> Optimisation.State.INFEASIBLE;
                case UNBOUNDED -> Optimisation.State.UNBOUNDED;
                case FAILED -> Optimisation.State.FAILED;
            };
            if (out.status() != Lp.Status.OPTIMAL) {
                return new Result(null, null, null, Double.NaN, state, false, variables, constraints, b.integers);
            }
            x = out.x();
            objective = Math.min(out.bound(), out.value());
        } else {
            Ojalgo.Mip out = Ojalgo.minimise(b.lp, b.integer, executor, millis, deterministic, gap);
            if (!out.outcome().usable()) {
                return new Result(null, null, null, Double.NaN, out.outcome().state(), out.outcome().timedOut(),
                        variables, constraints, b.integers);
            }
            state = out.outcome().state();
            x = out.x();
            objective = out.outcome().result().getValue();
        }
        int[] n = new int[np];
        for (int p = 0; p < np; p++) {
            if (b.servers[p] >= 0) {
                double v = x[b.servers[p]];
                // The LP relaxation's counts are rounded down, which keeps every site and budget row satisfied
                // (their coefficients are non-negative); the local search then adds servers where they pay.
                n[p] = (int) (relaxed ? Math.floor(v + 1e-6) : Math.round(v));
            }
        }
        double[] m = new double[b.commits.length];
        for (int j = 0; j < m.length; j++) {
            m[j] = x[b.commits[j]];
        }
        double[][] z = new double[ns][np];
        for (int s = 0; s < ns; s++) {
            for (int p = 0; p < np; p++) {
                if (b.parts[s][p] >= 0) {
                    z[s][p] = x[b.parts[s][p]];
                }
            }
        }
        int[][] chosen = Baselines.roundParts(pb, z);
        return new Result(n, m, chosen, objective * SCALE, state, false, variables, constraints, b.integers);
    }

    private static Built build(Problem pb, boolean relaxed, Box box) {
        Lp lp = new Lp(0);
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int nt = pb.slices.count;
        int nj = pb.commitOptions.size();
        int[] servers = new int[np];
        java.util.Arrays.fill(servers, -1);
        int[][] capacity = new int[np][nt];
        for (int[] row : capacity) {
            java.util.Arrays.fill(row, -1);
        }
        int[] commits = new int[nj];
        List<Integer> integer = new ArrayList<>();
        int integers = 0;
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (pl.owned()) {
                servers[p] = lp.variable(pl.fixedTotal() / SCALE, box == null ? 0 : box.serversLo()[p],
                        box == null ? pb.serverBound(p) : box.serversHi()[p]);
                if (!relaxed) {
                    integer.add(servers[p]);
                }
                integers++;
            }
        }
        for (int j = 0; j < nj; j++) {
            Problem.CommitOption c = pb.commitOptions.get(j);
            commits[j] = lp.variable(c.costPerInstance() / SCALE, box == null ? 0 : box.commitLo()[j],
                    box == null ? pb.instanceBound(c.platform()) : box.commitHi()[j]);
        }
        int ns = pb.splits.size();
        int[][] parts = new int[ns][np];
        for (int s = 0; s < ns; s++) {
            java.util.Arrays.fill(parts[s], -1);
            int k = pb.splits.get(s).parts();
            int all = lp.row(Lp.Sense.EQ, k);
            for (int p = 0; p < np; p++) {
                if (pb.servesWholeSplit(s, p)) {
                    parts[s][p] = lp.variable(0, box == null ? 0 : box.partsLo()[s][p],
                            box == null ? k : box.partsHi()[s][p]);
                    if (!relaxed) {
                        integer.add(parts[s][p]);
                        integers++;
                    }
                    lp.add(all, parts[s][p], 1);
                }
            }
        }
        int[][] cap = new int[np][nt];
        for (int[] row : cap) {
            java.util.Arrays.fill(row, -1);
        }
        double[][] partCost = new double[ns][np];
        for (int t = 0; t < nt; t++) {
            int floor = -1;
            if (box != null && box.sliceFloor()[t] > 0) {
                floor = lp.row(Lp.Sense.GE, box.sliceFloor()[t] / SCALE);
                // The slack is at most the floor: the slice's other terms are costs >= 0, so any point with a larger
                // slack stays feasible, and costs less, with the slack cut to the floor. The optimum is the same,
                // and the certified bound needs no infinite bound.
                lp.add(floor, lp.variable(1, 0, box.sliceFloor()[t] / SCALE), 1);
            }
            for (int g = 0; g < ng; g++) {
                Problem.Group grp = pb.groups.get(g);
                double d = grp.demand()[t];
                if (d <= 0) {
                    continue;
                }
                // A group of a split needs no share of its own: its share of p is exactly z_p / k in every slice
                // (the parts add up to k), so its load and cost go on z_p, divided by k.
                int demand = grp.noSplit() ? -1 : lp.row(Lp.Sense.EQ, 1);
                int k = grp.noSplit() ? pb.splits.get(grp.split()).parts() : 1;
                for (int p = 0; p < np; p++) {
                    Problem.Platform pl = pb.platforms.get(p);
                    double thr = pl.throughput()[g];
                    if (thr <= 0 || (grp.noSplit() && parts[grp.split()][p] < 0)) {
                        continue;
                    }
                    double load = d / thr;
                    double cost = (pl.owned() ? load * pb.hourlyCost(pl, t) : 0) + d * pb.egressCost(grp, pl, t);
                    int f;
                    if (grp.noSplit()) {
                        f = parts[grp.split()][p];
                        partCost[grp.split()][p] += cost / k / SCALE;
                    } else {
                        f = lp.variable(cost / SCALE, 0, 1);
                        lp.add(demand, f, 1);
                    }
                    if (floor >= 0) {
                        lp.add(floor, f, cost / k / SCALE);
                    }
                    if (cap[p][t] < 0) {
                        cap[p][t] = lp.row(Lp.Sense.LE, 0);
                        if (pl.owned()) {
                            lp.add(cap[p][t], servers[p], -1);
                        } else {
                            boolean yBox = box != null && box.instancesLo() != null;
                            capacity[p][t] = lp.variable(pb.hourlyCost(pl, t) / SCALE,
                                    yBox ? box.instancesLo()[p][t] : 0,
                                    yBox ? box.instancesHi()[p][t] : pb.instanceBound(p) + 1);
                            lp.add(cap[p][t], capacity[p][t], -1);
                            if (floor >= 0) {
                                lp.add(floor, capacity[p][t], pb.hourlyCost(pl, t) / SCALE);
                            }
                            for (int j = 0; j < nj; j++) {
                                if (pb.commitOptions.get(j).platform() == p) {
                                    lp.add(cap[p][t], commits[j], -1);
                                }
                            }
                        }
                    }
                    lp.add(cap[p][t], f, load / k);
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            for (int p = 0; p < np; p++) {
                if (parts[s][p] >= 0) {
                    lp.cost(parts[s][p], partCost[s][p]);
                }
            }
        }
        for (int k = 0; k < pb.scenario.sites().size(); k++) {
            Site site = pb.scenario.sites().get(k);
            int power = lp.row(Lp.Sense.LE, site.powerCapacityKw());
            int racks = lp.row(Lp.Sense.LE, site.rackUnitsCapacity());
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                if (pl.owned() && pl.siteIndex() == k) {
                    lp.add(power, servers[p], pl.facilityKw());
                    lp.add(racks, servers[p], pl.rackUnits());
                }
            }
        }
        if (pb.capexBudget.isPresent()) {
            int budget = lp.row(Lp.Sense.LE, pb.capexBudget.getAsDouble() / SCALE);
            for (int p = 0; p < np; p++) {
                if (servers[p] >= 0) {
                    lp.add(budget, servers[p], pb.platforms.get(p).purchasePrice() / SCALE);
                }
            }
        }
        boolean[] isInteger = new boolean[lp.variables()];
        for (int j : integer) {
            isInteger[j] = true;
        }
        return new Built(lp, servers, commits, parts, capacity, isInteger, integers);
    }

}
