package org.aitco.core.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aitco.core.model.Scenario;
import org.aitco.core.tco.CostLine;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.aitco.core.tco.WorkloadTco;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The entry point of the risk analysis: Monte Carlo over the uncertain inputs of a scenario, then sensitivity
 * (tornado and flip points) of the decision between its two leading options.
 *
 * <pre>{@code
 * Scenario s = ScenarioFiles.read(Path.of("examples/steady-chatbot.json"));
 * Uncertainties u = UncertaintyFiles.read(Path.of("examples/risk/steady-chatbot.risk.json"));
 * RiskReport r = Risk.analyze(s, u, new RiskOptions(10_000, 42, 2));
 * System.out.println(r.toText());
 * }</pre>
 *
 * <p>The method is in {@code docs/risk.md}. In short: the decision is between the cheapest option of the scenario
 * as given and the cheapest option of another {@linkplain Evaluation#family family}; the tornado and the flip
 * points move one input at a time with every other at its scenario value.
 */
public final class Risk {
    /** Bins of the NPV and difference histograms. */
    static final int BINS = 40;
    /** Points of the grid on which a flip is bracketed before Brent's method refines it. */
    static final int FLIP_GRID = 8;

    private Risk() {
    }

    /**
     * Analyses {@code scenario} under {@code uncertainties} with the library's TCO calculator: every option it
     * prices, the optimal hybrid re-sized in every draw. With several workloads an option serves all of them the
     * same way (see {@code docs/risk.md}). Draws are priced on the calculator's fast path ({@code FastTco},
     * package-private in {@code org.aitco.core.tco}: each workload's demand sorted once for all draws), which gives
     * the same numbers as {@link org.aitco.core.tco.Tco#analyze}.
     *
     * @throws IllegalArgumentException as {@link #analyze(Scenario, Uncertainties, RiskOptions, Evaluator)}
     */
    public static RiskReport analyze(Scenario scenario, Uncertainties uncertainties, RiskOptions options) {
        return analyze(scenario, uncertainties, options, new FastTcoEvaluator(scenario));
    }

    /**
     * Analyses {@code scenario} under {@code uncertainties} with the options priced by {@code evaluator}.
     *
     * @throws IllegalArgumentException naming the input when a path does not exist in the scenario, names a field
     *                                  that cannot be uncertain, or a value of its distribution is not valid there;
     *                                  or when fewer than two options can serve the scenario as given
     */
    public static RiskReport analyze(Scenario scenario, Uncertainties uncertainties, RiskOptions options,
                                     Evaluator evaluator) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(uncertainties, "uncertainties");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(evaluator, "evaluator");
        Draws.Model model = bind(scenario, uncertainties, evaluator);

        Contenders contenders = Contenders.of(scenario, evaluator.evaluate(scenario));
        Draws draws = Draws.run(model, contenders.names, contenders.name(contenders.first),
                contenders.name(contenders.second), options);
        contenders.merge(draws.npv);
        int n = options.draws();

        // cheapest option (its row) and its NPV in each draw
        double[] best = new double[n];
        int[] cheapestRow = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = Double.NaN;
            cheapestRow[i] = -1;
            for (int o = 0; o < contenders.size(); o++) {
                double v = draws.npv[o][i];
                if (!Double.isNaN(v) && (cheapestRow[i] < 0 || v < best[i])) {
                    best[i] = v;
                    cheapestRow[i] = contenders.row(o);
                }
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : draws.npv) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        List<OptionRisk> optionRisks = new ArrayList<>();
        for (int r = 0; r < contenders.rows(); r++) {
            int o = contenders.representative(r);
            double[] values = finite(draws.npv[o]);
            if (values.length == 0) {
                continue;
            }
            double[] regret = new double[values.length];
            int wins = 0;
            for (int i = 0, j = 0; i < n; i++) {
                if (!Double.isNaN(draws.npv[o][i])) {
                    regret[j++] = draws.npv[o][i] - best[i];
                }
                if (cheapestRow[i] == r) {
                    wins++;
                }
            }
            Arrays.sort(regret);
            optionRisks.add(new OptionRisk(contenders.shown(o), contenders.family(r), contenders.baseNpv[o],
                    (double) values.length / n, Summary.of(values), (double) wins / n, Summary.mean(regret),
                    Summary.quantile(regret, 0.95), Histogram.of(values, lo, hi, BINS), contenders.members(r)));
        }

        int a = contenders.first;
        int b = contenders.second;
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = draws.npv[a][i] - draws.npv[b][i];
        }
        double[] d = finite(diff);
        if (d.length == 0) {
            throw new IllegalArgumentException(("options %s and %s never both serve the load in the draws: no decision "
                    + "to analyse").formatted(contenders.name(a), contenders.name(b)));
        }
        int firstCheaper = 0;
        for (double v : d) {
            if (v < 0) {
                firstCheaper++;
            }
        }
        double[] sortedD = d.clone();
        Arrays.sort(sortedD);
        Decision decision = new Decision(contenders.shown(a), contenders.shown(b),
                contenders.baseNpv[a] - contenders.baseNpv[b], Summary.ofSorted(sortedD),
                (double) firstCheaper / d.length, Histogram.of(d, sortedD[0], sortedD[d.length - 1], BINS));

        double[] months = finite(draws.breakEven);
        Optional<Summary> monthSummary = months.length == 0 ? Optional.empty() : Optional.of(Summary.of(months));
        double maxMonth = months.length == 0 ? 1 : Math.ceil(Arrays.stream(months).max().orElse(1));
        double minMonth = months.length == 0 ? 0 : Math.floor(Arrays.stream(months).min().orElse(0));
        if (minMonth == maxMonth) {
            maxMonth = minMonth + 1;
        }
        BreakEvenRisk breakEven = new BreakEvenRisk(contenders.shown(a), contenders.shown(b),
                (double) months.length / n, monthSummary,
                Histogram.of(months, minMonth, maxMonth, (int) Math.min(120, maxMonth - minMonth)));

        TornadoBar[] bars = new TornadoBar[model.size()];
        FlipPoint[] flipPoints = new FlipPoint[model.size()];
        java.util.concurrent.atomic.AtomicLong inputsDone = new java.util.concurrent.atomic.AtomicLong();
        options.progress().update("tornado and flip points", 0, model.size());
        Draws.parallel(options.threads(), model.size(), k -> {
            Distribution dist = uncertainties.inputs().get(k).distribution();
            double[] ends = new double[2];
            flipPoints[k] = flip(model, k, dist.low(), dist.high(), contenders, ends);
            bars[k] = new TornadoBar(model.path(k).path(), model.path(k).base(), dist.low(), dist.high(), ends[0],
                    ends[1]);
            options.progress().update("tornado and flip points", inputsDone.incrementAndGet(), model.size());
        });
        List<TornadoBar> tornado = new ArrayList<>(Arrays.asList(bars));
        List<FlipPoint> flips = new ArrayList<>(Arrays.asList(flipPoints));
        tornado.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        List<String> order = tornado.stream().map(TornadoBar::input).toList();
        flips.sort(Comparator.comparingInt(f -> order.indexOf(f.input())));

        return new RiskReport(scenario.name(), scenario.financials().reportingCurrency().getCurrencyCode(), n,
                options.seed(), uncertainties.inputs(), optionRisks, decision, breakEven, tornado, flips);
    }

    /**
     * The options of one analysis, in one form: option {@code o} is index {@code o} everywhere (the evaluator's
     * order, the rows of {@link Draws#npv}), with its name, family, NPV as given and twin group; the decision's two
     * options; and, once the draws are known ({@link #merge}), the report's rows, in which twins that also cost the
     * same in every draw are one, and the name each option is shown by ("a = b" for merged ones). Every result of
     * the report is built from it, by index.
     */
    static final class Contenders {
        final List<String> names;
        final double[] baseNpv;
        private final String[] families;
        /** The twin group of each option (same cash flows as given, {@link #sameCashFlows}), -1 for none. */
        private final int[] twin;
        /** The cheapest option as given. */
        final int first;
        /** The cheapest option of another family that is not a twin of {@link #first}. */
        final int second;
        private int[] rowOf;
        private final List<List<Integer>> rows = new ArrayList<>();

        private Contenders(List<String> names, double[] baseNpv, String[] families, int[] twin, int first,
                           int second) {
            this.names = names;
            this.baseNpv = baseNpv;
            this.families = families;
            this.twin = twin;
            this.first = first;
            this.second = second;
        }

        /**
         * The options of {@code base}, the evaluation of {@code scenario} as given, and the decision between them.
         *
         * @throws IllegalArgumentException when fewer than two options serve the scenario, or none differs from the
         *                                  cheapest
         */
        static Contenders of(Scenario scenario, Evaluation base) {
            Map<String, Double> npv = base.npvByOption();
            if (npv.size() < 2) {
                throw new IllegalArgumentException(("scenario %s has %d option(s) %s that can serve it; a decision "
                        + "needs at least two").formatted(scenario.name(), npv.size(), npv.keySet()));
            }
            List<String> names = List.copyOf(npv.keySet());
            int size = names.size();
            double[] values = new double[size];
            String[] families = new String[size];
            int[] twin = new int[size];
            Map<String, Integer> twins = sameCashFlows(scenario, base, names);
            for (int o = 0; o < size; o++) {
                values[o] = npv.get(names.get(o));
                families[o] = base.family(names.get(o));
                twin[o] = twins.getOrDefault(names.get(o), -1);
            }
            // by NPV as given, ties in the evaluator's order
            List<Integer> ranked = new ArrayList<>();
            for (int o = 0; o < size; o++) {
                ranked.add(o);
            }
            ranked.sort(Comparator.comparingDouble(o -> values[o]));
            int first = ranked.get(0);
            // the decision is between options that differ: never an option and its twin (the same cash flows)
            java.util.function.IntPredicate twinOfFirst = o -> o == first || twin[o] >= 0 && twin[o] == twin[first];
            java.util.Set<String> firstFamilies = new java.util.HashSet<>();
            for (int o = 0; o < size; o++) {
                if (twinOfFirst.test(o)) {
                    firstFamilies.add(families[o]);
                }
            }
            int second = ranked.stream().mapToInt(Integer::intValue).filter(twinOfFirst.negate())
                    .filter(o -> !firstFamilies.contains(families[o])).findFirst()
                    .orElseGet(() -> ranked.stream().mapToInt(Integer::intValue).filter(twinOfFirst.negate())
                            .findFirst().orElseThrow(() -> new IllegalArgumentException(("scenario %s has no two "
                                    + "options that differ: %s have the same cash flows; a decision needs two that "
                                    + "differ").formatted(scenario.name(), names))));
            return new Contenders(names, values, families, twin, first, second);
        }

        int size() {
            return names.size();
        }

        String name(int o) {
            return names.get(o);
        }

        /**
         * Makes the rows: twins as given that have the same NPV in every draw ({@code npv[o]}) are one row, in the
         * order of their first member.
         */
        void merge(double[][] npv) {
            rowOf = new int[size()];
            rows.clear();
            for (int o = 0; o < size(); o++) {
                rowOf[o] = -1;
                for (int r = 0; r < rows.size() && rowOf[o] < 0; r++) {
                    int rep = rows.get(r).get(0);
                    if (twin[o] >= 0 && twin[o] == twin[rep] && Arrays.equals(npv[o], npv[rep])) {
                        rowOf[o] = r;
                        rows.get(r).add(o);
                    }
                }
                if (rowOf[o] < 0) {
                    rowOf[o] = rows.size();
                    rows.add(new ArrayList<>(List.of(o)));
                }
            }
        }

        int rows() {
            return rows.size();
        }

        int row(int o) {
            return rowOf[o];
        }

        int representative(int row) {
            return rows.get(row).get(0);
        }

        /** The names of the options of {@code row}. */
        List<String> members(int row) {
            return rows.get(row).stream().map(names::get).toList();
        }

        /** The families of the options of {@code row}, joined by " = " where they differ. */
        String family(int row) {
            return String.join(" = ", rows.get(row).stream().map(o -> families[o]).distinct().toList());
        }

        /** The name option {@code o} is shown by in the report: its row's members joined by " = ". */
        String shown(int o) {
            return String.join(" = ", members(rowOf[o]));
        }
    }

    /**
     * Options with the same cash flows in {@code scenario} as given: option name to a group number, for the options
     * that have a twin. Two options are twins when the library's calculator ({@link Tco#analyze}) gives them, in
     * every workload, the same amount in every cost line and month, in minor units of the reporting currency, and
     * the evaluator the same NPV; for example all on-prem and the hybrid whose best split is all on-prem. Options
     * the calculator does not price (an evaluator of one's own) have no twin.
     */
    static Map<String, Integer> sameCashFlows(Scenario scenario, Evaluation base, List<String> names) {
        TcoResult result;
        try {
            result = Tco.analyze(scenario);
        } catch (IllegalArgumentException e) {
            return Map.of(); // the evaluator prices what the calculator cannot: no twins known
        }
        int digits = result.currency().getDefaultFractionDigits();
        double scale = Math.pow(10, Math.max(0, digits));
        Map<List<Long>, List<String>> byFlows = new java.util.LinkedHashMap<>();
        for (String name : names) {
            List<Long> flows = new ArrayList<>();
            for (WorkloadTco w : result.workloads()) {
                Optional<OptionResult> o = w.options().stream().filter(x -> x.name().equals(name)).findFirst();
                if (o.isEmpty()) {
                    flows = null;
                    break;
                }
                for (CostLine line : o.get().lines()) {
                    for (double v : line.monthly()) {
                        flows.add(Math.round(v * scale));
                    }
                }
            }
            if (flows != null) {
                byFlows.computeIfAbsent(flows, k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, Integer> group = new java.util.HashMap<>();
        int g = 0;
        for (List<String> same : byFlows.values()) {
            for (String a : same) {
                if (group.containsKey(a)) {
                    continue;
                }
                for (String b : same) {
                    if (!a.equals(b) && !group.containsKey(b)
                            && base.npvByOption().get(a).equals(base.npvByOption().get(b))) {
                        group.put(a, g);
                        group.put(b, g);
                    }
                }
                g++;
            }
        }
        return group;
    }

    /** Binds every input to the scenario and checks the extreme values of its distribution there. */
    static Draws.Model bind(Scenario scenario, Uncertainties uncertainties, Evaluator evaluator) {
        List<ScenarioPath.Bound> paths = new ArrayList<>();
        List<Marginal> marginals = new ArrayList<>();
        for (int k = 0; k < uncertainties.inputs().size(); k++) {
            UncertainInput in = uncertainties.inputs().get(k);
            String where = "inputs[%d]".formatted(k);
            ScenarioPath.Bound bound;
            try {
                bound = ScenarioPath.parse(in.path()).bind(scenario);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "." + e.getMessage(), e);
            }
            for (double extreme : new double[] {in.distribution().minimum(), in.distribution().maximum()}) {
                try {
                    bound.apply(scenario, extreme);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(("%s (%s ~ %s) reaches %s, which the scenario does not accept: "
                            + "%s. Maybe narrow the range or use a bounded distribution").formatted(where, in.path(),
                            in.distribution(), extreme, e.getCause() == null ? e.getMessage()
                                    : e.getCause().getMessage()), e);
                }
            }
            paths.add(bound);
            marginals.add(Marginal.of(in.distribution()));
        }
        return new Draws.Model(scenario, paths, marginals,
                Uncertainties.cholesky(uncertainties.inputs(), uncertainties.correlations()), evaluator);
    }

    private static double difference(Draws.Model model, int k, double value, String first, String second) {
        Map<String, Double> npv = model.evaluate(model.scenario(k, value)).npvByOption();
        Double a = npv.get(first);
        Double b = npv.get(second);
        return a == null || b == null ? Double.NaN : a - b;
    }

    /**
     * The flip of the decision along input {@code k}: grid bracketing, then Brent's method; {@code ends} receives
     * the difference at {@code low} and at {@code high}, the tornado bar.
     */
    static FlipPoint flip(Draws.Model model, int k, double low, double high, Contenders options, double[] ends) {
        String input = model.path(k).path();
        String first = options.name(options.first);
        String second = options.name(options.second);
        String firstShown = options.shown(options.first);
        String secondShown = options.shown(options.second);
        UnivariateFunction f = x -> difference(model, k, x, first, second);
        if (!(high > low)) {
            double v = f.value(low);
            ends[0] = v;
            ends[1] = v;
            return new FlipPoint(input, low, high, OptionalDouble.empty(), v <= 0 ? firstShown : secondShown,
                    v <= 0 ? firstShown : secondShown);
        }
        double[] xs = new double[FLIP_GRID + 1];
        double[] fs = new double[FLIP_GRID + 1];
        for (int j = 0; j <= FLIP_GRID; j++) {
            xs[j] = j == FLIP_GRID ? high : low + (high - low) * j / FLIP_GRID;
            fs[j] = f.value(xs[j]);
        }
        ends[0] = fs[0];
        ends[1] = fs[FLIP_GRID];
        double base = model.path(k).base();
        double bestDistance = Double.POSITIVE_INFINITY;
        OptionalDouble flip = OptionalDouble.empty();
        String below = fs[0] <= 0 ? firstShown : secondShown;
        String above = below;
        for (int j = 0; j < FLIP_GRID; j++) {
            if (Double.isNaN(fs[j]) || Double.isNaN(fs[j + 1]) || (fs[j] <= 0) == (fs[j + 1] <= 0)) {
                continue;
            }
            double x;
            if (fs[j] == 0 || fs[j + 1] == 0) {
                x = fs[j] == 0 ? xs[j] : xs[j + 1];
            } else {
                double tolerance = Math.max(1e-12, (high - low) * 1e-7);
                x = new BrentSolver(tolerance).solve(200, f, xs[j], xs[j + 1]);
            }
            double distance = Math.abs(x - base);
            if (distance < bestDistance) {
                bestDistance = distance;
                flip = OptionalDouble.of(x);
                below = fs[j] <= 0 ? firstShown : secondShown;
                above = fs[j] <= 0 ? secondShown : firstShown;
            }
        }
        return new FlipPoint(input, low, high, flip, below, above);
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
