package org.aitco.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The hourly demand of a workload over a representative day (24 values), week (168) or year (8,760), in
 * tokens or requests per second, repeated over the horizon and grown by {@code growthPerYear} once a year.
 *
 * <p>Hour {@code h} of the horizon (h = 0 is the first hour) has demand
 * {@code hourly[h mod length] * (1 + growthPerYear)^floor(h / hoursPerYear)} (8,760 hours a year unless the
 * scenario's month is not 730 hours): growth steps at each anniversary, so
 * a year of the horizon always holds one whole number of profile cycles when the profile is a day or a year
 * (a week-long profile repeats 52 1/7 times a year and simply continues).
 */
public final class DemandProfile {
    /** Hours in a year of the horizon. */
    public static final int HOURS_PER_YEAR = 8760;

    private static final int MAX_HOURS_REPORTED = 5;

    private final DemandUnit unit;
    private final double[] hourly;
    private final double growthPerYear;

    private DemandProfile(DemandUnit unit, double[] hourly, double growthPerYear) {
        Checks checks = new Checks();
        checks.present("unit", unit);
        if (checks.present("hourly", hourly)) {
            int n = hourly.length;
            if (n != 24 && n != 168 && n != HOURS_PER_YEAR) {
                checks.fail("hourly", n + " values",
                        "must hold 24 (a day), 168 (a week) or 8760 (a year) hourly values");
            }
            double max = 0;
            int bad = 0;
            java.util.Set<Double> reported = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                boolean invalid = !(hourly[i] >= 0) || Double.isInfinite(hourly[i]);
                if (invalid || hourly[i] > Plausible.DEMAND_PER_SECOND) {
                    // a year of bad hours would be 8,760 lines: each distinct bad value once, the first few, then
                    // a count of the hours with other bad values
                    if (reported.contains(hourly[i])) {
                        continue;
                    }
                    if (++bad <= MAX_HOURS_REPORTED) {
                        reported.add(hourly[i]);
                        if (invalid) {
                            checks.fail("hourly[" + i + "]", hourly[i], "must be a finite demand >= 0");
                        } else {
                            checks.atMost("hourly[" + i + "]", hourly[i], Plausible.DEMAND_PER_SECOND, " per second");
                        }
                    }
                } else {
                    max = Math.max(max, hourly[i]);
                }
            }
            if (bad > MAX_HOURS_REPORTED) {
                checks.fail("hourly", bad + " bad values", "%d more hours have other values that are wrong the same way"
                        .formatted(bad - MAX_HOURS_REPORTED));
            }
            if (n > 0 && max == 0 && checks.ok()) {
                checks.fail("hourly", "all zero", "must have demand in at least one hour");
            }
        }
        checks.fraction("growthPerYear", growthPerYear, -0.99, 10);
        checks.throwIfAny();
        this.unit = unit;
        this.hourly = hourly.clone();
        this.growthPerYear = growthPerYear;
    }

    /** A profile from hourly values (24, 168 or 8,760 of them). */
    public static DemandProfile of(DemandUnit unit, double[] hourly, double growthPerYear) {
        Objects.requireNonNull(hourly, "hourly");
        return new DemandProfile(unit, hourly, growthPerYear);
    }

    /** The same demand every hour. */
    public static DemandProfile constant(DemandUnit unit, double perSecond, double growthPerYear) {
        double[] day = new double[24];
        Arrays.fill(day, perSecond);
        return new DemandProfile(unit, day, growthPerYear);
    }

    public DemandUnit unit() {
        return unit;
    }

    /** A copy of the hourly values of one cycle. */
    public double[] hourly() {
        return hourly.clone();
    }

    /** Hours in one cycle of the profile: 24, 168 or 8,760. */
    public int cycleHours() {
        return hourly.length;
    }

    /** Demand in hour {@code i} of the first cycle, before growth. */
    public double hourlyAt(int i) {
        return hourly[i];
    }

    public double growthPerYear() {
        return growthPerYear;
    }

    /** Demand (per second) in hour {@code hourOfHorizon} of 8,760-hour years, growth included. */
    public double at(long hourOfHorizon) {
        return at(hourOfHorizon, HOURS_PER_YEAR);
    }

    /** Demand (per second) in hour {@code hourOfHorizon} when a year has {@code hoursPerYear} hours. */
    public double at(long hourOfHorizon, int hoursPerYear) {
        if (hourOfHorizon < 0 || hoursPerYear <= 0) {
            throw new IllegalArgumentException("hourOfHorizon (%d) must be >= 0 and hoursPerYear (%d) > 0"
                    .formatted(hourOfHorizon, hoursPerYear));
        }
        int year = (int) (hourOfHorizon / hoursPerYear);
        return hourly[(int) (hourOfHorizon % hourly.length)] * Math.pow(1 + growthPerYear, year);
    }

    /** The highest hourly demand of the first cycle, before growth. */
    public double peak() {
        return Arrays.stream(hourly).max().orElse(0);
    }

    /** The mean hourly demand of the first cycle, before growth. */
    public double mean() {
        return Arrays.stream(hourly).average().orElse(0);
    }

    /** A copy with another growth rate. */
    public DemandProfile withGrowthPerYear(double growth) {
        return new DemandProfile(unit, hourly, growth);
    }

    /** A copy with every hour multiplied by {@code factor} (>= 0). */
    public DemandProfile scaledBy(double factor) {
        double[] scaled = hourly.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new DemandProfile(unit, scaled, growthPerYear);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemandProfile p && unit == p.unit && Arrays.equals(hourly, p.hourly)
                && Double.compare(growthPerYear, p.growthPerYear) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, Arrays.hashCode(hourly), growthPerYear);
    }

    @Override
    public String toString() {
        return "DemandProfile[%d h, %s, mean %.4g, peak %.4g, growth %.1f%%/yr]"
                .formatted(hourly.length, unit, mean(), peak(), growthPerYear * 100);
    }
}
