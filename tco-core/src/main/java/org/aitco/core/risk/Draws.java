package org.aitco.core.risk;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.aitco.core.model.Scenario;

/**
 * The Monte Carlo draws: for each draw index its own random stream, correlated standard normals, the inputs
 * through their marginals, the modified scenario and its evaluation, written into arrays by index.
 *
 * <p>The stream of draw {@code i} is a {@link SplittableRandom} seeded with a hash of {@code (seed, i)}, so a
 * draw's numbers depend on the seed and its index only: any number of threads, in any order, gives the same
 * arrays.
 */
final class Draws {
    final double[][] inputs;
    final double[][] npv;
    final double[] breakEven;

    private final Model model;
    private final List<String> options;
    private final String first;
    private final String second;

    private Draws(Model model, List<String> options, String first, String second, int draws) {
        this.model = model;
        this.options = options;
        this.first = first;
        this.second = second;
        this.inputs = new double[model.size()][draws];
        this.npv = new double[options.size()][draws];
        this.breakEven = new double[draws];
    }

    /** Runs {@code options.draws()} draws on {@code options.threads()} threads. */
    static Draws run(Model model, List<String> optionNames, String first, String second, RiskOptions options) {
        Draws d = new Draws(model, optionNames, first, second, options.draws());
        long seed = options.seed();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        RiskOptions.Progress progress = options.progress();
        parallel(options.threads(), options.draws(), i -> {
            d.draw(seed, i);
            progress.update("draws", done.incrementAndGet(), options.draws());
        });
        return d;
    }

    /** Runs {@code body} for every index in [0, n) on {@code threads} threads (in this thread when 1). */
    static void parallel(int threads, int n, java.util.function.IntConsumer body) {
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The random stream of draw {@code index}: independent of every other draw's. */
    static SplittableRandom stream(long seed, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index + 0x632BE59BD9B4E019L)));
    }

    /** The 64-bit finaliser of MurmurHash3: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private void draw(long seed, int i) {
        double[] values = model.sample(stream(seed, i));
        for (int k = 0; k < values.length; k++) {
            inputs[k][i] = values[k];
        }
        Evaluation e;
        try {
            e = model.evaluate(values);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("draw %d (inputs %s): %s".formatted(i, model.describe(values),
                    ex.getMessage()), ex);
        }
        var map = e.npvByOption();
        for (int o = 0; o < options.size(); o++) {
            Double v = map.get(options.get(o));
            npv[o][i] = v == null ? Double.NaN : v;
        }
        breakEven[i] = map.containsKey(first) && map.containsKey(second)
                ? e.breakEvenMonth(first, second).orElse(Double.NaN) : Double.NaN;
    }

    /** The inputs bound to a scenario, with their marginals and the copula's Cholesky factor. */
    static final class Model {
        private final Scenario base;
        private final List<ScenarioPath.Bound> paths;
        private final List<Marginal> marginals;
        private final double[][] cholesky;
        private final Evaluator evaluator;

        /** The library's calculator pricing a draw without building its scenario; null when it cannot. */
        private final java.util.function.Function<double[], Evaluation> variants;
        /**
         * Per input, bits of the lowest and highest value checked valid in the scenario so far: every value between
         * them is valid too, since each input {@code variants} accepts is checked alone, against a range.
         */
        private final AtomicLongArray checkedLow;
        private final AtomicLongArray checkedHigh;

        Model(Scenario base, List<ScenarioPath.Bound> paths, List<Marginal> marginals, double[][] cholesky,
              Evaluator evaluator) {
            this.base = base;
            this.paths = paths;
            this.marginals = marginals;
            this.cholesky = cholesky;
            this.evaluator = evaluator;
            this.variants = evaluator instanceof FastTcoEvaluator f ? f.variants(base, paths) : null;
            checkedLow = new AtomicLongArray(paths.size());
            checkedHigh = new AtomicLongArray(paths.size());
            for (int k = 0; k < paths.size(); k++) {
                checkedLow.set(k, Double.doubleToRawLongBits(paths.get(k).base()));
                checkedHigh.set(k, Double.doubleToRawLongBits(paths.get(k).base()));
            }
        }

        int size() {
            return paths.size();
        }

        /** Whether draws are priced without building their scenario ({@link #evaluate(double[])}). */
        boolean drawsWithoutScenario() {
            return variants != null;
        }

        Scenario base() {
            return base;
        }

        ScenarioPath.Bound path(int k) {
            return paths.get(k);
        }

        /** One draw of the inputs from {@code random}. */
        double[] sample(SplittableRandom random) {
            int n = paths.size();
            double[] z = new double[n];
            for (int k = 0; k < n; k++) {
                z[k] = random.nextGaussian();
            }
            if (cholesky != null) {
                double[] y = new double[n];
                for (int r = 0; r < n; r++) {
                    double s = 0;
                    for (int c = 0; c <= r; c++) {
                        s += cholesky[r][c] * z[c];
                    }
                    y[r] = s;
                }
                z = y;
            }
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = marginals.get(k).at(z[k]);
            }
            return x;
        }

        /** The scenario with every input at {@code values}. */
        Scenario scenario(double[] values) {
            return ScenarioPath.applyAll(base, paths, values);
        }

        /** The scenario with input {@code k} at {@code value}, the others as given. */
        Scenario scenario(int k, double value) {
            return paths.get(k).apply(base, value);
        }

        /**
         * The evaluation of the scenario with every input at {@code values}. With the library's calculator, priced
         * without building that scenario when every input is one it can change ({@link FastTcoEvaluator#variants});
         * each value is then first checked valid as building the scenario would check it: the fields it can change
         * are each checked alone against a range (a fraction, a non-negative price below a plausible bound), so a
         * value between two valid ones is valid, and only a value outside the range already checked is checked by
         * the model ({@link ScenarioPath.Bound#apply}, which throws as building the scenario does).
         */
        Evaluation evaluate(double[] values) {
            if (variants != null) {
                for (int k = 0; k < values.length; k++) {
                    check(k, values[k]);
                }
                Evaluation e = variants.apply(values);
                if (e != null) {
                    return e;
                }
            }
            return evaluator.evaluate(scenario(values));
        }

        private void check(int k, double value) {
            if (value >= Double.longBitsToDouble(checkedLow.get(k))
                    && value <= Double.longBitsToDouble(checkedHigh.get(k))) {
                return;
            }
            paths.get(k).apply(base, value);
            long bits = Double.doubleToRawLongBits(value);
            checkedLow.accumulateAndGet(k, bits, (a, b) -> Double.longBitsToDouble(b) < Double.longBitsToDouble(a)
                    ? b : a);
            checkedHigh.accumulateAndGet(k, bits, (a, b) -> Double.longBitsToDouble(b) > Double.longBitsToDouble(a)
                    ? b : a);
        }

        Evaluation evaluate(Scenario s) {
            return evaluator.evaluate(s);
        }

        String describe(double[] values) {
            StringBuilder b = new StringBuilder("{");
            for (int k = 0; k < values.length; k++) {
                b.append(k == 0 ? "" : ", ").append(paths.get(k).path()).append('=').append(values[k]);
            }
            return b.append('}').toString();
        }
    }
}
