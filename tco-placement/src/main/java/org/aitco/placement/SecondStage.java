package org.aitco.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;

/**
 * The second stage: with server counts and commitments fixed, each time slice is an independent problem of whole
 * cloud instances (on demand and spot) and every group's shares, solved exactly by our own branch and bound on the
 * instance counts with ojAlgo's LP relaxation at each node. The parts of a workload that may not be split freely
 * are fixed ({@code parts[s][p] / k}) or, for a bound over a box of part counts, kept between
 * {@code lo[s][p] / k} and {@code hi[s][p] / k}. Slices with the same demand and the same ratio of cloud to
 * energy weight have proportional costs, hence the same optimum: each is solved once, and answers are kept for
 * later calls with the same capacities.
 *
 * <p>What a slice answer proves: its cost is that of a feasible dispatch (whole instances, every capacity row
 * met); its bound is the lowest LP relaxation among the nodes still open when the search stopped (the cost itself
 * when the search closed every node), so no dispatch of that slice with those capacities costs less.
 */
final class SecondStage {

    /**
     * A slice's dispatch: {@code share[g][p]}, whole instances per cloud platform, its cost, and the proven bound of
     * the slice's cost at these capacities.
     */
    record SliceDispatch(double[][] share, int[] instances, double cost, double bound) {
    }

    /**
     * A whole plan in numbers: the fixed decisions and every slice's dispatch; cost infinite when infeasible.
     * {@code lowerBound} is what no plan with these servers, commitments and parts (or, for a box, within it) can
     * beat.
     */
    record Evaluation(int[] servers, int[] commitments, int[][] parts, SliceDispatch[] slices, double cost,
                      double lowerBound) {
        boolean feasible() {
            return Double.isFinite(cost);
        }
    }

    /** An LP that ended neither optimal nor proven infeasible (failed or timed out). */
    static final class Unsolved extends RuntimeException {
        Unsolved(String message) {
            super(message, null, false, false);
        }
    }

    private record Solved(double[][] share, int[] instances, double normalisedCost, double normalisedBound) {
    }

    /**
     * Capacity rows allow this much more load (in servers or instances): a load that is exactly a whole number of
     * instances in exact arithmetic (4,500 tokens/s on 450 per instance) can come out as 10.000000000000002 in
     * double and would otherwise force an 11th instance. Far below the checker's tolerance (1e-6).
     */
    static final double CAPACITY_SLACK = 1e-9;
    /** A slice's branch and bound stops when its bound is within this relative distance of its best dispatch. */
    static final double SLICE_GAP = 1e-9;
    /** Most LP nodes of one slice's branch and bound. */
    static final int SLICE_NODE_LIMIT = 2_000;
    /** Most remembered slice answers. */
    private static final int CACHE_LIMIT = 200_000;

    private final Problem pb;
    private final ExecutorService executor;
    private final boolean deterministic;
    private final String[] sliceKeys;
    private final Map<String, Solved> cache = new HashMap<>();
    /** LP relaxations (and slices solved in closed form) so far: the work done, for the work limit. */
    int solves;

    SecondStage(Problem pb, ExecutorService executor, boolean deterministic) {
        this.pb = pb;
        this.executor = executor;
        this.deterministic = deterministic;
        sliceKeys = new String[pb.slices.count];
        for (int t = 0; t < sliceKeys.length; t++) {
            double ratio = pb.slices.energyWeight[t] / pb.slices.cloudWeight[t];
            double[] d = new double[pb.groups.size()];
            for (int g = 0; g < d.length; g++) {
                d[g] = pb.groups.get(g).demand()[t];
            }
            sliceKeys[t] = Arrays.toString(d) + "/" + String.format("%.12e", ratio);
        }
    }

