package org.aitco.core.risk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One bar of the tornado: the NPV difference of the {@link Decision} with one input at its low and at its high
 * value, every other input as in the scenario.
 *
 * @param input            the input's path
 * @param base             its value in the scenario (1 for a demand scale)
 * @param low              its low value (lower bound, or 5 % quantile when unbounded)
 * @param high             its high value (upper bound, or 95 % quantile when unbounded)
 * @param differenceAtLow  {@code NPV(first) - NPV(second)} with the input at {@code low}
 * @param differenceAtHigh the same at {@code high}
 */
public record TornadoBar(String input, double base, double low, double high, double differenceAtLow,
                         double differenceAtHigh) {

    public TornadoBar {
        Objects.requireNonNull(input, "input");
    }

    /** The width of the bar: how far the difference moves between the input's low and high. */
    @JsonProperty("swing")
    public double swing() {
        return Math.abs(differenceAtHigh - differenceAtLow);
    }
}
