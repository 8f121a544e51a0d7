package org.aitco.core.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The uncertain inputs of a scenario and the correlations between them.
 *
 * <p>Construction checks that every path is given once and every correlation names two inputs of the list, at
 * most once per pair, and that the correlations can hold together: the matrix of them (1 on the diagonal, 0 for
 * pairs not given) must be positive definite, which is what the Cholesky factor of the Gaussian copula needs.
 *
 * <pre>{@code
 * var u = Uncertainties.builder()
 *         .input("financials.discountRatePerYear", Distribution.triangular(0.06, 0.08, 0.12))
 *         .input("sites[fra-colo].energyPerKwh", Distribution.lognormal(0.19, 0.2))
 *         .correlate("financials.discountRatePerYear", "sites[fra-colo].energyPerKwh", 0.3)
 *         .build();
 * }</pre>
 *
 * @param description  what the uncertainties stand for; may be empty
 * @param inputs       the uncertain inputs, each path once
 * @param correlations correlations between pairs of them
 */
public record Uncertainties(String description, List<UncertainInput> inputs, List<Correlation> correlations) {

    public Uncertainties {
        Objects.requireNonNull(description, "description");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        correlations = List.copyOf(Objects.requireNonNull(correlations, "correlations"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Integer before = index.putIfAbsent(inputs.get(i).path(), i);
            if (before != null) {
                throw new IllegalArgumentException("inputs[%d].path (%s) is given before in inputs[%d]; give each field one distribution"
                        .formatted(i, inputs.get(i).path(), before));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k < correlations.size(); k++) {
            Correlation c = correlations.get(k);
            for (String p : List.of(c.first(), c.second())) {
                if (!index.containsKey(p)) {
                    throw new IllegalArgumentException("correlations[%d] (%s) names %s, which is not among the inputs %s"
                            .formatted(k, c, p, index.keySet()));
                }
            }
            String a = c.first().compareTo(c.second()) < 0 ? c.first() : c.second();
            String b = a.equals(c.first()) ? c.second() : c.first();
            if (!pairs.add(a + "\u0000" + b)) {
                throw new IllegalArgumentException("correlations[%d] (%s) is given before for the same pair"
                        .formatted(k, c));
            }
        }
        cholesky(inputs, correlations);
    }

    /** Starts an empty set of uncertainties. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The lower Cholesky factor of the correlation matrix, in input order; null when there are no correlations.
     *
     * @throws IllegalArgumentException when the matrix is not positive definite
     */
    static double[][] cholesky(List<UncertainInput> inputs, List<Correlation> correlations) {
        if (correlations.isEmpty()) {
            return null;
        }
        int n = inputs.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(inputs.get(i).path(), i);
        }
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.setEntry(i, i, 1);
        }
        for (Correlation c : correlations) {
            int a = index.get(c.first());
            int b = index.get(c.second());
            m.setEntry(a, b, c.rho());
            m.setEntry(b, a, c.rho());
        }
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-10).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException(("correlations %s cannot hold together: their matrix is not positive "
                    + "definite (for example, a and b strongly correlated with c but not with each other). Maybe "
                    + "lower some of them, or drop a correlation of +-1 (use one input instead)")
                    .formatted(correlations), e);
        }
    }

    @Override
    public String toString() {
        return "Uncertainties[%d inputs, %d correlations]".formatted(inputs.size(), correlations.size());
    }

    /** Collects inputs and correlations; {@link #build()} checks them together. */
    public static final class Builder {
        private String description = "";
        private final List<UncertainInput> inputs = new ArrayList<>();
        private final List<Correlation> correlations = new ArrayList<>();

        private Builder() {
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder input(String path, Distribution distribution) {
            inputs.add(UncertainInput.of(path, distribution));
            return this;
        }

        public Builder input(UncertainInput input) {
            inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        public Builder correlate(String first, String second, double rho) {
            correlations.add(new Correlation(first, second, rho));
            return this;
        }

        public Uncertainties build() {
            return new Uncertainties(description, inputs, correlations);
        }
    }
}
