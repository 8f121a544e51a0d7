package org.aitco.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.aitco.core.model.Site;

/**
 * The full placement model as a plain mixed-integer program, built from a {@link Problem}'s coefficients and
 * solver-neutral: every slice, integer servers, integer commitments, integer part counts of the workloads that
 * may not be split freely, whole cloud instances per platform and slice, continuous shares. Nothing is grouped
 * or relaxed, so its optimum is the optimum of the placement problem; it feeds the LP export ({@link LpExport})
 * and the independent solvers that check the optimiser in the tests and benchmarks.
 *
 * <p>Variables (costs in the reporting currency, discounted over the horizon, not scaled):
 * <ul>
 *   <li>{@code n_p}: servers of owned platform p, integer in {@code 0..serverBound(p)}, cost the fixed cost of a
 *       server over the horizon;</li>
 *   <li>{@code m_j}: instances held under commitment option j, integer in {@code 0..ceil(peak need)}, cost the
 *       commitment's cost per instance;</li>
 *   <li>{@code z_s_p}: parts of no-split workload s on platform p (one that serves all its request classes),
 *       integer in {@code 0..k};</li>
 *   <li>{@code y_p_t}: whole instances of cloud platform p (on demand beyond commitments, or spot) in slice t,
 *       integer in {@code 0..ceil(peak need) + 1}, cost its hourly price times the slice's cloud weight;</li>
 *   <li>{@code f_g_p_t}: share of group g's demand on platform p in slice t, in {@code [0, 1]}, cost its energy
 *       above idle (owned) and its egress (cloud).</li>
 * </ul>
 * Rows: {@code sum_p f_g_p_t = 1} for every group with demand in the slice; capacity
 * {@code sum_g f_g_p_t * demand / throughput <= n_p} (owned) or {@code <= y_p_t + sum_j m_j} (cloud, the
 * commitments of p); {@code sum_p z_s_p = k} and {@code k * f_g_p_t = z_s_p} for each group of split s; per site
 * {@code sum n_p * facility kW <= power} and {@code sum n_p * rack units <= racks}; the capex budget
 * {@code sum n_p * price <= budget}.
 *
 * <p>Bounds are valid, not tightening guesses: more servers than the peak load, more commitments than the peak
 * need, or more instances than the peak need plus one never lower the cost (all costs are non-negative).
 */
final class FullModel {

    /** What a variable stands for. */
    enum Kind { SERVERS, COMMITMENT, PARTS, INSTANCES, SHARE }

    /**
     * A variable: {@code name} is LP-safe; {@code a}, {@code b}, {@code c} index what it stands for (platform,
     * commitment option, split, group, slice; -1 where not used): SERVERS (p), COMMITMENT (j), PARTS (s, p),
     * INSTANCES (p, t), SHARE (g, p, t).
     */
    record Var(String name, Kind kind, int a, int b, int c, double lower, double upper, boolean integer,
               double cost) {
    }

    /** A row {@code lower <= sum coefficients[i] * x[variables[i]] <= upper}; infinite bounds are absent. */
    record Row(String name, int[] variables, double[] coefficients, double lower, double upper) {
        boolean equality() {
            return lower == upper;
        }
    }

    final Problem problem;
    private final List<Var> vars = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final int[] servers;
    private final int[] commitments;
    private final int[][] parts;
    private final int[][] instances;
    private final int[][][] shares;

