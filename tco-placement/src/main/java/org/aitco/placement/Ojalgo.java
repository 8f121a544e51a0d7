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
