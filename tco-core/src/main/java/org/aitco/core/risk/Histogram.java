package org.aitco.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts of values in consecutive bins, ready to plot: bin {@code i} spans {@code [edges[i], edges[i+1])}, the
 * last bin includes its upper edge.
 *
 * @param edges  bin edges, ascending, one more than the counts
 * @param counts values per bin
 */
public record Histogram(List<Double> edges, List<Integer> counts) {

    public Histogram {
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
        if (edges.size() != counts.size() + 1) {
            throw new IllegalArgumentException("edges (%d) must be one more than counts (%d)"
                    .formatted(edges.size(), counts.size()));
        }
        for (int i = 1; i < edges.size(); i++) {
            if (!(edges.get(i) > edges.get(i - 1))) {
                throw new IllegalArgumentException("edges[%d] (%s) must be above edges[%d] (%s)"
                        .formatted(i, edges.get(i), i - 1, edges.get(i - 1)));
            }
        }
    }

    /** The total count. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A histogram of the finite values among {@code values} over {@code bins} equal bins from {@code low} to
     * {@code high}; when {@code low == high} one bin of width 1 centred on it.
     */
    static Histogram of(double[] values, double low, double high, int bins) {
        if (!(high > low)) {
            low -= 0.5;
            high += 0.5;
            bins = 1;
        }
        int[] counts = new int[bins];
        double width = (high - low) / bins;
        for (double v : values) {
            if (Double.isFinite(v) && v >= low && v <= high) {
                counts[Math.min(bins - 1, (int) ((v - low) / width))]++;
            }
        }
        List<Double> e = new ArrayList<>(bins + 1);
        for (int i = 0; i < bins; i++) {
            e.add(low + i * width);
        }
        e.add(high);
        List<Integer> c = new ArrayList<>(bins);
        for (int n : counts) {
            c.add(n);
        }
        return new Histogram(e, c);
    }
}
