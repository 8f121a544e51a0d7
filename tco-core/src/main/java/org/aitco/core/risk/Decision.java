package org.aitco.core.risk;

import java.util.Objects;

/**
 * The decision the analysis explains: the cheapest option of the scenario as given ({@code first}) against the
 * cheapest option of another family ({@code second}), through the distribution of their NPV difference
 * {@code NPV(first) - NPV(second)}: negative while {@code first} stays the better choice.
 *
 * @param first                  the option cheapest in the scenario as given
 * @param second                 the runner-up of another family
 * @param baseDifference         the difference in the scenario as given (at most 0)
 * @param difference             the difference over the draws in which both can serve the load
 * @param probabilityFirstCheaper share of those draws in which {@code first} costs less
 * @param histogram              the differences
 */
public record Decision(String first, String second, double baseDifference, Summary difference,
                       double probabilityFirstCheaper, Histogram histogram) {

    public Decision {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(histogram, "histogram");
    }
}
