package org.aitco.placement;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ojalgo.concurrent.Parallelism;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.integer.NodeKey;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.type.context.NumberContext;

/** The one place that runs ojAlgo: options, a watchdog on the time limit, and the validation of a result. */
final class Ojalgo {
    private Ojalgo() {
    }

    /** A solve's outcome: the result, or null when it failed, timed out or did not validate. */
    record Outcome(Optimisation.Result result, Optimisation.State state, boolean timedOut) {
        boolean usable() {
            return result != null && (state.isOptimal() || state.isFeasible());
        }

        double value(int index) {
            return result.doubleValue(index);
        }
    }

    /**
     * What ojAlgo's simplex answered for {@code min c x, A_le x <= b_le, A_eq x = b_eq, x >= 0}: a state word
     * ({@code "OPTIMAL"}, {@code "INFEASIBLE"}, {@code "UNBOUNDED"}, ...), the point, and the multipliers in the
     * order of the given rows ({@code <=} rows, then equalities), null where ojAlgo gave none. Nothing here is
     * trusted: {@link Lp} checks the point and derives its bound from the multipliers itself.
     */
    record Simplex(String state, double[] x, double[] multipliers) {
    }

    /**
     * Solves {@code min c x} subject to {@code le[i] . x <= leRhs[i]}, {@code eq[i] . x = eqRhs[i]} and
     * {@code x >= 0} with ojAlgo's simplex tableau (no model, no presolve, all in double). The multipliers come back
     * with the sign of {@code d(objective)/d(rhs)} for each row, in the order of the rows given.
     */
    /** ojAlgo's default options, made once per thread: making them builds number formats (a third of an LP's time). */
    private static final ThreadLocal<Optimisation.Options> SIMPLEX_OPTIONS =
            ThreadLocal.withInitial(Optimisation.Options::new);

    static Simplex simplex(double[] c, double[][] le, double[] leRhs, double[][] eq, double[] eqRhs) {
        LinearSolver.Builder b = LinearSolver.newGeneralBuilder();
        b.objective(c);
        // All rows at once: row by row, the builder copies its matrix at each row.
        if (le.length > 0) {
            b.inequalities(org.ojalgo.matrix.store.RawStore.wrap(le), column(leRhs));
        }
        if (eq.length > 0) {
            b.equalities(org.ojalgo.matrix.store.RawStore.wrap(eq), column(eqRhs));
        }
        Optimisation.Result r;
        try {
            r = b.build(SIMPLEX_OPTIONS.get()).solve();
        } catch (RuntimeException e) {
            return new Simplex("FAILED: " + e, null, null);
        }
        double[] x = new double[c.length];
        for (int j = 0; j < x.length && j < r.size(); j++) {
            x[j] = r.doubleValue(j);
        }
        double[] y = null;
        java.util.Optional<org.ojalgo.structure.Access1D<?>> m = r.getMultipliers();
        if (m.isPresent() && m.get().count() == le.length + eq.length) {
            // ojAlgo's tableau puts the <= rows with a right-hand side >= 0 first, then the others, then the
            // equalities; its multipliers follow that order and are -d(objective)/d(rhs).
            y = new double[le.length + eq.length];
            int k = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < le.length; i++) {
                    if ((leRhs[i] >= 0) == (pass == 0)) {
                        y[i] = -m.get().doubleValue(k++);
                    }
                }
            }
            for (int i = 0; i < eq.length; i++) {
                y[le.length + i] = -m.get().doubleValue(k++);
            }
        }
        return new Simplex(r.getState().name(), r.size() >= x.length ? x : null, y);
    }

    /** A mixed-integer solve's outcome and its point (null when not usable). */
    record Mip(Outcome outcome, double[] x) {
    }

    /**
     * Solves {@code lp} with the variables marked in {@code integer} whole, by ojAlgo's branch and bound (a fresh
     * model; options as {@link #configure}, the time limit on {@code executor} with a watchdog at {@code millis}).
     * Its answer is a candidate: OPTIMAL from ojAlgo's branch and bound is not a proof.
     */
    static Mip minimise(Lp lp, boolean[] integer, ExecutorService executor, long millis, boolean deterministic,
                        double gap) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        org.ojalgo.optimisation.Variable[] v = new org.ojalgo.optimisation.Variable[lp.variables()];
        for (int j = 0; j < v.length; j++) {
            v[j] = model.newVariable("x" + j).integer(integer[j]).weight(lp.cost(j));
            if (Double.isFinite(lp.lower(j))) {
                v[j].lower(lp.lower(j));
            }
            if (Double.isFinite(lp.upper(j))) {
                v[j].upper(lp.upper(j));
            }
        }
        for (int i = 0; i < lp.rows(); i++) {
            org.ojalgo.optimisation.Expression e = model.newExpression("r" + i);
            switch (lp.sense(i)) {
                case LE -> e.upper(lp.rhs(i));
                case GE -> e.lower(lp.rhs(i));
                case EQ -> e.level(lp.rhs(i));
            }
            for (int k = 0; k < lp.rowSize(i); k++) {
                e.add(v[lp.rowIndex(i)[k]], lp.rowValue(i)[k]);
            }
        }
        configure(model, (long) (millis * 0.6), deterministic, gap);
        Outcome out = minimise(model, executor, millis);
        if (!out.usable()) {
            return new Mip(out, null);
        }
        double[] x = new double[v.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = out.value(model.indexOf(v[j]));
        }
        return new Mip(out, x);
    }

    private static org.ojalgo.matrix.store.RawStore column(double[] values) {
        double[][] c = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            c[i][0] = values[i];
        }
        return org.ojalgo.matrix.store.RawStore.wrap(c);
    }

    static void configure(ExpressionsBasedModel model, long millis, boolean deterministic, double relativeGap) {
        model.options.time_abort = Math.max(1, millis);
        model.options.time_suffice = Math.max(1, millis);
        // NumberContext.of(p, s) has relative precision 10^(1-p): p = 1 - log10(gap).
        int precision = (int) Math.max(2, Math.min(12, Math.round(1 - Math.log10(Math.max(relativeGap, 1e-11)))));
        IntegerStrategy.ConfigurableStrategy strategy = IntegerStrategy.DEFAULT
                .withGapTolerance(NumberContext.of(precision, 8));
        if (deterministic) {
            strategy = strategy.withParallelism(Parallelism.ONE)
                    .withPriorityDefinitions(NodeKey.DEPTH_FIRST_SEARCH);
        }
        model.options.integer(strategy);
    }

    /**
     * Minimises on {@code executor}, waiting at most {@code watchdogMillis}: ojAlgo's own time limit does not stop
     * its recursive dive, so a solve past the watchdog is cancelled and counts as timed out.
     */
    static Outcome minimise(ExpressionsBasedModel model, ExecutorService executor, long watchdogMillis) {
        java.util.concurrent.Callable<Optimisation.Result> task = model::minimise;
        Future<Optimisation.Result> future = executor.submit(task);
        try {
            Optimisation.Result r = future.get(Math.max(1, watchdogMillis), TimeUnit.MILLISECONDS);
            Optimisation.State state = r.getState();
            boolean valid = (state.isOptimal() || state.isFeasible()) && model.validate(r, NumberContext.of(6, 6));
            return new Outcome(valid ? r : null, state, false);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(null, Optimisation.State.FAILED, true);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, Optimisation.State.FAILED, true);
        } catch (ExecutionException e) {
            return new Outcome(null, Optimisation.State.FAILED, false);
        }
    }
}
