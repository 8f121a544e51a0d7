package org.aitco.core.risk;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The priced options of one scenario, as an {@link Evaluator} gives them: the NPV of each, the break-even month
 * between two, and which options are variants of one decision.
 */
public interface Evaluation {

    /** The net present cost of every option that can serve the load, by option name, in a stable order. */
    Map<String, Double> npvByOption();

    /**
     * The month (counted from 1) in which the cumulative cost of options {@code a} and {@code b} cross: the one
     * dearer at first stops being dearer; empty when they do not cross within the horizon.
     */
    OptionalDouble breakEvenMonth(String a, String b);

    /**
     * The family of an option, for example {@code cloud}, {@code on-prem} or {@code hybrid}: the decision the
     * risk analysis explains is between the cheapest option and the cheapest of another family. By default every
     * option is its own family.
     */
    default String family(String option) {
        return option;
    }

    /** An evaluation from its parts, for evaluators written as lambdas. */
    static Evaluation of(Map<String, Double> npvByOption, BiFunction<String, String, OptionalDouble> breakEvenMonth,
                         UnaryOperator<String> family) {
        Objects.requireNonNull(npvByOption, "npvByOption");
        Objects.requireNonNull(breakEvenMonth, "breakEvenMonth");
        Objects.requireNonNull(family, "family");
        Map<String, Double> npvs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(npvByOption));
        return new Evaluation() {
            @Override
            public Map<String, Double> npvByOption() {
                return npvs;
            }

            @Override
            public OptionalDouble breakEvenMonth(String a, String b) {
                return breakEvenMonth.apply(a, b);
            }

            @Override
            public String family(String option) {
                return family.apply(option);
            }
        };
    }
}
