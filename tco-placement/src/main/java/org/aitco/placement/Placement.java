package org.aitco.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Site;
import org.ojalgo.optimisation.Optimisation;

/**
 * The placement optimiser: for a scenario, which servers to buy where, what runs on them, and what stays in the
 * cloud, at the lowest discounted cost over the horizon.
 *
 * <p>How: workloads that share every coefficient are grouped; a first mixed-integer model (ojAlgo) with integer
 * server counts and continuous cloud capacity gives server counts, commitments and a lower bound; a second stage
 * fixes them and decides whole cloud instances per slice, one small model per distinct slice; a local search then
 * tries one server or commitment more or less while that lowers the cost. The status compares the final cost with
 * the lower bound.
 *
 * <pre>{@code
 * Plan plan = Placement.optimise(scenario, PlacementOptions.defaults());
 * System.out.println(plan.toText());
 * }</pre>
 */
public final class Placement {
    /** Above this many share variables, the first stage uses fewer slices (grouped by load) and the second all. */
    static final int FIRST_STAGE_SHARE_LIMIT = 1_000;
    /** Largest change of one server count the local search tries. */
    static final int MAX_STEP = 3;
    /** Owned platforms with at most this many useful servers get a full sweep of their count. */
    static final int SWEEP_LIMIT = 64;
    /** LP solves allowed per second of the time limit (about half the rate measured on one busy core). */
    static final long LPS_PER_SECOND = 2_000;

    private Placement() {
    }

    /** The cheapest plan with default options. */
    public static Plan optimise(Scenario scenario) {
        return optimise(scenario, PlacementOptions.defaults());
    }

    /**
     * Why no plan can exist, found without solving (a workload with no platform it may run on, a peak beyond every
     * site's room when it may not use the cloud), or empty; {@code optimise} returns an INFEASIBLE plan with this
     * reason. For checking a scenario before a long solve ({@code ./aitco validate}).
     */
    public static Optional<String> infeasibleBeforeSolving(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return Optional.ofNullable(Diagnosis.beforeSolving(new Problem(scenario, PlacementOptions.defaults())));
    }

