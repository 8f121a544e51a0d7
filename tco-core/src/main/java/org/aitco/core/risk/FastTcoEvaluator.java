package org.aitco.core.risk;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.aitco.core.model.Scenario;
import org.aitco.core.money.Money;
import org.aitco.core.internal.FastPricing;
import org.aitco.core.tco.OptionId;
import org.aitco.core.tco.OptionKind;

/**
 * The library's TCO calculator on its fast path ({@code FastTco}, reached through {@link FastPricing}) as an
 * {@link Evaluator}: the same options, NPVs
 * (rounded to money per workload, as {@code Tco} rounds them), families and break-even months as the full
 * calculator (the tests compare it with a reference evaluator on {@code Tco}), without building result records.
 *
 * <p>Made for one base scenario, whose workloads' demand it sorts once; the draws' variants of it (prices, rates,
 * trends, growth, demand scale) reuse that order. Thread-safe.
 */
final class FastTcoEvaluator implements Evaluator {
    private final FastPricing.Calculator fast;
    private final Scenario base;

    FastTcoEvaluator(Scenario base) {
        this.fast = FastPricing.of(base);
        this.base = base;
    }

    @Override
    public Evaluation evaluate(Scenario scenario) {
        return evaluation(fast.price(scenario));
    }

    /**
     * The evaluation of variants of {@code scenario} (the base this evaluator was made for) with other values at
     * {@code paths}, without building the variant scenario: the function gives what {@link #evaluate} gives for
     * {@code ScenarioPath.applyAll(scenario, paths, values)}, or null for a variant that needs the scenario. Null when
     * {@code scenario} is not the base or a path is not one the fast path can change ({@link FastPricing.Calculator#variants}).
     * The values must be valid there: they are not checked.
     */
    Function<double[], Evaluation> variants(Scenario scenario, List<ScenarioPath.Bound> paths) {
        if (scenario != base) {
            return null;
        }
        FastPricing.Variants v = fast.variants(paths.stream().map(ScenarioPath.Bound::indexed).toList());
        if (v == null) {
            return null;
        }
        return values -> {
            FastPricing.Result r = v.price(values);
            return r == null ? null : evaluation(r);
        };
    }

    private static Evaluation evaluation(FastPricing.Result r) {
        Map<String, Double> npv = new LinkedHashMap<>();
        Map<String, String> families = new HashMap<>();
        Map<String, OptionId> ids = new HashMap<>();
        int workloads = r.workloadCount();
        for (int i = 0; i < r.optionCount(0); i++) {
            OptionId id = r.id(0, i);
            String name = id.name();
            long total = 0;
            Money exact = null; // when a sum might not fit a long, in money as the full calculator sums it
            boolean everywhere = true;
            for (int w = 0; w < workloads && everywhere; w++) {
                int j = w == 0 ? i : r.indexOf(w, id);
                everywhere = j >= 0;
                if (everywhere && exact == null && r.fitsMinorUnits(w, j)
                        && Math.abs(r.npvMinorUnits(w, j)) < Long.MAX_VALUE / 8) {
                    total += r.npvMinorUnits(w, j);
                } else if (everywhere) {
                    if (exact == null) {
                        exact = new Money(BigDecimal.valueOf(total, r.roundedNpv(0, i).amount().scale()),
                                r.roundedNpv(0, i).currency());
                    }
                    exact = exact.plus(r.roundedNpv(w, j));
                }
            }
            if (everywhere) {
                npv.put(name, exact != null ? exact.amount().doubleValue() : total / r.minorUnitsPerUnit());
                families.put(name, family(id.kind()));
                ids.put(name, id);
            }
        }
        return new Evaluation() {
            @Override
            public Map<String, Double> npvByOption() {
                return npv;
            }

            @Override
            public OptionalDouble breakEvenMonth(String a, String b) {
                OptionId ia = ids.get(a);
                OptionId ib = ids.get(b);
                if (ia == null || ib == null) {
                    throw new IllegalArgumentException("option (%s) is not among the options every workload has: %s"
                            .formatted(ia == null ? a : b, npv.keySet()));
                }
                OptionalInt m = r.breakEvenMonth(ia, ib);
                return m.isPresent() ? OptionalDouble.of(m.getAsInt()) : OptionalDouble.empty();
            }

            @Override
            public String family(String option) {
                return families.getOrDefault(option, option);
            }
        };
    }

    static String family(OptionKind kind) {
        return switch (kind) {
            case CLOUD_ON_DEMAND, CLOUD_COMMITTED, CLOUD_SPOT -> "cloud";
            case ON_PREM -> "on-prem";
            case HYBRID -> "hybrid";
        };
    }
}
