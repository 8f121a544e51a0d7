package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Our own best-bound branch and bound over the few integer decisions of the full model: servers per owned
 * platform, committed instances per commitment option, and the part counts of workloads that may not be split
 * freely. A node is a box of those values ({@code lo..hi} per decision).
 *
 * <p>Bound of a box, valid for every plan in it: the fixed cost at the box's low end plus, for every slice, the
 * proven bound of its exact problem (whole instances) at the box's high end with each split workload's shares
 * kept between {@code lo / k} and {@code hi / k}. Valid because fixed costs only grow with the counts, a slice's
 * cost never grows with more capacity (more servers or commitments only widen its choices), and the share
 * intervals contain every part count of the box. A box that is a single point is a plan, solved exactly slice by
 * slice ({@link SecondStage}). Second bound, for models of at most {@link #LP_BOUND_LIMIT} share variables: the LP
 * relaxation of the full model over the box, each slice's cost kept at or above its proven bound at the high end,
 * and, in the first of the two searches of {@link #run}, each slice's whole cloud instances (beyond the
 * commitments) within the box's range of them: the search also branches on those, which is valid because every
 * plan's dispatch has whole instances in one of the two halves; a box that fixes servers, commitments and parts is
 * still a plan, solved exactly whatever its instance ranges.
 *
 * <p>Branching: on the fractional decision of the box LP with the best product of the two children's expected bound
 * gains (pseudo-costs learnt from earlier splits; before any, the unit cost weights), instances only once servers
 * and commitments are whole; else three ways around the LP's value of the widest decision.
 *
 * <p>The search stops when the lowest open bound is within the tolerance of the best plan (proven), or at its
 * time limit (then the lowest open bound is what is proven).
 */
final class Search {

    /** The best plan found and the proven lower bound of the full model. */
    record Outcome(SecondStage.Evaluation best, double lowerBound, int nodes, boolean complete) {
    }

    private record Node(double bound, long order, int[] lo, int[] hi, double[] x) {
    }

    private final Problem pb;
    private final SecondStage second;
    private final int np;
    private final int nj;
    /** Decision d: an owned platform (d < owned.length), a commitment option, or a (split, platform) part count. */
    private final int[] owned;
    private final int[] splitOf;
    private final int[] platformOf;
    private final double[] unitCost;
    /** Decisions of a plan: servers, commitments, part counts (a box that fixes them is a plan). */
    private final int outer;
    /** Cloud platform and slice of each whole-instance decision (after the outer ones; only with the box LP). */
    private final int[] yPlatform;
    private final int[] ySlice;
    private final int dims;

    /** Boxes get the full LP relaxation as a second bound when it has at most this many share variables. */
    static final int LP_BOUND_LIMIT = 6_000;
    /**
     * Weight of a part count against a server's or commitment's cost when choosing what to branch on: tiny, so that
     * servers and commitments are fixed first. A slice's bound at the box's high end is only as tight as the
     * server and commitment ranges are narrow (fixed costs are counted at the low end); part counts are bounded
     * slice by slice in whole parts ({@link SecondStage}). On generated instance small-56500 this took the search
     * from 63,407 to 7,552 LP solves.
     */
    static final double PARTS_WEIGHT = 1e-3;
    /** Weight of a slice's whole instances (times their cost) when choosing what to branch on: last of all. */
    static final double INSTANCES_WEIGHT = 1e-12;
    /**
     * Most whole-instance decisions (cloud platforms x slices) for the search that branches on them; above, only
     * the search over servers, commitments and parts runs. The generated instances where it helps have 4-72.
     */
    static final int INSTANCE_DECISIONS_LIMIT = 200;
    /** Share of the work of the first search, which also branches on whole instances per slice ({@link #run}). */
    static final double INSTANCES_SHARE = 0.25;
    /** Whether the current search branches on whole instances (and gives the box LP their ranges). */
    private boolean withInstances;
    /**
     * Every this many boxes (and at each box until a plan is known) the box's LP values, rounded, are tried. At every
     * box: on small-179100 this found the optimum within 20,000 LP solves where every 8th box left the plan 7.3 %
     * above it (costing 5-17 % more LP solves on instances that are proven either way).
     */
    static final int CANDIDATE_EVERY = 1;

    private final java.util.concurrent.ExecutorService executor;
    private final boolean lpBound;
    /** Told how far the search is: after the first round of boxes, when the incumbent improves, else every 250 ms. */
    interface Listener {
        /**
         * @param incumbent the best plan's cost, NaN before there is one
         * @param bound     what no plan can beat as far as proven so far
         */
        void update(double incumbent, double bound);
    }

    private Listener progress = (incumbent, bound) -> {
    };

    /** This search, telling {@code listener} how far it is. */
    Search listening(Listener listener) {
        progress = java.util.Objects.requireNonNull(listener, "listener");
        return this;
    }

    Search(Problem pb, SecondStage second, java.util.concurrent.ExecutorService executor) {
        this.pb = pb;
        this.second = second;
        this.executor = executor;
        this.lpBound = (long) Placement.sharesPerSlice(pb) * pb.slices.count <= LP_BOUND_LIMIT;
        np = pb.platforms.size();
        nj = pb.commitOptions.size();
        List<Integer> o = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            if (pb.platforms.get(p).owned()) {
                o.add(p);
            }
        }
        owned = o.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> parts = new ArrayList<>();
        for (int s = 0; s < pb.splits.size(); s++) {
            for (int p = 0; p < np; p++) {
                if (pb.servesWholeSplit(s, p)) {
                    parts.add(new int[] {s, p});
                }
            }
        }
        splitOf = parts.stream().mapToInt(x -> x[0]).toArray();
        platformOf = parts.stream().mapToInt(x -> x[1]).toArray();
        outer = owned.length + nj + parts.size();
        List<int[]> instances = new ArrayList<>();
        for (int p = 0; p < np && lpBound; p++) {
            for (int t = 0; t < pb.slices.count && !pb.platforms.get(p).owned(); t++) {
                if (loaded(p, t)) {
                    instances.add(new int[] {p, t});
                }
            }
        }
        if (instances.size() > INSTANCE_DECISIONS_LIMIT) {
            instances.clear();
        }
        yPlatform = instances.stream().mapToInt(x -> x[0]).toArray();
        ySlice = instances.stream().mapToInt(x -> x[1]).toArray();
        dims = outer + instances.size();
        unitCost = new double[dims];
        for (int i = 0; i < owned.length; i++) {
            unitCost[i] = pb.platforms.get(owned[i]).fixedTotal();
        }
        for (int j = 0; j < nj; j++) {
            unitCost[owned.length + j] = pb.commitOptions.get(j).costPerInstance();
        }
        for (int i = owned.length + nj; i < outer; i++) {
            unitCost[i] = PARTS_WEIGHT;
        }
        for (int i = outer; i < dims; i++) {
            unitCost[i] = INSTANCES_WEIGHT * pb.hourlyCost(pb.platforms.get(yPlatform[i - outer]), ySlice[i - outer]);
        }
    }

    /** Whether the box LP has a variable for the instances of cloud platform p in slice t (some group may use p). */
    private boolean loaded(int p, int t) {
        for (int g = 0; g < pb.groups.size(); g++) {
            Problem.Group grp = pb.groups.get(g);
            if (grp.demand()[t] > 0 && pb.platforms.get(p).throughput()[g] > 0
                    && (!grp.noSplit() || pb.servesWholeSplit(grp.split(), p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Searches from the incumbent {@code start} (may be null or infeasible) until proven within {@code gap}, the
     * deadline ({@link System#nanoTime()}) or {@code maxLpSolves} LP solves in all of {@link SecondStage#solves}.
     *
     * <p>Two searches, when the box LP is used: first one that also branches on whole cloud instances per slice
     * (at most {@link #INSTANCES_SHARE} of the work), then, if that one did not finish, one over servers,
     * commitments and parts alone from its best plan. Both bounds are lower bounds of the full model: the
     * answer has the larger and the cheaper plan. Why both: whole instances in the box LP are what closes the gap
     * when many parts are open at once (small-179100: proven in 4,550 LP solves, unproven at 20,000 without),
     * while on others the branching on instances spends the work on small steps (small-861235: gap 5.2 % at
     * 20,000 LP solves with them, proven in 14,766 without).
     */
    Outcome run(SecondStage.Evaluation start, double gap, long deadlineNanos, long maxLpSolves) {
        if (dims == outer) {
            return search(start, gap, deadlineNanos, maxLpSolves, false);
        }
        long share = second.solves + (long) ((maxLpSolves - second.solves) * INSTANCES_SHARE);
        Outcome first = search(start, gap, deadlineNanos, share, true);
        if (first.complete() || System.nanoTime() > deadlineNanos || second.solves >= maxLpSolves) {
            return first;
        }
        SecondStage.Evaluation from = first.best() != null ? first.best() : start;
        Outcome then = search(from, gap, deadlineNanos, maxLpSolves, false);
        SecondStage.Evaluation best = then.best() != null ? then.best() : first.best();
        return new Outcome(best, Math.max(first.lowerBound(), then.lowerBound()), first.nodes() + then.nodes(),
                then.complete());
    }

    private Outcome search(SecondStage.Evaluation start, double gap, long deadlineNanos, long maxLpSolves,
                           boolean withInstances) {
        this.withInstances = withInstances;
        gainSum[0] = null;
        int[] lo = new int[dims];
        int[] hi = new int[dims];
        for (int i = 0; i < owned.length; i++) {
            hi[i] = pb.serverBound(owned[i]);
        }
        for (int j = 0; j < nj; j++) {
            hi[owned.length + j] = (int) Math.ceil(pb.instanceBound(pb.commitOptions.get(j).platform()) - 1e-9);
        }
        for (int i = owned.length + nj; i < outer; i++) {
            hi[i] = pb.splits.get(splitOf[i - owned.length - nj]).parts();
        }
        for (int i = outer; i < dims; i++) {
            hi[i] = (int) Math.ceil(pb.instanceBound(yPlatform[i - outer]) - 1e-9) + 1;
        }
        SecondStage.Evaluation best = start != null && start.feasible() ? start : null;
        double incumbent = best == null ? Double.POSITIVE_INFINITY : best.cost();
        PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> a.bound() != b.bound()
                ? Double.compare(a.bound(), b.bound()) : Long.compare(a.order(), b.order()));
        long order = 0;
        double closedBound = Double.POSITIVE_INFINITY;
        int nodes = 0;
        List<int[][]> pending = new ArrayList<>();
        pending.add(new int[][] {lo, hi});
        double parentBound = Double.NEGATIVE_INFINITY;
        double told = Double.NaN; // nothing told yet: the first round of boxes is told
        long toldAt = System.nanoTime();
        while (true) {
            for (int child = 0; child < pending.size(); child++) {
                int[][] box = pending.get(child);
                if (!tighten(box[0], box[1])) {
                    continue;
                }
                nodes++;
                SecondStage.Evaluation top = second.evaluate(servers(box[1]), commitments(box[1]), parts(box[0]),
                        parts(box[1]));
                double fixedLo = second.fixedCost(servers(box[0]), commitments(box[0]));
                if (!top.feasible()) {
                    if (top.lowerBound() == Double.NEGATIVE_INFINITY) {
                        closedBound = Math.min(closedBound, fixedLo); // a slice LP failed: only the fixed cost is sure
                    }
                    continue;
                }
                double fixedHi = second.fixedCost(servers(box[1]), commitments(box[1]));
                double bound = Math.max(parentBound, fixedLo + (top.lowerBound() - fixedHi));
                double[] x = null;
                if (lpBound && !isPoint(box[0], box[1]) && bound < incumbent * (1 - gap)) {
                    double[] floor = new double[pb.slices.count];
                    for (int t = 0; t < floor.length; t++) {
                        floor[t] = top.slices()[t].bound();
                    }
                    FirstStage.BoxBound lp;
                    try {
                        lp = FirstStage.boxBound(pb, executor, 20_000, new FirstStage.Box(servers(box[0]),
                                servers(box[1]), commitments(box[0]), commitments(box[1]), parts(box[0]),
                                parts(box[1]), instances(box[0]), instances(box[1]), floor));
                    } catch (SecondStage.Unsolved e) {
                        lp = new FirstStage.BoxBound(Double.NEGATIVE_INFINITY, null, null, null, null); // no LP bound
                    }
                    second.solves++;
                    if (lp == null) {
                        continue; // the relaxation of the box is infeasible: so is every plan in it
                    }
                    bound = Math.max(bound, lp.objective());
                    x = lp.servers() == null ? null : values(lp);
                    if (branchedOn >= 0 && child < 2 && Double.isFinite(lp.objective())) {
                        learn(child == 1, bound - parentBound);
                    }
                    if (x != null && (best == null || nodes % CANDIDATE_EVERY == 0)) {
                        SecondStage.Evaluation e = candidate(lp);
                        if (e != null && e.cost() < incumbent) {
                            incumbent = e.cost();
                            best = e;
                        }
                    }
                }
                if (isPoint(box[0], box[1])) {
                    if (top.cost() < incumbent) {
                        incumbent = top.cost();
                        best = top;
                    }
                    closedBound = Math.min(closedBound, top.lowerBound());
                    continue;
                }
                if (bound < incumbent * (1 - gap)) {
                    open.add(new Node(bound, order++, box[0], box[1], x));
                } else {
                    closedBound = Math.min(closedBound, bound);
                }
            }
            pending.clear();
            Node node = open.peek();
            if (!(incumbent >= told) || System.nanoTime() - toldAt > 250_000_000L) {
                told = incumbent;
                toldAt = System.nanoTime();
                progress.update(best == null ? Double.NaN : incumbent,
                        Math.min(node == null ? incumbent : Math.min(closedBound, node.bound()), incumbent));
            }
            if (node == null || node.bound() >= incumbent * (1 - gap)) {
                double lower = Math.min(closedBound, node == null ? incumbent : node.bound());
                return new Outcome(best, Math.min(lower, incumbent), nodes, true);
            }
            if (System.nanoTime() > deadlineNanos || second.solves >= maxLpSolves) {
                return new Outcome(best, Math.min(Math.min(closedBound, node.bound()), incumbent), nodes, false);
            }
            open.poll();
            parentBound = node.bound();
            branchedOn = -1;
            branch(node, pending);
        }
    }

    /**
     * Splits a box. With the LP relaxation's values: on the most fractional decision (parts first), at its floor;
     * when none is fractional, the widest decision in three: below, at and above the LP's value, so that the LP's
     * point becomes a box of its own. Without: the widest decision (by unit cost) at its middle.
     */
    private void branch(Node node, List<int[][]> pending) {
        int[] lo = node.lo();
        int[] hi = node.hi();
        double[] x = node.x();
        int d = -1;
        if (x != null) {
            double best = 0;
            // Whole instances only once servers and commitments are whole in the LP (small-179100: 4,550 LP solves
            // to the proof, 5,872 when instances compete with servers from the start).
            boolean fractionalFixed = false;
            for (int i = 0; i < owned.length + nj; i++) {
                fractionalFixed |= hi[i] > lo[i] && Math.min(x[i] - Math.floor(x[i]), Math.ceil(x[i]) - x[i]) > 1e-6;
            }
            int last = withInstances && !fractionalFixed ? dims : outer;
            for (int i = 0; i < last; i++) {
                double down = x[i] - Math.floor(x[i]);
                double up = Math.ceil(x[i]) - x[i];
                if (hi[i] <= lo[i] || Math.min(down, up) <= 1e-6) {
                    continue;
                }
                double score = Math.max(down * pseudoCost(false, i), 1e-6)
                        * Math.max(up * pseudoCost(true, i), 1e-6);
                if (score > best) {
                    best = score;
                    d = i;
                }
            }
            if (d >= 0) {
                int cut = (int) Math.floor(x[d]);
                split(lo, hi, d, cut, pending);
                branchedOn = d;
                branchedAt = x[d];
                return;
            }
        }
        double widest = 0;
        for (int i = 0; i < outer; i++) {
            double w = (hi[i] - lo[i]) * unitCost[i];
            if (hi[i] > lo[i] && (d < 0 || w > widest)) {
                widest = w;
                d = i;
            }
        }
        if (x != null) {
            int v = (int) Math.max(lo[d], Math.min(hi[d], Math.round(x[d])));
            if (v > lo[d]) {
                split(lo, hi, d, v - 1, pending);
                int[] rest = lo.clone();
                rest[d] = v;
                pending.remove(pending.size() - 1);
                if (v < hi[d]) {
                    split(rest, hi, d, v, pending);
                } else {
                    pending.add(new int[][] {rest, hi.clone()});
                }
            } else {
                split(lo, hi, d, v, pending);
            }
            return;
        }
        split(lo, hi, d, (lo[d] + hi[d]) >>> 1, pending);
    }

    /**
     * Pseudo-costs: the bound gained per unit of distance when a box was split on a decision at a fractional LP
     * value, averaged per decision and direction (down: {@code [0]}, up: {@code [1]}). They only choose what to
     * branch on (the most promising product of both children's expected gains); no bound depends on them.
     */
    private final double[][] gainSum = new double[2][];
    private final int[][] gainCount = new int[2][];
    /** The decision the last box was split on at a fractional value (its LP value), or -1. */
    private int branchedOn = -1;
    private double branchedAt;

    private void learn(boolean up, double gain) {
        if (gainSum[0] == null) {
            for (int k = 0; k < 2; k++) {
                gainSum[k] = new double[dims];
                gainCount[k] = new int[dims];
            }
        }
        double distance = up ? Math.ceil(branchedAt) - branchedAt : branchedAt - Math.floor(branchedAt);
        int k = up ? 1 : 0;
        gainSum[k][branchedOn] += Math.max(0, gain) / distance;
        gainCount[k][branchedOn]++;
    }

    /**
     * The expected gain per unit of decision i in one direction: its own average; else the average of its kind
     * (servers, commitments, parts, instances); else of every decision; else its unit cost weight.
     */
    private double pseudoCost(boolean up, int i) {
        int k = up ? 1 : 0;
        if (gainSum[k] == null) {
            return unitCost[i];
        }
        if (gainCount[k][i] > 0) {
            return gainSum[k][i] / gainCount[k][i];
        }
        int kind = kind(i);
        double kindSum = 0;
        int kindCount = 0;
        double allSum = 0;
        int allCount = 0;
        for (int j = 0; j < dims; j++) {
            if (gainCount[k][j] > 0) {
                double v = gainSum[k][j] / gainCount[k][j];
                allSum += v;
                allCount++;
                if (kind(j) == kind) {
                    kindSum += v;
                    kindCount++;
                }
            }
        }
        return kindCount > 0 ? kindSum / kindCount : allCount > 0 ? allSum / allCount : unitCost[i];
    }


    private int kind(int i) {
        return i < owned.length ? 0 : i < owned.length + nj ? 1 : i < outer ? 2 : 3;
    }

    /** Adds the boxes {@code lo..cut} and {@code cut + 1..hi} of decision d. */
    private static void split(int[] lo, int[] hi, int d, int cut, List<int[][]> pending) {
        int[] leftHi = hi.clone();
        leftHi[d] = cut;
        int[] rightLo = lo.clone();
        rightLo[d] = cut + 1;
        pending.add(new int[][] {lo.clone(), leftHi});
        pending.add(new int[][] {rightLo, hi.clone()});
    }

    /** The plan at the LP's values rounded (servers trimmed to fit, parts by largest remainder); null if none. */
    private SecondStage.Evaluation candidate(FirstStage.BoxBound lp) {
        int[] n = new int[np];
        for (int i = 0; i < owned.length; i++) {
            n[owned[i]] = (int) Math.round(lp.servers()[owned[i]]);
        }
        for (int i = owned.length - 1; i >= 0; i--) {
            while (n[owned[i]] > 0 && !Baselines.withinSites(pb, n)) {
                n[owned[i]]--;
            }
        }
        int[] m = new int[nj];
        for (int j = 0; j < nj; j++) {
            m[j] = (int) Math.round(lp.commitments()[j]);
        }
        SecondStage.Evaluation e = second.evaluate(n, m, Baselines.roundParts(pb, lp.parts()));
        return e.feasible() ? e : null;
    }

    /** The LP's values as decisions. */
    private double[] values(FirstStage.BoxBound lp) {
        double[] x = new double[dims];
        for (int i = 0; i < owned.length; i++) {
            x[i] = lp.servers()[owned[i]];
        }
        for (int j = 0; j < nj; j++) {
            x[owned.length + j] = lp.commitments()[j];
        }
        int base = owned.length + nj;
        for (int i = base; i < outer; i++) {
            x[i] = lp.parts()[splitOf[i - base]][platformOf[i - base]];
        }
        for (int i = outer; i < dims; i++) {
            double[] y = lp.instances()[yPlatform[i - outer]];
            x[i] = y == null ? 0 : y[ySlice[i - outer]];
        }
        return x;
    }

    /**
     * Narrows a box to the values that can be part of a plan: server counts that fit their site and the budget
     * beside the other platforms' least counts, part counts that can still add up to k. False when none can.
     */
    private boolean tighten(int[] lo, int[] hi) {
        int[] least = servers(lo);
        if (!Baselines.withinSites(pb, least)) {
            return false;
        }
        for (int i = 0; i < owned.length; i++) {
            while (hi[i] > lo[i]) {
                least[owned[i]] = hi[i];
                boolean fits = Baselines.withinSites(pb, least);
                least[owned[i]] = lo[i];
                if (fits) {
                    break;
                }
                hi[i]--;
            }
        }
        int base = owned.length + nj;
        for (int s = 0; s < pb.splits.size(); s++) {
            int k = pb.splits.get(s).parts();
            int sumLo = 0;
            int sumHi = 0;
            for (int i = base; i < outer; i++) {
                if (splitOf[i - base] == s) {
                    sumLo += lo[i];
                    sumHi += hi[i];
                }
            }
            if (sumLo > k || sumHi < k) {
                return false;
            }
            for (int i = base; i < outer; i++) {
                if (splitOf[i - base] == s) {
                    int top = Math.min(hi[i], k - (sumLo - lo[i]));
                    lo[i] = Math.max(lo[i], k - (sumHi - hi[i]));
                    hi[i] = top;
                }
            }
        }
        return true;
    }

    /** Whether the box fixes servers, commitments and parts: a plan (its slices are then solved exactly). */
    private boolean isPoint(int[] lo, int[] hi) {
        for (int i = 0; i < outer; i++) {
            if (lo[i] != hi[i]) {
                return false;
            }
        }
        return true;
    }

    private int[] servers(int[] x) {
        int[] n = new int[np];
        for (int i = 0; i < owned.length; i++) {
            n[owned[i]] = x[i];
        }
        return n;
    }

    private int[] commitments(int[] x) {
        int[] m = new int[nj];
        System.arraycopy(x, owned.length, m, 0, nj);
        return m;
    }

    private int[][] parts(int[] x) {
        int[][] z = new int[pb.splits.size()][np];
        int base = owned.length + nj;
        for (int i = base; i < outer; i++) {
            z[splitOf[i - base]][platformOf[i - base]] = x[i];
        }
        return z;
    }

    /** Whole instances per cloud platform and slice of the box's low or high end, for the box LP; null if none. */
    private int[][] instances(int[] x) {
        if (!withInstances) {
            return null;
        }
        int[][] y = new int[np][pb.slices.count];
        for (int i = outer; i < dims; i++) {
            y[yPlatform[i - outer]][ySlice[i - outer]] = x[i];
        }
        return y;
    }
}
