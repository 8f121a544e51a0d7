package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.modelbuilder.LinearExpr;
import com.google.ortools.modelbuilder.LinearExprBuilder;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import com.google.ortools.modelbuilder.Variable;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link Lp} against GLOP (Google OR-Tools' simplex, an independent LP solver) on random LPs: small integer data,
 * every row sense, finite, infinite and fixed bounds; feasible, infeasible and unbounded ones.
 */
class LpProperties {

    static {
        Oracle.load();
    }

    /** A random LP from a seed: 1-6 variables, 0-6 rows, coefficients and right-hand sides small integers. */
    static Lp random(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(6);
        int m = r.nextInt(7);
        Lp lp = new Lp(n);
        for (int j = 0; j < n; j++) {
            lp.cost(j, r.nextInt(11) - 5);
            double lo = switch (r.nextInt(4)) {
                case 0 -> Double.NEGATIVE_INFINITY;
                case 1 -> 0;
                default -> r.nextInt(11) - 5;
            };
            double hi = switch (r.nextInt(4)) {
                case 0 -> Double.POSITIVE_INFINITY;
                case 1 -> Double.isFinite(lo) ? lo : 3; // fixed, or an upper bound only
                default -> (Double.isFinite(lo) ? lo : -5) + r.nextInt(11);
            };
            lp.bounds(j, lo, hi);
        }
        for (int i = 0; i < m; i++) {
            Lp.Sense s = Lp.Sense.values()[r.nextInt(3)];
            int row = lp.row(s, r.nextInt(21) - 10);
            for (int j = 0; j < n; j++) {
                if (r.nextInt(3) > 0) {
                    lp.add(row, j, r.nextInt(11) - 5);
                }
            }
        }
        return lp;
    }

    /** GLOP's answer on the same LP: its status and objective. */
    record Reference(SolveStatus status, double objective) {
    }

    static Reference glop(Lp lp) {
        return glop(lp, false);
    }

    /**
     * GLOP's answer; with {@code feasibilityOnly} on the same rows and bounds at cost 0 (GLOP's INFEASIBLE may mean
     * "infeasible or unbounded": at cost 0 it means infeasible).
     */
    static Reference glop(Lp lp, boolean feasibilityOnly) {
        ModelBuilder mb = new ModelBuilder();
        Variable[] x = new Variable[lp.variables()];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int j = 0; j < x.length; j++) {
            x[j] = mb.newVar(lp.lower(j), lp.upper(j), false, "x" + j);
            objective.addTerm(x[j], feasibilityOnly ? 0 : lp.cost(j));
        }
        for (int i = 0; i < lp.rows(); i++) {
            LinearExprBuilder e = LinearExpr.newBuilder();
            double[] a = lp.row(i);
            for (int j = 0; j < a.length; j++) {
                if (a[j] != 0) {
                    e.addTerm(x[j], a[j]);
                }
            }
            double b = lp.rhs(i);
            switch (lp.sense(i)) {
                case LE -> mb.addLinearConstraint(e, Double.NEGATIVE_INFINITY, b);
                case GE -> mb.addLinearConstraint(e, b, Double.POSITIVE_INFINITY);
                case EQ -> mb.addLinearConstraint(e, b, b);
            }
        }
        mb.minimize(objective);
        ModelSolver solver = new ModelSolver("GLOP");
        SolveStatus status = solver.solve(mb);
        return new Reference(status, solver.hasSolution() ? solver.getObjectiveValue() : Double.NaN);
    }

    @Property(tries = 400)
    void theBoundIsNeverAboveTheOptimumAndTheStatusAgrees(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
        Lp lp = random(seed);
        Reference ref = glop(lp);
        if (ref.status() != SolveStatus.OPTIMAL) {
            Reference feasible = glop(lp, true);
            ref = new Reference(feasible.status() == SolveStatus.OPTIMAL ? SolveStatus.UNBOUNDED : feasible.status(),
                    Double.NaN);
        }
        Lp.Solution s = lp.solve();
        switch (ref.status()) {
            case OPTIMAL -> {
                net.jqwik.api.statistics.Statistics.collect("optimal");
                assertThat(s.status()).as("seed %d, GLOP %s", seed, ref).isEqualTo(Lp.Status.OPTIMAL);
                double tol = 1e-7 * Math.max(1, Math.abs(ref.objective()));
                assertThat(s.value()).as("seed %d", seed).isCloseTo(ref.objective(),
                        org.assertj.core.api.Assertions.within(tol));
                assertThat(s.bound()).as("seed %d: bound valid", seed).isLessThanOrEqualTo(ref.objective() + tol);
                assertThat(lp.feasible(s.x().clone())).isTrue();
            }
            case INFEASIBLE -> {
                // Proven, or (only where a variable has an infinite bound that no row limits, so that a multiplier
                // off by a rounding error leaves no finite certificate) not proven: never a point, never unbounded.
                net.jqwik.api.statistics.Statistics.collect("infeasible, " + s.status());
                if (everyVariableBounded(lp)) {
                    assertThat(s.status()).as("seed %d", seed).isEqualTo(Lp.Status.INFEASIBLE);
                } else {
                    assertThat(s.status()).as("seed %d", seed).isIn(Lp.Status.INFEASIBLE, Lp.Status.FAILED);
                }
            }
            case UNBOUNDED -> {
                net.jqwik.api.statistics.Statistics.collect("unbounded");
                assertThat(s.status()).as("seed %d", seed).isEqualTo(Lp.Status.UNBOUNDED);
                assertThat(s.bound()).isEqualTo(Double.NEGATIVE_INFINITY);
            }
            default -> throw new AssertionError("GLOP ended " + ref.status() + " on seed " + seed);
        }
    }

    /** Whether the rows and bounds bound every variable ({@link Lp#impliedBounds()} finite). */
    static boolean everyVariableBounded(Lp lp) {
        double[][] b = lp.impliedBounds();
        for (int j = 0; j < lp.variables(); j++) {
            if (Double.isInfinite(b[0][j]) || Double.isInfinite(b[1][j])) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 400)
    void theBoundIsTightWhenEveryVariableIsBounded(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
        Lp lp = random(seed);
        for (int j = 0; j < lp.variables(); j++) {
            double lo = Double.isFinite(lp.lower(j)) ? lp.lower(j) : -20;
            double hi = Double.isFinite(lp.upper(j)) ? lp.upper(j) : 20;
            lp.bounds(j, lo, Math.max(lo, hi));
        }
        Reference ref = glop(lp);
        Lp.Solution s = lp.solve();
        if (ref.status() == SolveStatus.OPTIMAL) {
            assertThat(s.status()).isEqualTo(Lp.Status.OPTIMAL);
            double tol = 1e-7 * Math.max(1, Math.abs(ref.objective()));
            assertThat(s.bound()).as("seed %d", seed).isBetween(ref.objective() - tol, ref.objective() + tol);
        } else {
            assertThat(glop(lp, true).status()).isEqualTo(SolveStatus.INFEASIBLE); // bounded: not unbounded
            assertThat(s.status()).as("seed %d", seed).isEqualTo(Lp.Status.INFEASIBLE);
        }
    }
}
