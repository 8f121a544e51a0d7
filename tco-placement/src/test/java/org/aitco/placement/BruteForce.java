package org.aitco.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aitco.core.model.Site;

/**
 * The optimum of a tiny placement problem by enumeration, straight from {@link Problem}'s coefficients (not from
 * {@link FullModel}): every server count, commitment count and way to put each no-split workload's k parts on
 * platforms; then, slice by slice (independent once those are fixed), every count of whole cloud instances, with
 * the shares of at most one freely split group per slice filled greedily by cost per share (exact for one group:
 * a fractional knapsack).
 */
final class BruteForce {
    private final Problem pb;
    private final int np;
    private final List<Integer> owned = new ArrayList<>();
    private final List<Integer> cloud = new ArrayList<>();

    private BruteForce(Problem pb) {
        this.pb = pb;
        this.np = pb.platforms.size();
        for (int p = 0; p < np; p++) {
            (pb.platforms.get(p).owned() ? owned : cloud).add(p);
        }
    }

    /** The least cost of any plan, or infinity when none is feasible. */
    static double optimum(Problem pb) {
        return new BruteForce(pb).run();
    }

    private double run() {
        double best = Double.POSITIVE_INFINITY;
        for (int[] n : product(owned.stream().mapToInt(pb::serverBound).toArray())) {
            int[] servers = new int[np];
            for (int i = 0; i < owned.size(); i++) {
                servers[owned.get(i)] = n[i];
            }
            if (!withinSitesAndBudget(servers)) {
                continue;
            }
            int[] commitBounds = pb.commitOptions.stream()
                    .mapToInt(c -> (int) Math.ceil(pb.instanceBound(c.platform()) - 1e-9)).toArray();
            for (int[] m : product(commitBounds)) {
                double[] committed = new double[np];
                double fixed = 0;
                for (int p = 0; p < np; p++) {
                    fixed += servers[p] * pb.platforms.get(p).fixedTotal();
                }
                for (int j = 0; j < m.length; j++) {
                    committed[pb.commitOptions.get(j).platform()] += m[j];
                    fixed += m[j] * pb.commitOptions.get(j).costPerInstance();
                }
                for (int[][] z : parts(0)) {
                    double total = fixed;
                    for (int t = 0; t < pb.slices.count && total < best; t++) {
                        total += slice(t, servers, committed, z);
                    }
                    best = Math.min(best, total);
                }
            }
        }
        return best;
    }

    private boolean withinSitesAndBudget(int[] servers) {
        double capex = 0;
        for (int k = 0; k < pb.scenario.sites().size(); k++) {
            Site site = pb.scenario.sites().get(k);
            double kw = 0;
            double ru = 0;
            for (int p : owned) {
                Problem.Platform pl = pb.platforms.get(p);
                if (pl.siteIndex() == k) {
                    kw += servers[p] * pl.facilityKw();
                    ru += servers[p] * pl.rackUnits();
                    capex += servers[p] * pl.purchasePrice();
                }
            }
            if (kw > site.powerCapacityKw() + 1e-9 || ru > site.rackUnitsCapacity()) {
                return false;
            }
        }
        return pb.capexBudget.isEmpty() || capex <= pb.capexBudget.getAsDouble() + 1e-9;
    }

    /** Every assignment of parts: z[s][p], for splits s.. onwards. */
    private List<int[][]> parts(int s) {
        List<int[][]> out = new ArrayList<>();
        int ns = pb.splits.size();
        if (s == ns) {
            out.add(new int[ns][np]);
            return out;
        }
        int k = pb.splits.get(s).parts();
        int[] bounds = new int[np];
        for (int p = 0; p < np; p++) {
            bounds[p] = pb.servesWholeSplit(s, p) ? k : 0;
        }
        for (int[] z : product(bounds)) {
            if (Arrays.stream(z).sum() != k) {
                continue;
            }
            for (int[][] rest : parts(s + 1)) {
                rest[s] = z;
                out.add(rest);
            }
        }
        return out;
    }

    /** The least cost of slice t with these servers, commitments and parts. */
    private double slice(int t, int[] servers, double[] committed, int[][] z) {
        double[] fixedLoad = new double[np];
        double fixedCost = 0;
        int free = -1;
        for (int g = 0; g < pb.groups.size(); g++) {
            Problem.Group grp = pb.groups.get(g);
            double d = grp.demand()[t];
            if (d <= 0) {
                continue;
            }
            if (!grp.noSplit()) {
                if (free >= 0) {
                    throw new IllegalArgumentException("brute force handles one freely split group per slice");
                }
                free = g;
                continue;
            }
            int k = pb.splits.get(grp.split()).parts();
            for (int p = 0; p < np; p++) {
                int parts = z[grp.split()][p];
                if (parts > 0) {
                    Problem.Platform pl = pb.platforms.get(p);
                    double share = (double) parts / k;
                    fixedLoad[p] += share * d / pl.throughput()[g];
                    fixedCost += share * costPerShare(grp, p, t);
                }
            }
        }
        int[] bounds = cloud.stream().mapToInt(p -> (int) Math.ceil(pb.instanceBound(p) - 1e-9) + 1).toArray();
        double best = Double.POSITIVE_INFINITY;
        for (int[] y : product(bounds)) {
            double cost = fixedCost;
            double[] room = new double[np];
            boolean ok = true;
            for (int p = 0; p < np; p++) {
                room[p] = (pb.platforms.get(p).owned() ? servers[p] : committed[p]) - fixedLoad[p];
            }
            for (int i = 0; i < cloud.size(); i++) {
                int p = cloud.get(i);
                room[p] += y[i];
                cost += y[i] * pb.hourlyCost(pb.platforms.get(p), t);
            }
            for (int p = 0; p < np; p++) {
                ok &= room[p] >= -1e-9;
            }
            if (!ok) {
                continue;
            }
            if (free >= 0) {
                cost += greedy(free, t, room);
            }
            best = Math.min(best, cost);
        }
        return best;
    }

    /** Cost of serving group g's demand in slice t within {@code room}, cheapest share first; infinite if it cannot. */
    private double greedy(int g, int t, double[] room) {
        Problem.Group grp = pb.groups.get(g);
        double d = grp.demand()[t];
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            if (pb.platforms.get(p).throughput()[g] > 0) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparingDouble(p -> costPerShare(grp, p, t)));
        double left = 1;
        double cost = 0;
        for (int p : order) {
            double fits = Math.max(0, room[p]) * pb.platforms.get(p).throughput()[g] / d;
            double take = Math.min(left, fits);
            cost += take * costPerShare(grp, p, t);
            left -= take;
        }
        return left > 1e-9 ? Double.POSITIVE_INFINITY : cost;
    }

    private double costPerShare(Problem.Group grp, int p, int t) {
        Problem.Platform pl = pb.platforms.get(p);
        int g = pb.groups.indexOf(grp);
        double d = grp.demand()[t];
        return (pl.owned() ? d / pl.throughput()[g] * pb.hourlyCost(pl, t) : 0) + d * pb.egressCost(grp, pl, t);
    }

    /** Every vector v with 0 <= v[i] <= bounds[i]. */
    private static List<int[]> product(int[] bounds) {
        List<int[]> out = new ArrayList<>();
        int[] v = new int[bounds.length];
        while (true) {
            out.add(v.clone());
            int i = 0;
            while (i < v.length && v[i] == bounds[i]) {
                v[i] = 0;
                i++;
            }
            if (i == v.length) {
                return out;
            }
            v[i]++;
        }
    }
}
