package org.aitco.core.risk;

import java.util.Objects;

/**
 * A rank-type correlation between two uncertain inputs, imposed with a Gaussian copula: {@code rho} is the
 * correlation of the standard normal draws behind the two inputs (for two normal inputs it is their Pearson
 * correlation; for other marginals the Pearson correlation of the values is close to it but smaller in size).
 *
 * @param first  the path of one input
 * @param second the path of the other, a different one
 * @param rho    between -1 and 1
 */
public record Correlation(String first, String second, double rho) {

    public Correlation {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("correlation of %s with itself: name two different inputs"
                    .formatted(first));
        }
        if (!(rho >= -1 && rho <= 1)) {
            throw new IllegalArgumentException("rho (%s) of %s and %s must be between -1 and 1"
                    .formatted(rho, first, second));
        }
    }

    @Override
    public String toString() {
        return "rho(%s, %s) = %s".formatted(first, second, rho);
    }
}
