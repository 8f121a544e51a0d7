package org.aitco.placement;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the placement optimiser searches: its time limit, the relative gap at which it may stop, whether it must
 * be deterministic, how many time slices a year is cut into, which workloads may not be split, and an optional
 * capex budget.
 *
 * <p>Slices: 168 (the default) gives one slice per hour of a typical week, which keeps the correlated peaks of
 * different workloads; fewer slices group the hours of the week by their demand (a load-duration curve) and
 * give each group its mean demand, which is faster but optimistic about peaks.
 *
 * @param timeLimit           wall-clock budget of the whole solve; the optimiser returns its best plan by then
 * @param relativeGap         gap between the plan's cost and the proven lower bound of the full model at which
 *                            the plan counts as optimal and the search stops, as a fraction (1e-6 by default)
 * @param deterministic       whether the same scenario must give the same plan: the first stage is then solved as
 *                            its LP relaxation and rounded (ojAlgo's branch and bound answered differently on
 *                            consecutive solves in one JVM); otherwise as a mixed-integer model
 * @param slicesPerYear       1..168 time slices per year of the horizon
 * @param noSplit             names of workloads that must run on one platform only
 * @param capexBudget         the most that may be spent on first server purchases, in the reporting currency
 * @param progress            told what the optimiser is doing, for a progress display ({@link Progress#NONE}: no one)
 */
public record PlacementOptions(Duration timeLimit, double relativeGap, boolean deterministic, int slicesPerYear,
                               Set<String> noSplit, OptionalDouble capexBudget, Progress progress) {

    /**
     * Receives what the optimiser is doing, at the start of each stage and when the best plan improves; called from
     * the solving thread, so it must return quickly.
     */
    @FunctionalInterface
    public interface Progress {
        /** Nobody listens. */
        Progress NONE = (stage, bestCost, lowerBound) -> {
        };

        /**
         * @param stage      what runs now, for a person to read ("first stage", "local search", "branch and bound")
         * @param bestCost   the discounted cost of the best plan so far, NaN before there is one
         * @param lowerBound what no plan can beat as far as proven so far, NaN when nothing is proven
         */
        void update(String stage, double bestCost, double lowerBound);
    }

    /** Options without a progress listener. */
    public PlacementOptions(Duration timeLimit, double relativeGap, boolean deterministic, int slicesPerYear,
                            Set<String> noSplit, OptionalDouble capexBudget) {
        this(timeLimit, relativeGap, deterministic, slicesPerYear, noSplit, capexBudget, Progress.NONE);
    }

    /** Hours in the typical week the default slices are built from. */
    public static final int HOURS_PER_WEEK = 168;

    public PlacementOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(noSplit, "noSplit");
        Objects.requireNonNull(capexBudget, "capexBudget");
        Objects.requireNonNull(progress, "progress");
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("timeLimit (%s) must be positive and at most 24 hours"
                    .formatted(timeLimit));
        }
        if (!(relativeGap >= 0 && relativeGap <= 0.5)) {
            throw new IllegalArgumentException(("relativeGap (%s) must be a fraction between 0 and 0.5. "
                    + "Maybe a percentage was given: write 0.01 for 1%%").formatted(relativeGap));
        }
        if (slicesPerYear < 1 || slicesPerYear > HOURS_PER_WEEK) {
            throw new IllegalArgumentException("slicesPerYear (%d) must be between 1 and %d (the hours of a week)"
                    .formatted(slicesPerYear, HOURS_PER_WEEK));
        }
        capexBudget.ifPresent(b -> {
            if (!(b >= 0) || Double.isInfinite(b)) {
                throw new IllegalArgumentException("capexBudget (%s) must be a finite amount >= 0".formatted(b));
            }
        });
        for (String w : noSplit) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException("noSplit (%s) must hold workload names, not blanks"
                        .formatted(noSplit));
            }
        }
        noSplit = java.util.Collections.unmodifiableSet(new TreeSet<>(noSplit));
    }

    /** Defaults: 60 s, gap 1e-6, deterministic, 168 slices a year, every workload splittable, no budget. */
    public static PlacementOptions defaults() {
        return new PlacementOptions(Duration.ofSeconds(60), 1e-6, true, HOURS_PER_WEEK, Set.of(),
                OptionalDouble.empty());
    }

    public PlacementOptions withTimeLimit(Duration limit) {
        return new PlacementOptions(limit, relativeGap, deterministic, slicesPerYear, noSplit, capexBudget, progress);
    }

    public PlacementOptions withRelativeGap(double gap) {
        return new PlacementOptions(timeLimit, gap, deterministic, slicesPerYear, noSplit, capexBudget, progress);
    }

    public PlacementOptions withSlicesPerYear(int slices) {
        return new PlacementOptions(timeLimit, relativeGap, deterministic, slices, noSplit, capexBudget, progress);
    }

    public PlacementOptions withNoSplit(Set<String> workloads) {
        return new PlacementOptions(timeLimit, relativeGap, deterministic, slicesPerYear, workloads, capexBudget, progress);
    }

    public PlacementOptions withCapexBudget(double budget) {
        return new PlacementOptions(timeLimit, relativeGap, deterministic, slicesPerYear, noSplit,
                OptionalDouble.of(budget), progress);
    }

    /** The same options, telling {@code listener} what the optimiser is doing. */
    public PlacementOptions withProgress(Progress listener) {
        return new PlacementOptions(timeLimit, relativeGap, deterministic, slicesPerYear, noSplit, capexBudget,
                listener);
    }
}