    /** The cheapest plan found within the options' time limit and gap. */
    public static Plan optimise(Scenario scenario, PlacementOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        long budget = options.timeLimit().toMillis();
        Problem pb = new Problem(scenario, options);
        String reason = Diagnosis.beforeSolving(pb);
        if (reason != null) {
            return PlanBuilder.infeasible(pb, reason, elapsed(start));
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "aitco-placement");
            t.setDaemon(true);
            return t;
        });
        try {
            return solve(pb, options, executor, start, budget);
        } finally {
            executor.shutdownNow();
        }
    }

    private static Plan solve(Problem pb, PlacementOptions options, ExecutorService executor, long start,
                              long budget) {
        // Deterministic runs are limited by work (LP solves) only; the wall clock stops them at 20 x the time limit,
        // a safety net: a limit in seconds would make the plan depend on the machine's load.
        long wallClock = options.deterministic() ? 20 * budget : budget;
        List<String> notes = new ArrayList<>();
        if (!pb.slices.exact) {
            notes.add(pb.slices.count < PlacementOptions.HOURS_PER_WEEK
                    ? "slices group hours of similar load and use their mean demand: peaks inside a slice are not seen"
                    : "a year-long profile is folded into a typical week (mean of each hour of the week)");
        }
        Problem first = pb;
        int perSlice = sharesPerSlice(pb);
        if ((long) perSlice * pb.slices.count > FIRST_STAGE_SHARE_LIMIT && options.slicesPerYear() > 8) {
            int blocks = pb.slices.year[0] < 0 ? 1 : pb.scenario.financials().horizonYears();
            int k = Math.max(8, FIRST_STAGE_SHARE_LIMIT / Math.max(1, perSlice * blocks));
            if (k < options.slicesPerYear()) {
                first = new Problem(pb.scenario, options.withSlicesPerYear(k));
                notes.add(("first stage on %d slices a year grouped by load (%d share variables at full size); "
                        + "server counts then checked on all %d slices").formatted(k, perSlice * pb.slices.count,
                        pb.slices.count));
            }
        }
        boolean reduced = first != pb;
        // Deterministic plans start from the first stage's LP relaxation (server counts rounded down, then improved by
        // the local search): ojAlgo 56.2.1's branch and bound gave two different answers on consecutive solves of
        // the same fresh model in one JVM, both reported OPTIMAL (objectives 6,458.26 and 5,991.02 on generated
        // portfolio 432), whatever its parallelism and node order. The LP answer does not depend on what ran before.
        boolean relaxFirstStage = options.deterministic();
        if (relaxFirstStage) {
            notes.add("first stage solved as its LP relaxation (deterministic mode); server counts rounded down and "
                    + "improved by the local search");
        }
        options.progress().update("first stage", Double.NaN, Double.NaN);
        FirstStage.Result r1 = FirstStage.solve(first, executor, wallClock / 2, options.deterministic(),
                options.relativeGap(), relaxFirstStage);
        if (!r1.usable() && r1.state() == Optimisation.State.INFEASIBLE && !reduced) {
            return PlanBuilder.infeasible(pb, Diagnosis.afterSolving(pb), elapsed(start));
        }
        double lowerBound = Double.NaN;
        if (r1.usable() && r1.state().isOptimal() && !r1.timedOut() && relaxFirstStage) {
            if (relaxFirstStage) {
                lowerBound = r1.objective(); // an LP optimum bounds the full model; ojAlgo's MIP "optimal" does not
            }
        } else {
            long left = wallClock - elapsedMillis(start);
            FirstStage.Result lp = FirstStage.solve(first, executor, Math.max(100, left / 3), options.deterministic(),
                    options.relativeGap(), true);
            if (lp.usable() && lp.state().isOptimal()) {
                lowerBound = lp.objective();
            }
            notes.add(r1.timedOut() ? "the first stage hit the time limit" : "the first stage ended %s".formatted(r1.state()));
        }
        SecondStage second = new SecondStage(pb, executor, options.deterministic());
        int np = pb.platforms.size();
        int[] servers = r1.usable() ? r1.servers() : new int[np];
        int[][] chosen = r1.usable() ? r1.parts() : Baselines.partsOnOnePlatform(pb);
        if (!r1.usable()) {
            servers = Baselines.allOnPremServers(pb);
            notes.add("no first-stage solution: the search starts from owned capacity for every workload that can run on-prem");
        }
        if (!Baselines.withinSites(pb, servers)) {
            servers = new int[np];
            notes.add("the first stage's server counts exceed a site or the budget: the search starts from none");
        }
        int[] commits = new int[pb.commitOptions.size()];
        if (r1.usable()) {
            for (int j = 0; j < commits.length; j++) {
                commits[j] = (int) Math.floor(r1.commitments()[j] + 1e-6);
            }
        }
        SecondStage.Evaluation best = second.evaluate(servers, commits, chosen);
        // Simple placements are candidates too: all in the cloud, owned capacity for every peak, for every mean.
        int[][] onOne = Baselines.partsOnOnePlatform(pb);
        for (int[] simple : new int[][] {new int[np], Baselines.owned(pb, true), Baselines.owned(pb, false)}) {
            SecondStage.Evaluation e = second.evaluate(simple, new int[pb.commitOptions.size()], onOne);
            if (e.cost() < best.cost()) {
                best = e;
            }
        }
        // Work is counted in LP solves, not seconds, so that a deterministic run stops at the same point whatever the
        // machine's load; the wall clock only stops a run that is far slower than expected.
        long work = Math.max(1, options.timeLimit().toSeconds()) * LPS_PER_SECOND;
        long searchBudget = work / 10;
        long heuristicBudget = wallClock / 5;
        boolean stoppedByTime = false;
        boolean improved = true;
        options.progress().update("local search", best.feasible() ? best.cost() : Double.NaN,
                reduced ? Double.NaN : lowerBound);
        while (improved && second.solves < searchBudget) {
            if (elapsedMillis(start) > heuristicBudget) {
                stoppedByTime = true;
                break;
            }
            improved = false;
            SecondStage.Evaluation round = best;
            for (int[] move : moves(pb, best)) {
                int[] n = best.servers().clone();
                int[] m = best.commitments().clone();
                if (move[0] == 0) {
                    n[move[1]] += move[2];
                } else {
                    m[move[1]] += move[2];
                }
                if (!Baselines.withinSites(pb, n)
                        || (round.feasible() && second.fixedCost(n, m) >= round.cost())) {
                    continue;
                }
                SecondStage.Evaluation e = second.evaluate(n, m, chosen);
                if (e.cost() < round.cost() * (1 - 1e-9)) {
                    round = e;
                }
                if (second.solves >= searchBudget || elapsedMillis(start) > heuristicBudget) {
                    stoppedByTime = elapsedMillis(start) > heuristicBudget;
                    break;
                }
            }
            if (round != best) {
                best = round;
                improved = true;
            }
        }
        // A sweep over every count of each owned platform (when its range is short) escapes local optima of the
        // step search; whole cloud instances make the cost non-convex in the server count.
        for (int p = 0; p < np && !stoppedByTime && best.feasible(); p++) {
            if (!pb.platforms.get(p).owned() || pb.serverBound(p) > SWEEP_LIMIT) {
                continue;
            }
            int bound = pb.serverBound(p);
            for (int v = 0; v <= bound && second.solves < searchBudget && elapsedMillis(start) < heuristicBudget; v++) {
                int[] n = best.servers().clone();
                if (v == n[p]) {
                    continue;
                }
                n[p] = v;
                if (!Baselines.withinSites(pb, n) || second.fixedCost(n, best.commitments()) >= best.cost()) {
                    continue;
                }
                SecondStage.Evaluation e = second.evaluate(n, best.commitments(), chosen);
                if (e.cost() < best.cost() * (1 - 1e-9)) {
                    best = e;
                }
            }
        }
        if (improved && !stoppedByTime) {
            notes.add("the local search stopped at its budget of %d LP solves".formatted(searchBudget));
        } else if (stoppedByTime) {
            notes.add("the local search stopped at the time limit");
        }
        if (!best.feasible()) {
            SecondStage.Evaluation cloud = second.evaluate(new int[np], new int[pb.commitOptions.size()],
                    Baselines.partsOnOnePlatform(pb));
            if (cloud.feasible()) {
                best = cloud;
            }
        }
        // The proof: our own branch and bound over servers, commitments and part counts, each slice exact.
        if (reduced) {
            lowerBound = Double.NaN; // the grouped slices' LP bound is not a bound of the full model
        }
        options.progress().update("branch and bound", best.feasible() ? best.cost() : Double.NaN, lowerBound);
        double stageBound = lowerBound;
        Search.Outcome exact = new Search(pb, second, executor).listening((incumbent, bound) -> options.progress()
                .update("branch and bound", incumbent, Double.isNaN(stageBound) ? bound : Math.max(stageBound, bound)))
                .run(best, options.relativeGap(), start + wallClock * 1_000_000L, work);
        if (exact.best() != null && (!best.feasible() || exact.best().cost() < best.cost())) {
            best = exact.best();
        }
        if (Double.isFinite(exact.lowerBound())) {
            lowerBound = Double.isNaN(lowerBound) ? exact.lowerBound() : Math.max(lowerBound, exact.lowerBound());
        }
        if (!exact.complete()) {
            notes.add(("the branch and bound over servers, commitments and parts stopped at its work limit (%d LP "
                    + "solves for a %d s time limit) or the time limit, after %d boxes")
                    .formatted(work, options.timeLimit().toSeconds(), exact.nodes()));
        }
        Duration time = elapsed(start);
        if (!best.feasible()) {
            return PlanBuilder.infeasible(pb, exact.complete() ? Diagnosis.afterSolving(pb)
                    : "no feasible plan was found within the time limit (%d s), and none is proven impossible: "
                    .formatted(options.timeLimit().toSeconds()) + Diagnosis.afterSolving(pb), time);
        }
        PlanStatus status;
        OptionalDouble gap = Double.isNaN(lowerBound) ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0, (best.cost() - lowerBound) / best.cost()));
        if (gap.isPresent() && gap.getAsDouble() <= options.relativeGap()) {
            status = new PlanStatus.Optimal(gap.getAsDouble(), time);
        } else {
            status = new PlanStatus.Feasible(gap, time);
        }
        Plan.ModelSize size = new Plan.ModelSize(pb.groups.size(), np, first.slices.count, r1.variables(),
                r1.constraints(), r1.integers(), lowerBound, second.solves);
        return PlanBuilder.of(pb, best, status, size, notes);
    }

    /**
     * Candidate moves: one to three servers more or less per owned platform (whole cloud instances make the cost
     * non-convex in the server count, so single steps can stall), one commitment more or less.
     */
    private static List<int[]> moves(Problem pb, SecondStage.Evaluation e) {
        List<int[]> moves = new ArrayList<>();
        for (int p = 0; p < pb.platforms.size(); p++) {
            if (pb.platforms.get(p).owned()) {
                int bound = pb.serverBound(p);
                for (int step = 1; step <= MAX_STEP; step++) {
                    if (e.servers()[p] + step <= bound) {
                        moves.add(new int[] {0, p, step});
                    }
                    if (e.servers()[p] >= step) {
                        moves.add(new int[] {0, p, -step});
                    }
                }
            }
        }
        for (int j = 0; j < pb.commitOptions.size(); j++) {
            moves.add(new int[] {1, j, 1});
            if (e.commitments()[j] > 0) {
                moves.add(new int[] {1, j, -1});
            }
        }
        return moves;
    }

    static int sharesPerSlice(Problem pb) {
        int count = 0;
        for (int g = 0; g < pb.groups.size(); g++) {
            for (Problem.Platform p : pb.platforms) {
                if (p.throughput()[g] > 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** For explanations: whether site k's power or racks leave no room for one more server of p. */
    static boolean siteFull(Problem pb, int[] servers, int k) {
        Site site = pb.scenario.sites().get(k);
        double kw = 0;
        int ru = 0;
        double smallestKw = Double.MAX_VALUE;
        int smallestRu = Integer.MAX_VALUE;
        for (int p = 0; p < pb.platforms.size(); p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (pl.owned() && pl.siteIndex() == k) {
                kw += servers[p] * pl.facilityKw();
                ru += servers[p] * pl.rackUnits();
                smallestKw = Math.min(smallestKw, pl.facilityKw());
                smallestRu = Math.min(smallestRu, pl.rackUnits());
            }
        }
        return kw + smallestKw > site.powerCapacityKw() + 1e-9 || ru + smallestRu > site.rackUnitsCapacity();
    }

    static String names(Problem pb, Problem.Group g) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < g.members().size(); i++) {
            names.add(pb.streamName(g, i));
        }
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
