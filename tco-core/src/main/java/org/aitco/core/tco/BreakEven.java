package org.aitco.core.tco;

import java.util.Objects;

/**
 * The first instant at which the cumulative (undiscounted) cost of two options cross: the option that was
 * dearer until then ({@code dearerBefore}, typically the one that buys servers) becomes no dearer than the other.
 *
 * <p>Within a month, running costs accrue evenly over its hours, purchases and commitments fall at its first
 * hour and server sales at its end (see {@link CostCategory.Timing}); the crossing hour is interpolated
 * linearly in between.
 *
 * @param dearerBefore the option dearer before the crossing
 * @param cheaperBefore the option cheaper before the crossing
 * @param hour         hours from the start of the horizon to the crossing
 * @param month        the month in which it falls, counted from 1: month k spans hours
 *                     {@code [(k-1) * hoursPerMonth, k * hoursPerMonth]}, a crossing at a month's last
 *                     instant (a sale) belongs to that month
 */
public record BreakEven(String dearerBefore, String cheaperBefore, double hour, int month) {
    public BreakEven {
        Objects.requireNonNull(dearerBefore, "dearerBefore");
        Objects.requireNonNull(cheaperBefore, "cheaperBefore");
        if (!(hour >= 0) || month < 1) {
            throw new IllegalArgumentException("hour (%s) must be >= 0 and month (%d) >= 1".formatted(hour, month));
        }
    }
}
