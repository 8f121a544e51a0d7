package org.aitco.core.risk;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.util.Objects;

/**
 * One uncertain input: the scenario field it replaces and the distribution of its value.
 *
 * <p>The path addresses a number or price of the scenario by names, for example
 * {@code financials.discountRatePerYear}, {@code sites[fra-colo].energyPerKwh},
 * {@code serverTypes[dgx-h100].purchasePrice}, {@code cloudOfferings[aws-p5-fra].onDemandPerHour} or
 * {@code workloads[support-bot].demand.scale} (a multiplier of the whole demand profile). A price's distribution
 * is in the price's own currency. Whether the path exists is checked against a scenario by
 * {@link Risk#analyze}; its syntax is checked here.
 *
 * @param path         the field, as above
 * @param distribution its distribution
 * @param note         where the range comes from; may be empty
 */
public record UncertainInput(String path, @JsonSerialize(using = ToStringSerializer.class) Distribution distribution,
                             String note) {

    public UncertainInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(note, "note");
        ScenarioPath.parse(path);
    }

    /** An input without a note. */
    public static UncertainInput of(String path, Distribution distribution) {
        return new UncertainInput(path, distribution, "");
    }

    @Override
    public String toString() {
        return path + " ~ " + distribution;
    }
}
