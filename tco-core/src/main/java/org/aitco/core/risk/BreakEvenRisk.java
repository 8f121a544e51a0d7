package org.aitco.core.risk;

import java.util.Objects;
import java.util.Optional;

/**
 * The distribution of the break-even month between the two options of the {@link Decision}: the month in which
 * the one dearer at first (typically the one that buys servers) stops being dearer.
 *
 * @param first              the decision's first option
 * @param second             its second option
 * @param shareWithinHorizon share of the draws in which they break even within the horizon
 * @param month              the break-even month over those draws; empty when there are none
 * @param histogram          the break-even months, in bins of whole months
 */
public record BreakEvenRisk(String first, String second, double shareWithinHorizon, Optional<Summary> month,
                            Histogram histogram) {

    public BreakEvenRisk {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(histogram, "histogram");
    }
}
