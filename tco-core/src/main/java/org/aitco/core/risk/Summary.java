package org.aitco.core.risk;

import java.util.Arrays;

/**
 * Mean and quantiles of a sample. Quantiles interpolate linearly between order statistics (the usual definition
 * of R and NumPy): with the n values sorted, the p quantile lies at rank {@code (n - 1) p} from 0.
 *
 * @param mean the arithmetic mean
 * @param p5   5 % of the values are at or below it
 * @param p50  the median
 * @param p95  95 % of the values are at or below it
 */
public record Summary(double mean, double p5, double p50, double p95) {

    public Summary {
        if (!(p5 <= p50 && p50 <= p95)) {
            throw new IllegalArgumentException("quantiles p5 (%s) <= p50 (%s) <= p95 (%s) must be in order"
                    .formatted(p5, p50, p95));
        }
    }

    /** The summary of {@code values} (not empty, no NaN); the array is not changed. */
    static Summary of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    static Summary ofSorted(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a summary needs at least one value");
        }
        return new Summary(mean(sorted), quantile(sorted, 0.05), quantile(sorted, 0.5), quantile(sorted, 0.95));
    }

    /**
     * The mean as {@code x0 + sum(x - x0) / n}: exactly {@code x0} when all values are equal, which a plain sum
     * divided by n is not.
     */
    static double mean(double[] values) {
        double x0 = values[0];
        double sum = 0;
        for (double v : values) {
            sum += v - x0;
        }
        return x0 + sum / values.length;
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    @Override
    public String toString() {
        return "mean %.6g, P5 %.6g, P50 %.6g, P95 %.6g".formatted(mean, p5, p50, p95);
    }
}