    /** Cost of owning {@code servers} and holding {@code commitments}, before any slice. */
    double fixedCost(int[] servers, int[] commitments) {
        double c = 0;
        for (int p = 0; p < servers.length; p++) {
            c += servers[p] * pb.platforms.get(p).fixedTotal();
        }
        for (int j = 0; j < commitments.length; j++) {
            c += commitments[j] * pb.commitOptions.get(j).costPerInstance();
        }
        return c;
    }

    /**
     * The cost of a plan with these servers, commitments and parts ({@code parts[s][p]} of split s on platform p;
     * {@code parts[s]} null leaves split s free).
     */
    Evaluation evaluate(int[] servers, int[] commitments, int[][] parts) {
        return evaluate(servers, commitments, parts, parts);
    }

    /**
     * Every slice solved with these servers and commitments and the parts of split s on platform p between
     * {@code lo[s][p]} and {@code hi[s][p]} (a row null: split s free). With {@code lo == hi} this is a plan;
     * otherwise its cost is not a plan's, but its bound is still a lower bound on every slice's cost.
     */
    Evaluation evaluate(int[] servers, int[] commitments, int[][] lo, int[][] hi) {
        int np = pb.platforms.size();
        double[] committed = new double[np];
        for (int j = 0; j < commitments.length; j++) {
            committed[pb.commitOptions.get(j).platform()] += commitments[j];
        }
        StringBuilder capacity = new StringBuilder(Arrays.toString(servers)).append(Arrays.toString(committed));
        for (int s = 0; s < lo.length; s++) {
            capacity.append(Arrays.toString(lo[s])).append(Arrays.toString(hi[s]));
        }
        String capacityKey = capacity.toString();
        SliceDispatch[] out = new SliceDispatch[pb.slices.count];
        double fixed = fixedCost(servers, commitments);
        double total = fixed;
        double bound = fixed;
        for (int t = 0; t < pb.slices.count; t++) {
            String key = sliceKeys[t] + capacityKey;
            Solved s = cache.get(key);
            if (s == null) {
                try {
                    s = solve(t, servers, committed, lo, hi);
                } catch (Unsolved e) {
                    // Not proven infeasible: no plan here, and no bound either.
                    return new Evaluation(servers, commitments, lo, out, Double.POSITIVE_INFINITY,
                            Double.NEGATIVE_INFINITY);
                }
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(key, s);
            }
            if (s.share() == null) {
                return new Evaluation(servers, commitments, lo, out, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY);
            }
            double w = pb.slices.cloudWeight[t];
            out[t] = new SliceDispatch(s.share(), s.instances(), s.normalisedCost() * w, s.normalisedBound() * w);
            total += s.normalisedCost() * w;
            bound += s.normalisedBound() * w;
        }
        return new Evaluation(servers, commitments, lo, out, total, Math.min(bound, total));
    }

    /**
     * An LP relaxation's answer at a node: its proven lower bound ({@link Lp}: weak duality), the cost of its
     * (checked) point, instances, shares, and each split's part counts {@code k * share} (fractional in a
     * relaxation); null when proven infeasible.
     */
    private record Relaxation(double bound, double objective, double[] instances, double[][] share,
                              double[][] parts) {
    }

    private record Node(double bound, long order, int[] yLo, int[] yHi, int[][] zLo, int[][] zHi, Relaxation lp) {
    }

