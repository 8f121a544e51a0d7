package org.aitco.core.model;

import java.util.Objects;
import org.aitco.core.money.Price;

/**
 * What a site charges for space: per kW of server peak (IT) power per month, the usual colocation contract,
 * or per rack unit per month.
 *
 * @param price per month, per kW or per rack unit as {@code basis} says
 * @param basis what the price is per
 */
public record SpaceCost(Price price, Basis basis) {

    /** What a space price is per month. */
    public enum Basis {
        /** Per kW of the servers' peak IT power, per month. */
        PER_KW_MONTH,
        /** Per rack unit occupied, per month. */
        PER_RACK_UNIT_MONTH
    }

    public SpaceCost {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(basis, "basis");
    }

    public static SpaceCost perKwMonth(Price price) {
        return new SpaceCost(price, Basis.PER_KW_MONTH);
    }

    public static SpaceCost perRackUnitMonth(Price price) {
        return new SpaceCost(price, Basis.PER_RACK_UNIT_MONTH);
    }
}
