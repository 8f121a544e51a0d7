package org.aitco.core.risk;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where the {@link Decision} flips as one input moves between its low and high value, every other input as in
 * the scenario: the value at which {@code NPV(first) - NPV(second)} changes sign, nearest the scenario's value.
 *
 * @param input        the input's path
 * @param low          the low end searched
 * @param high         the high end searched
 * @param value        the flip value; empty when the decision does not flip within [low, high]
 * @param cheaperBelow the option that costs less just below the flip value (or across the range without a flip)
 * @param cheaperAbove the option that costs less just above it
 */
public record FlipPoint(String input, double low, double high, OptionalDouble value, String cheaperBelow,
                        String cheaperAbove) {

    public FlipPoint {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(cheaperBelow, "cheaperBelow");
        Objects.requireNonNull(cheaperAbove, "cheaperAbove");
    }

    @Override
    public String toString() {
        if (value.isEmpty()) {
            return "%s: no flip within [%.6g, %.6g]; %s stays cheaper".formatted(input, low, high, cheaperBelow);
        }
        return "%s: %s is cheaper below %.6g, %s above".formatted(input, cheaperBelow, value.getAsDouble(),
                cheaperAbove);
    }
}