    /**
     * One slice exactly: branch and bound on whole instances and, where a box leaves them open, on the slice's part
     * counts of each split (whole parts, all groups of a split on the same parts), best bound first. Share null:
     * infeasible. For a box (part counts between {@code lo} and {@code hi}) the bound is the least cost of the slice
     * over every whole part count in the box, each slice choosing its own: a bound for every plan in the box.
     */
    private Solved solve(int t, int[] servers, double[] committed, int[][] lo, int[][] hi) {
        int np = pb.platforms.size();
        int ns = pb.splits.size();
        double norm = pb.slices.cloudWeight[t];
        int[] yLo = new int[np];
        int[] yHi = new int[np];
        double[] price = new double[np];
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (!pl.owned()) {
                yHi[p] = (int) Math.ceil(pb.instanceBound(p) - 1e-9) + 1;
                price[p] = pb.hourlyCost(pl, t) / norm;
            }
        }
        int[][] zLo = new int[ns][np];
        int[][] zHi = new int[ns][np];
        for (int s = 0; s < ns; s++) {
            int k = pb.splits.get(s).parts();
            for (int p = 0; p < np; p++) {
                zLo[s][p] = lo[s] == null ? 0 : lo[s][p];
                zHi[s][p] = hi[s] == null ? k : hi[s][p];
            }
        }
        Solved fixed = fixedParts(t, servers, committed, zLo, zHi);
        if (fixed != null) {
            return fixed;
        }
        Relaxation root = lp(t, servers, committed, yLo, yHi, zLo, zHi);
        if (root == null) {
            return new Solved(null, null, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> a.bound() != b.bound()
                ? Double.compare(a.bound(), b.bound()) : Long.compare(a.order(), b.order()));
        long order = 0;
        // best: the cheapest dispatch with whole parts (a value of this slice's problem); loose: the cheapest
        // rounding of any node, kept only so that a box whose search stopped early still has a dispatch to show.
        double best = Double.POSITIVE_INFINITY;
        double[][] bestShare = null;
        int[] bestInstances = null;
        double loose = Double.POSITIVE_INFINITY;
        double[][] looseShare = null;
        int[] looseInstances = null;
        open.add(new Node(root.bound(), order++, yLo, yHi, zLo, zHi, root));
        int nodes = 1;
        double bound = Double.POSITIVE_INFINITY;
        double pruned = Double.POSITIVE_INFINITY;
        while (!open.isEmpty()) {
            Node node = open.poll();
            if (node.bound() >= best - SLICE_GAP * Math.abs(best)) {
                bound = Math.min(node.bound(), best);
                open.clear();
                break;
            }
            // Whole parts first: the most fractional part count of any split.
            int zs = -1;
            int zp = -1;
            double zFrac = 1e-7;
            for (int s = 0; s < ns; s++) {
                for (int p = 0; p < np; p++) {
                    double v = node.lp().parts()[s][p];
                    double frac = Math.min(v - Math.floor(v), Math.ceil(v) - v);
                    if (frac > zFrac) {
                        zFrac = frac;
                        zs = s;
                        zp = p;
                    }
                }
            }
            // Rounding every fractional count up keeps the LP's shares feasible: a dispatch, so an upper bound.
            int[] up = new int[np];
            double cost = node.lp().objective();
            int branch = -1;
            double widest = 0;
            for (int p = 0; p < np; p++) {
                double v = node.lp().instances()[p];
                up[p] = (int) Math.ceil(v - 1e-7);
                cost += (up[p] - v) * price[p];
                double frac = Math.min(v - Math.floor(v), Math.ceil(v) - v);
                if (frac > 1e-7 && frac * price[p] > widest) {
                    widest = frac * price[p];
                    branch = p;
                }
            }
            if (zs < 0 && cost < best) {
                best = cost;
                bestShare = node.lp().share();
                bestInstances = up;
            } else if (zs >= 0 && cost < loose) {
                loose = cost;
                looseShare = node.lp().share();
                looseInstances = up;
            }
            if (zs < 0 && branch < 0) {
                continue;
            }
            if (nodes >= SLICE_NODE_LIMIT) {
                bound = node.bound();
                for (Node n : open) {
                    bound = Math.min(bound, n.bound());
                }
                open.clear();
                break;
            }
            List<Node> children = new ArrayList<>(2);
            if (zs >= 0) {
                double v = node.lp().parts()[zs][zp];
                int[][] downHi = deepClone(node.zHi());
                downHi[zs][zp] = (int) Math.floor(v);
                int[][] upLo = deepClone(node.zLo());
                upLo[zs][zp] = (int) Math.ceil(v);
                children.add(new Node(0, 0, node.yLo(), node.yHi(), node.zLo(), downHi, null));
                children.add(new Node(0, 0, node.yLo(), node.yHi(), upLo, node.zHi(), null));
            } else {
                double v = node.lp().instances()[branch];
                int[] downHi = node.yHi().clone();
                downHi[branch] = (int) Math.floor(v);
                int[] upLo = node.yLo().clone();
                upLo[branch] = (int) Math.ceil(v);
                children.add(new Node(0, 0, node.yLo(), downHi, node.zLo(), node.zHi(), null));
                children.add(new Node(0, 0, upLo, node.yHi(), node.zLo(), node.zHi(), null));
            }
            for (Node c : children) {
                Relaxation r = lp(t, servers, committed, c.yLo(), c.yHi(), c.zLo(), c.zHi());
                nodes++;
                if (r != null && r.bound() < best - SLICE_GAP * Math.abs(best)) {
                    open.add(new Node(Math.max(r.bound(), node.bound()), order++, c.yLo(), c.yHi(), c.zLo(),
                            c.zHi(), r));
                } else if (r != null) {
                    pruned = Math.min(pruned, Math.max(r.bound(), node.bound()));
                }
            }
        }
        double proven = Math.min(Math.min(bound, pruned), best);
        if (bestShare == null) {
            if (looseShare == null || proven == Double.POSITIVE_INFINITY) {
                return new Solved(null, null, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            }
            // Stopped before any dispatch with whole parts: not a plan's dispatch (only boxes get here), a bound.
            return new Solved(looseShare, looseInstances, Math.max(loose, proven), proven);
        }
        return new Solved(bestShare, bestInstances, best, proven);
    }

    /**
     * The slice in closed form when nothing is left to choose but instances: every group with demand belongs to a
     * split whose part counts are fixed. Each platform's load is then fixed, and the cheapest dispatch buys, per
     * cloud platform, the fewest whole instances that carry its load beyond the commitments; it is optimal, so
     * its cost is also its bound. Null when the slice has a free group or an open part count.
     */
    private Solved fixedParts(int t, int[] servers, double[] committed, int[][] zLo, int[][] zHi) {
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        for (int g = 0; g < ng; g++) {
            Problem.Group grp = pb.groups.get(g);
            if (grp.demand()[t] > 0 && !grp.noSplit()) {
                return null;
            }
        }
        for (int s = 0; s < zLo.length; s++) {
            for (int p = 0; p < np; p++) {
                if (zLo[s][p] != zHi[s][p]) {
                    return null;
                }
            }
        }
        double norm = pb.slices.cloudWeight[t];
        double[] load = new double[np];
        double[][] share = new double[ng][np];
        double cost = 0;
        Solved infeasible = new Solved(null, null, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        for (int s = 0; s < zLo.length; s++) {
            Problem.Split split = pb.splits.get(s);
            int k = split.parts();
            int sum = 0;
            for (int p = 0; p < np; p++) {
                int z = zLo[s][p];
                sum += z;
                if (z == 0) {
                    continue;
                }
                if (!pb.servesWholeSplit(s, p)) {
                    return infeasible;
                }
                Problem.Platform pl = pb.platforms.get(p);
                for (int g : split.groups()) {
                    Problem.Group grp = pb.groups.get(g);
                    double d = grp.demand()[t];
                    if (d > 0) {
                        double l = d / pl.throughput()[g] * z / k;
                        load[p] += l;
                        cost += ((pl.owned() ? l * pb.hourlyCost(pl, t) : 0)
                                + d * z / k * pb.egressCost(grp, pl, t)) / norm;
                        share[g][p] = (double) z / k;
                    }
                }
            }
            if (sum != k) {
                return infeasible;
            }
        }
        int[] instances = new int[np];
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (pl.owned()) {
                if (load[p] > servers[p] + CAPACITY_SLACK) {
                    return infeasible;
                }
            } else if (load[p] > committed[p] + CAPACITY_SLACK) {
                instances[p] = (int) Math.ceil(load[p] - committed[p] - CAPACITY_SLACK);
                cost += instances[p] * pb.hourlyCost(pl, t) / norm;
            }
        }
        solves++; // counted as work like an LP, so that the work limit also bounds searches that need no LP
        return new Solved(share, instances, cost, cost);
    }

    private static int[][] deepClone(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * The LP of one slice, built once and re-used at every node: variables {@code f[g][p]} (share of a free group),
     * {@code u[s][p]} (share of a split, common to its groups) and {@code y[p]} (instances of a cloud platform);
     * rows: each group's and split's shares add up to 1, each platform's load is within its capacity. A node changes
     * only bounds (shares of platforms without capacity to 0, parts, instances) and capacities.
     */
    private static final class SliceLp {
        final Lp lp;
        final int[][] f;
        final double[][] weight;
        final int[][] u;
        final double[][] splitWeight;
        final int[] y;
        final int[] cap;
        final boolean any;
        /** Every free group with demand has a platform that serves it, every split with demand one that serves all. */
        final boolean servable;

        SliceLp(Lp lp, int[][] f, double[][] weight, int[][] u, double[][] splitWeight, int[] y, int[] cap,
                boolean any, boolean servable) {
            this.lp = lp;
            this.f = f;
            this.weight = weight;
            this.u = u;
            this.splitWeight = splitWeight;
            this.y = y;
            this.cap = cap;
            this.any = any;
            this.servable = servable;
        }
    }

    private final Map<Integer, SliceLp> sliceLps = new HashMap<>();

    private SliceLp sliceLp(int t) {
        SliceLp cached = sliceLps.get(t);
        if (cached != null) {
            return cached;
        }
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int ns = pb.splits.size();
        double norm = pb.slices.cloudWeight[t];
        int[][] f = new int[ng][np];
        double[][] weight = new double[ng][np];
        int[][] u = new int[ns][np];
        double[][] splitWeight = new double[ns][np];
        double[][] fLoad = new double[ng][np];
        double[][] uLoad = new double[ns][np];
        boolean[] used = new boolean[np];
        int n = 0;
        boolean any = false;
        boolean servable = true;
        for (int g = 0; g < ng; g++) {
            Arrays.fill(f[g], -1);
            Problem.Group grp = pb.groups.get(g);
            double d = grp.demand()[t];
            if (d <= 0 || grp.noSplit()) {
                continue;
            }
            any = true;
            boolean served = false;
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                double thr = pl.throughput()[g];
                if (thr <= 0) {
                    continue;
                }
                fLoad[g][p] = d / thr;
                weight[g][p] = ((pl.owned() ? fLoad[g][p] * pb.hourlyCost(pl, t) : 0)
                        + d * pb.egressCost(grp, pl, t)) / norm;
                f[g][p] = n++;
                used[p] = true;
                served = true;
            }
            servable &= served;
        }
        for (int s = 0; s < ns; s++) {
            Arrays.fill(u[s], -1);
            Problem.Split split = pb.splits.get(s);
            boolean demanded = false;
            for (int g : split.groups()) {
                demanded |= pb.groups.get(g).demand()[t] > 0;
            }
            if (!demanded) {
                continue;
            }
            any = true;
            boolean served = false;
            for (int p = 0; p < np; p++) {
                if (!pb.servesWholeSplit(s, p)) {
                    continue;
                }
                Problem.Platform pl = pb.platforms.get(p);
                for (int g : split.groups()) {
                    Problem.Group grp = pb.groups.get(g);
                    double d = grp.demand()[t];
                    if (d > 0) {
                        double l = d / pl.throughput()[g];
                        uLoad[s][p] += l;
                        splitWeight[s][p] += ((pl.owned() ? l * pb.hourlyCost(pl, t) : 0)
                                + d * pb.egressCost(grp, pl, t)) / norm;
                    }
                }
                u[s][p] = n++;
                used[p] = true;
                served = true;
            }
            servable &= served;
        }
        int[] y = new int[np];
        Arrays.fill(y, -1);
        for (int p = 0; p < np; p++) {
            if (used[p] && !pb.platforms.get(p).owned()) {
                y[p] = n++;
            }
        }
        Lp lp = new Lp(n);
        for (int g = 0; g < ng; g++) {
            int row = -1;
            for (int p = 0; p < np; p++) {
                if (f[g][p] >= 0) {
                    row = row < 0 ? lp.row(Lp.Sense.EQ, 1) : row;
                    lp.cost(f[g][p], weight[g][p]).bounds(f[g][p], 0, 1).add(row, f[g][p], 1);
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            int row = -1;
            for (int p = 0; p < np; p++) {
                if (u[s][p] >= 0) {
                    row = row < 0 ? lp.row(Lp.Sense.EQ, 1) : row;
                    lp.cost(u[s][p], splitWeight[s][p]).bounds(u[s][p], 0, 1).add(row, u[s][p], 1);
                }
            }
        }
        int[] cap = new int[np];
        Arrays.fill(cap, -1);
        for (int p = 0; p < np; p++) {
            if (!used[p]) {
                continue;
            }
            cap[p] = lp.row(Lp.Sense.LE, 0);
            for (int g = 0; g < ng; g++) {
                if (f[g][p] >= 0) {
                    lp.add(cap[p], f[g][p], fLoad[g][p]);
                }
            }
            for (int s = 0; s < ns; s++) {
                if (u[s][p] >= 0) {
                    lp.add(cap[p], u[s][p], uLoad[s][p]);
                }
            }
            if (y[p] >= 0) {
                lp.cost(y[p], pb.hourlyCost(pb.platforms.get(p), t) / norm).add(cap[p], y[p], -1);
            }
        }
        SliceLp built = new SliceLp(lp, f, weight, u, splitWeight, y, cap, any, servable);
        sliceLps.put(t, built);
        return built;
    }

    /**
     * The slice's LP relaxation with instances of cloud platform p in {@code [yLo[p], yHi[p]]} and the parts of
     * split s on platform p in {@code [zLo[s][p], zHi[s][p]]} (one share per split and platform, the same for
     * every group of the split); null when proven infeasible.
     */
    private Relaxation lp(int t, int[] servers, double[] committed, int[] yLo, int[] yHi, int[][] zLo, int[][] zHi) {
        solves++;
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int ns = pb.splits.size();
        double norm = pb.slices.cloudWeight[t];
        SliceLp sl = sliceLp(t);
        if (!sl.servable) {
            return null;
        }
        double[] instances = new double[np];
        double[][] share = new double[ng][np];
        double[][] parts = new double[ns][np];
        if (!sl.any) {
            return new Relaxation(0, 0, instances, share, parts);
        }
        Lp lp = sl.lp;
        for (int g = 0; g < ng; g++) {
            boolean served = false;
            for (int p = 0; p < np; p++) {
                if (sl.f[g][p] >= 0) {
                    boolean open = hasCapacity(p, servers, committed, yHi);
                    lp.bounds(sl.f[g][p], 0, open ? 1 : 0);
                    served |= open;
                }
            }
            if (!served && anyVariable(sl.f[g])) {
                return null;
            }
        }
        for (int s = 0; s < ns; s++) {
            int k = pb.splits.get(s).parts();
            boolean served = false;
            for (int p = 0; p < np; p++) {
                if (sl.u[s][p] < 0) {
                    if (zLo[s][p] > 0 && anyVariable(sl.u[s])) {
                        return null;
                    }
                    continue;
                }
                if (zHi[s][p] <= 0 || !hasCapacity(p, servers, committed, yHi)) {
                    if (zLo[s][p] > 0) {
                        return null;
                    }
                    lp.bounds(sl.u[s][p], 0, 0);
                    continue;
                }
                lp.bounds(sl.u[s][p], (double) zLo[s][p] / k, (double) zHi[s][p] / k);
                served = true;
            }
            if (!served && anyVariable(sl.u[s])) {
                return null;
            }
        }
        // Instances bought below their lower bound by the branching still cost: keep their price in the objective.
        double constant = 0;
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (sl.cap[p] >= 0) {
                lp.rhs(sl.cap[p], (pl.owned() ? servers[p] : committed[p]) + CAPACITY_SLACK);
            }
            if (sl.y[p] >= 0) {
                boolean open = hasCapacity(p, servers, committed, yHi);
                lp.bounds(sl.y[p], open ? yLo[p] : 0, open ? yHi[p] : 0);
            } else if (!pl.owned() && yLo[p] > 0) {
                instances[p] = yLo[p];
                constant += yLo[p] * pb.hourlyCost(pl, t) / norm;
            }
        }
        Lp.Solution r = lp.solve();
        if (r.status() == Lp.Status.INFEASIBLE) {
            return null;
        }
        if (r.status() != Lp.Status.OPTIMAL) {
            throw new Unsolved("a slice LP ended " + r.status());
        }
        double[] x = r.x();
        double objective = constant;
        for (int p = 0; p < np; p++) {
            if (sl.y[p] >= 0) {
                instances[p] = Math.max(yLo[p], Math.min(yHi[p], x[sl.y[p]]));
                objective += instances[p] * pb.hourlyCost(pb.platforms.get(p), t) / norm;
            }
        }
        for (int g = 0; g < ng; g++) {
            double sum = 0;
            for (int p = 0; p < np; p++) {
                if (sl.f[g][p] >= 0) {
                    double v = Math.max(0, Math.min(1, x[sl.f[g][p]]));
                    share[g][p] = v < 1e-10 ? 0 : v;
                    sum += share[g][p];
                }
            }
            for (int p = 0; p < np && sum > 0; p++) {
                share[g][p] /= sum;
                objective += share[g][p] * sl.weight[g][p];
            }
        }
        for (int s = 0; s < ns; s++) {
            int k = pb.splits.get(s).parts();
            double[] v = new double[np];
            double sum = 0;
            for (int p = 0; p < np; p++) {
                if (sl.u[s][p] >= 0) {
                    v[p] = Math.max(0, Math.min(1, x[sl.u[s][p]]));
                    // Whole parts come back as 0.4999999999 or 0.5000000001: snap them, within the LP's tolerance.
                    double whole = Math.rint(v[p] * k);
                    if (Math.abs(v[p] * k - whole) < 1e-7) {
                        v[p] = whole / k;
                    }
                    sum += v[p];
                }
            }
            if (!(sum > 0)) {
                continue;
            }
            for (int p = 0; p < np; p++) {
                v[p] /= sum;
                parts[s][p] = v[p] * k;
                objective += v[p] * sl.splitWeight[s][p];
                for (int g : pb.splits.get(s).groups()) {
                    if (pb.groups.get(g).demand()[t] > 0) {
                        share[g][p] = v[p];
                    }
                }
            }
        }
        return new Relaxation(Math.min(r.bound() + constant, objective), objective, instances, share, parts);
    }

    private static boolean anyVariable(int[] columns) {
        for (int c : columns) {
            if (c >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether platform p has any capacity in this node: servers owned, or instances it may buy or holds. */
    private boolean hasCapacity(int p, int[] servers, double[] committed, int[] yHi) {
        Problem.Platform pl = pb.platforms.get(p);
        return pl.owned() ? servers[p] > 0 : yHi[p] > 0 || committed[p] > 0;
    }
}