    private FullModel(Problem pb) {
        this.problem = pb;
        int np = pb.platforms.size();
        int ng = pb.groups.size();
        int nt = pb.slices.count;
        int ns = pb.splits.size();
        servers = filled(np);
        commitments = filled(pb.commitOptions.size());
        parts = new int[ns][];
        instances = new int[np][];
        shares = new int[ng][np][];
        for (int p = 0; p < np; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            instances[p] = filled(nt);
            for (int g = 0; g < ng; g++) {
                shares[g][p] = filled(nt);
            }
            if (pl.owned()) {
                servers[p] = add(new Var("n_p" + p, Kind.SERVERS, p, -1, -1, 0, pb.serverBound(p), true,
                        pl.fixedTotal()));
            }
        }
        for (int j = 0; j < commitments.length; j++) {
            Problem.CommitOption c = pb.commitOptions.get(j);
            commitments[j] = add(new Var("m_j" + j, Kind.COMMITMENT, j, -1, -1, 0,
                    Math.ceil(pb.instanceBound(c.platform()) - 1e-9), true, c.costPerInstance()));
        }
        for (int s = 0; s < ns; s++) {
            int k = pb.splits.get(s).parts();
            parts[s] = filled(np);
            List<int[]> all = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                if (pb.servesWholeSplit(s, p)) {
                    parts[s][p] = add(new Var("z_s" + s + "_p" + p, Kind.PARTS, s, p, -1, 0, k, true, 0));
                    all.add(new int[] {parts[s][p]});
                }
            }
            row("parts_s" + s, all.stream().mapToInt(v -> v[0]).toArray(), ones(all.size()), k, k);
        }
        for (int t = 0; t < nt; t++) {
            List<List<double[]>> cap = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                cap.add(new ArrayList<>());
            }
            for (int g = 0; g < ng; g++) {
                Problem.Group grp = pb.groups.get(g);
                double d = grp.demand()[t];
                if (d <= 0) {
                    continue;
                }
                List<Integer> served = new ArrayList<>();
                for (int p = 0; p < np; p++) {
                    Problem.Platform pl = pb.platforms.get(p);
                    double thr = pl.throughput()[g];
                    if (thr <= 0 || (grp.noSplit() && parts[grp.split()][p] < 0)) {
                        continue;
                    }
                    double load = d / thr;
                    double cost = (pl.owned() ? load * pb.hourlyCost(pl, t) : 0) + d * pb.egressCost(grp, pl, t);
                    int f = add(new Var("f_g" + g + "_p" + p + "_t" + t, Kind.SHARE, g, p, t, 0, 1, false, cost));
                    shares[g][p][t] = f;
                    served.add(f);
                    cap.get(p).add(new double[] {f, load});
                    if (grp.noSplit()) {
                        int k = pb.splits.get(grp.split()).parts();
                        row("equal_g" + g + "_p" + p + "_t" + t, new int[] {f, parts[grp.split()][p]},
                                new double[] {k, -1}, 0, 0);
                    }
                }
                row("demand_g" + g + "_t" + t, served.stream().mapToInt(Integer::intValue).toArray(),
                        ones(served.size()), 1, 1);
            }
            for (int p = 0; p < np; p++) {
                List<double[]> terms = cap.get(p);
                if (terms.isEmpty()) {
                    continue;
                }
                Problem.Platform pl = pb.platforms.get(p);
                List<double[]> all = new ArrayList<>(terms);
                if (pl.owned()) {
                    all.add(new double[] {servers[p], -1});
                } else {
                    instances[p][t] = add(new Var("y_p" + p + "_t" + t, Kind.INSTANCES, p, t, -1, 0,
                            Math.ceil(pb.instanceBound(p) - 1e-9) + 1, true, pb.hourlyCost(pl, t)));
                    all.add(new double[] {instances[p][t], -1});
                    for (int j = 0; j < commitments.length; j++) {
                        if (pb.commitOptions.get(j).platform() == p) {
                            all.add(new double[] {commitments[j], -1});
                        }
                    }
                }
                row("capacity_p" + p + "_t" + t, all.stream().mapToInt(v -> (int) v[0]).toArray(),
                        all.stream().mapToDouble(v -> v[1]).toArray(), Double.NEGATIVE_INFINITY, 0);
            }
        }
        for (int k = 0; k < pb.scenario.sites().size(); k++) {
            Site site = pb.scenario.sites().get(k);
            List<double[]> power = new ArrayList<>();
            List<double[]> racks = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                if (pl.owned() && pl.siteIndex() == k) {
                    power.add(new double[] {servers[p], pl.facilityKw()});
                    racks.add(new double[] {servers[p], pl.rackUnits()});
                }
            }
            if (!power.isEmpty()) {
                row("power_k" + k, power.stream().mapToInt(v -> (int) v[0]).toArray(),
                        power.stream().mapToDouble(v -> v[1]).toArray(), Double.NEGATIVE_INFINITY,
                        site.powerCapacityKw());
                row("racks_k" + k, racks.stream().mapToInt(v -> (int) v[0]).toArray(),
                        racks.stream().mapToDouble(v -> v[1]).toArray(), Double.NEGATIVE_INFINITY,
                        site.rackUnitsCapacity());
            }
        }
        if (pb.capexBudget.isPresent()) {
            List<double[]> budget = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                if (servers[p] >= 0) {
                    budget.add(new double[] {servers[p], pb.platforms.get(p).purchasePrice()});
                }
            }
            row("budget", budget.stream().mapToInt(v -> (int) v[0]).toArray(),
                    budget.stream().mapToDouble(v -> v[1]).toArray(), Double.NEGATIVE_INFINITY,
                    pb.capexBudget.getAsDouble());
        }
    }

    /** The full model of a placement problem. */
    static FullModel of(Problem pb) {
        return new FullModel(pb);
    }

    List<Var> variables() {
        return Collections.unmodifiableList(vars);
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Index of the server count of platform p, or -1 when p is not owned. */
    int servers(int p) {
        return servers[p];
    }

    /** Index of the count of commitment option j. */
    int commitment(int j) {
        return commitments[j];
    }

    /** Index of the part count of split s on platform p, or -1 when p cannot carry a part of s. */
    int parts(int s, int p) {
        return parts[s][p];
    }

    /** Index of the instances of cloud platform p in slice t, or -1 when nothing can run there then. */
    int instances(int p, int t) {
        return instances[p][t];
    }

    /** Index of group g's share on platform p in slice t, or -1 when it cannot run there then. */
    int share(int g, int p, int t) {
        return shares[g][p][t];
    }

    /** The objective at {@code x}. */
    double cost(double[] x) {
        double c = 0;
        for (int i = 0; i < vars.size(); i++) {
            c += vars.get(i).cost() * x[i];
        }
        return c;
    }

    /**
     * The largest violation of a bound, an integrality or a row at {@code x}, scaled by each row's size (its
     * largest term or bound, at least 1); 0 when {@code x} is feasible.
     */
    double violation(double[] x) {
        double worst = 0;
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            worst = Math.max(worst, Math.max(v.lower() - x[i], x[i] - v.upper()));
            if (v.integer()) {
                worst = Math.max(worst, Math.abs(x[i] - Math.rint(x[i])));
            }
        }
        for (Row r : rows) {
            double sum = 0;
            double scale = 1;
            for (int i = 0; i < r.variables().length; i++) {
                double term = r.coefficients()[i] * x[r.variables()[i]];
                sum += term;
                scale = Math.max(scale, Math.abs(term));
            }
            if (Double.isFinite(r.upper())) {
                scale = Math.max(scale, Math.abs(r.upper()));
            }
            worst = Math.max(worst, Math.max(r.lower() - sum, sum - r.upper()) / scale);
        }
        return Math.max(0, worst);
    }

    int integers() {
        return (int) vars.stream().filter(Var::integer).count();
    }

    @Override
    public String toString() {
        return "FullModel[%d variables (%d integer), %d rows]".formatted(vars.size(), integers(), rows.size());
    }

    private int add(Var v) {
        vars.add(v);
        return vars.size() - 1;
    }

    private void row(String name, int[] variables, double[] coefficients, double lower, double upper) {
        rows.add(new Row(name, variables, coefficients, lower, upper));
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1);
        return a;
    }
}
