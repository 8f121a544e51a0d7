package org.aitco.placement;

import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.LinearExpr;
import com.google.ortools.modelbuilder.LinearExprBuilder;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import com.google.ortools.modelbuilder.Variable;
import java.time.Duration;
import org.aitco.core.model.Scenario;

/**
 * The test oracle: SCIP (bundled in Google OR-Tools) solves the same {@link FullModel} that the optimiser's answer
 * is judged against, independently of ojAlgo. Test scope only.
 *
 * <p>SCIP runs with gap 0 and a feasibility tolerance of 1e-9 (default 1e-6), so that a load a hair above a whole
 * number of instances is not counted as fitting; {@code OPTIMAL} is SCIP's proof of optimality within that.
 */
final class Oracle {
    /** SCIP's settings: no gap, tight feasibility, one thread. */
    static final String SCIP_SETTINGS = """
            limits/gap = 0
            limits/absgap = 1e-7
            numerics/feastol = 1e-9
            """;

    static {
        Loader.loadNativeLibraries();
    }

    private Oracle() {
    }

    /** Loads OR-Tools' native libraries (done once, when this class is first used). */
    static void load() {
        // the static initialiser does the work
    }

    /** SCIP's answer: status, objective, its proven bound, the values (indexed as the model's variables). */
    record Result(SolveStatus status, double cost, double bound, double[] values, double seconds) {
        boolean optimal() {
            return status == SolveStatus.OPTIMAL;
        }

        @Override
        public String toString() {
            return "%s %.6f (bound %.6f, %.2f s)".formatted(status, cost, bound, seconds);
        }
    }

    /** The proven optimum of the full model of {@code scenario} under {@code options}. */
    static Result optimum(Scenario scenario, PlacementOptions options) {
        return solve(FullModel.of(new Problem(scenario, options)));
    }

    /** Solves the full model with SCIP within 120 s. */
    static Result solve(FullModel model) {
        ModelBuilder mb = new ModelBuilder();
        Variable[] x = new Variable[model.variables().size()];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int i = 0; i < x.length; i++) {
            FullModel.Var v = model.variables().get(i);
            x[i] = mb.newVar(v.lower(), v.upper(), v.integer(), v.name());
            objective.addTerm(x[i], v.cost());
        }
        for (FullModel.Row r : model.rows()) {
            LinearExprBuilder e = LinearExpr.newBuilder();
            for (int i = 0; i < r.variables().length; i++) {
                e.addTerm(x[r.variables()[i]], r.coefficients()[i]);
            }
            mb.addLinearConstraint(e, r.lower(), r.upper());
        }
        mb.minimize(objective);
        return solve(mb, x);
    }

    /** Solves a model read elsewhere (an LP file); values follow {@code x}. */
    static Result solve(ModelBuilder mb, Variable[] x) {
        ModelSolver solver = new ModelSolver("SCIP");
        if (!solver.solverIsSupported()) {
            throw new IllegalStateException("SCIP is not available in this OR-Tools build");
        }
        solver.setSolverSpecificParameters(SCIP_SETTINGS);
        solver.setTimeLimit(Duration.ofSeconds(120));
        SolveStatus status = solver.solve(mb);
        double[] values = new double[x.length];
        boolean has = solver.hasSolution();
        for (int i = 0; i < x.length && has; i++) {
            values[i] = solver.getValue(x[i]);
        }
        return new Result(status, has ? solver.getObjectiveValue() : Double.NaN,
                has ? solver.getBestObjectiveBound() : Double.NaN, values, solver.getWallTime());
    }
}
