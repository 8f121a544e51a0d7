package org.aitco.placement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;

/**
 * The second stage: with server counts and commitments fixed, one small mixed-integer model per time slice decides
 * whole cloud instances (on demand and spot) and every group's shares. The parts of a workload that may not be
 * split freely are fixed too: its groups' shares are {@code parts[s][p] / k}. Slices with the same demand and the same
 * ratio of cloud to energy weight have proportional costs, hence the same optimum: each is solved once.
 */
final class SecondStage {

    /** A slice's dispatch: {@code share[g][p]}, whole instances per cloud platform, and its cost. */
    record SliceDispatch(double[][] share, int[] instances, double cost) {
    }

    /** A whole plan in numbers: the fixed decisions and every slice's dispatch; cost infinite when infeasible. */
    record Evaluation(int[] servers, int[] commitments, int[][] parts, SliceDispatch[] slices, double cost) {
        boolean feasible() {
            return Double.isFinite(cost);
        }
    }

    private record Solved(double[][] share, int[] instances, double normalisedCost) {
    }

    /**
     * Capacity rows allow this much more load (in servers or instances): a load that is exactly a whole number of
     * instances in exact arithmetic (4,500 tokens/s on 450 per instance) can come out as 10.000000000000002 in
     * double and would otherwise force an 11th instance. Far below the checker's tolerance (1e-6).
     */
    static final double CAPACITY_SLACK = 1e-9;

    private final Problem pb;
    private final ExecutorService executor;
    private final boolean deterministic;
    int solves;

    SecondStage(Problem pb, ExecutorService executor, boolean deterministic) {
        this.pb = pb;
        this.executor = executor;
        this.deterministic = deterministic;
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
        int np = pb.platforms.size();
        double[] committed = new double[np];
        for (int j = 0; j < commitments.length; j++) {
            committed[pb.commitOptions.get(j).platform()] += commitments[j];
        }
        Map<String, Solved> cache = new HashMap<>();
        SliceDispatch[] out = new SliceDispatch[pb.slices.count];
        double total = fixedCost(servers, commitments);
        for (int t = 0; t < pb.slices.count; t++) {
            double ratio = pb.slices.energyWeight[t] / pb.slices.cloudWeight[t];
            double[] d = new double[pb.groups.size()];
            for (int g = 0; g < d.length; g++) {
                d[g] = pb.groups.get(g).demand()[t];
            }
            String key = Arrays.toString(d) + "/" + String.format("%.12e", ratio);
            final int slice = t;
            Solved s = cache.computeIfAbsent(key, k -> solve(slice, servers, committed, parts));
            if (s == null) {
                return new Evaluation(servers, commitments, parts, out, Double.POSITIVE_INFINITY);
            }
            double cost = s.normalisedCost() * pb.slices.cloudWeight[t];
            out[t] = new SliceDispatch(s.share(), s.instances(), cost);
            total += cost;
        }
        return new Evaluation(servers, commitments, parts, out, total);
    }

    private Solved solve(int t, int[] servers, double[] committed, int[][] parts) {
        Solved s = solve(t, servers, committed, parts, false);
        return s != null ? s : solve(t, servers, committed, parts, true);
    }

    /** One slice; when {@code relaxed}, instances are continuous and rounded up afterwards. */
    private Solved solve(int t, int[] servers, double[] committed, int[][] parts, boolean relaxed) {
        solves++;
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        double norm = pb.slices.cloudWeight[t];
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] f = new Variable[ng][np];
        Expression[] cap = new Expression[np];
        Variable[] y = new Variable[np];
        for (int g = 0; g < ng; g++) {
            Problem.Group grp = pb.groups.get(g);
            double d = grp.demand()[t];
            if (d <= 0) {
                continue;
            }
            Expression demand = model.newExpression("d_" + g).level(1);
            int[] fixed = grp.noSplit() ? parts[grp.split()] : null;
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                double thr = pl.throughput()[g];
                if (thr <= 0 || (pl.owned() && servers[p] == 0) || (fixed != null && fixed[p] == 0)) {
                    continue;
                }
                double load = d / thr;
                double cost = (pl.owned() ? load * pb.hourlyCost(pl, t) : 0) + d * pb.egressCost(grp, pl, t);
                double part = fixed == null ? -1 : (double) fixed[p] / pb.splits.get(grp.split()).parts();
                f[g][p] = model.newVariable("f_" + g + "_" + p).lower(fixed == null ? 0 : part)
                        .upper(fixed == null ? 1 : part).weight(cost / norm);
                demand.set(f[g][p], 1);
                if (cap[p] == null) {
                    if (pl.owned()) {
                        cap[p] = model.newExpression("c_" + p).upper(servers[p] + CAPACITY_SLACK);
                    } else {
                        cap[p] = model.newExpression("c_" + p).upper(committed[p] + CAPACITY_SLACK);
                        y[p] = model.newVariable("y_" + p).integer(!relaxed).lower(0)
                                .upper(Math.ceil(pb.instanceBound(p)) + 1).weight(pb.hourlyCost(pl, t) / norm);
                        cap[p].set(y[p], -1);
                    }
                }
                cap[p].set(f[g][p], load);
            }
        }
        Ojalgo.configure(model, 5_000, deterministic, 1e-9);
        Ojalgo.Outcome r = Ojalgo.minimise(model, executor, 20_000);
        if (!r.usable()) {
            return null;
        }
        double[][] share = new double[ng][np];
        int[] instances = new int[np];
        double cost = 0;
        for (int p = 0; p < np; p++) {
            if (y[p] != null) {
                double v = r.value(model.indexOf(y[p]));
                instances[p] = (int) (relaxed ? Math.ceil(v - 1e-7) : Math.round(v));
                cost += instances[p] * pb.hourlyCost(pb.platforms.get(p), t) / norm;
            }
        }
        for (int g = 0; g < ng; g++) {
            for (int p = 0; p < np; p++) {
                if (f[g][p] != null) {
                    double v = Math.max(0, Math.min(1, r.value(model.indexOf(f[g][p]))));
                    share[g][p] = v < 1e-10 ? 0 : v;
                }
            }
        }
        for (int g = 0; g < ng; g++) {
            double sum = Arrays.stream(share[g]).sum();
            if (sum > 0) {
                for (int p = 0; p < np; p++) {
                    share[g][p] /= sum;
                    if (f[g][p] != null) {
                        Problem.Platform pl = pb.platforms.get(p);
                        Problem.Group grp = pb.groups.get(g);
                        double load = grp.demand()[t] / pl.throughput()[g];
                        cost += share[g][p] * ((pl.owned() ? load * pb.hourlyCost(pl, t) : 0)
                                + grp.demand()[t] * pb.egressCost(grp, pl, t)) / norm;
                    }
                }
            }
        }
        return new Solved(share, instances, cost);
    }
}
