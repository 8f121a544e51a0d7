package org.aitco.core.tco;

import java.util.Arrays;

/**
 * The load-duration curve of a workload over the whole horizon: every hour's demand sorted ascending, each
 * remembering its month, with prefix and suffix sums of the month weights (price factor, and price factor times
 * discount factor). It prices a hybrid of N own servers plus on-demand cloud for every N exactly, without
 * walking the hours again.
 *
 * <p>With C = N * ownThroughput the capacity of the fleet and w(h) the weight of hour h's month:
 * <ul>
 *   <li>own energy needs {@code sum_h w(h) * min(d_h, C) = sum_{d_h <= C} w(h) d_h + C * sum_{d_h > C} w(h)}:
 *       one binary search, one prefix and one suffix sum;</li>
 *   <li>cloud instances {@code sum_h w(h) * ceil((d_h - C) / t)} (zero where d_h <= C) equal
 *       {@code sum_{k >= 0} sum_{d_h > C + k t} w(h)}, since {@code ceil(y) = #{k >= 0 : k < y}}: one binary
 *       search per instance level above C;</li>
 *   <li>cloud-served units {@code sum_{d_h > C} w(h) (d_h - C)} for egress: two suffix sums;</li>
 *   <li>fixed monthly egress, charged in months where the cloud serves something: the same over the months
 *       sorted by their peak hour.</li>
 * </ul>
 * Because weights are per month, growth, price escalation, refresh and discounting are all exact: nothing is
 * reduced to one annual screening number. The hour-by-hour loop ({@link Engine#fleetAndCloud}) is the
 * reference; the property test checks both agree for every N.
 */
final class LoadDurationCurve {
    private static final int NOMINAL = 0;
    private static final int NPV = 1;

    private final int hours;
    private final double[] sorted;
    /** [NOMINAL|NPV] suffix sums of energy weights: sum over sorted index >= i. */
    private final double[][] energyAbove = new double[2][];
    /** [NOMINAL|NPV] prefix sums of energy weight times demand: sum over sorted index < i. */
    private final double[][] energyDemandBelow = new double[2][];
    private final double[][] cloudAbove = new double[2][];
    private final double[][] cloudDemandAbove = new double[2][];
    private final double[] monthPeaks;
    private final double[][] cloudMonthsAbove = new double[2][];
    /** Width of a bucket of the demand index: the peak over {@link #buckets} cells. */
    private final double bucketWidth;
    private final int buckets;
    /** {@code [b]}: the first sorted index above {@code b * bucketWidth}, for b in [0, buckets]. */
    private final int[] bucketStart;

    LoadDurationCurve(Horizon hz, double[] demand) {
        hours = hz.hours;
        int hpm = hz.hoursPerMonth;
        double[] v = demand.clone();
        int[] month = new int[hours];
        double[] peaks = new double[hz.months];
        for (int m = 0; m < hz.months; m++) {
            Arrays.sort(v, m * hpm, (m + 1) * hpm);
            Arrays.fill(month, m * hpm, (m + 1) * hpm, m);
            peaks[m] = v[(m + 1) * hpm - 1];
        }
        double[] v2 = new double[hours];
        int[] month2 = new int[hours];
        for (int width = hpm; width < hours; width *= 2) {
            for (int lo = 0; lo < hours; lo += 2 * width) {
                int mid = Math.min(lo + width, hours);
                int hi = Math.min(lo + 2 * width, hours);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (j >= hi || (i < mid && v[i] <= v[j])) {
                        v2[k] = v[i];
                        month2[k] = month[i++];
                    } else {
                        v2[k] = v[j];
                        month2[k] = month[j++];
                    }
                }
            }
            double[] tv = v;
            v = v2;
            v2 = tv;
            int[] tm = month;
            month = month2;
            month2 = tm;
        }
        sorted = v;
        for (int kind = NOMINAL; kind <= NPV; kind++) {
            double[] e = new double[hours + 1];
            double[] ed = new double[hours + 1];
            double[] c = new double[hours + 1];
            double[] cd = new double[hours + 1];
            for (int i = hours - 1; i >= 0; i--) {
                int m = month[i];
                double disc = kind == NPV ? hz.discountEnd[m] : 1;
                double we = hz.energyFactor[m] * disc;
                double wc = hz.cloudFactor[m] * disc;
                e[i] = e[i + 1] + we;
                c[i] = c[i + 1] + wc;
                cd[i] = cd[i + 1] + wc * v[i];
            }
            for (int i = 0; i < hours; i++) {
                int m = month[i];
                double disc = kind == NPV ? hz.discountEnd[m] : 1;
                ed[i + 1] = ed[i] + hz.energyFactor[m] * disc * v[i];
            }
            energyAbove[kind] = e;
            energyDemandBelow[kind] = ed;
            cloudAbove[kind] = c;
            cloudDemandAbove[kind] = cd;
        }
        Integer[] order = new Integer[hz.months];
        for (int m = 0; m < hz.months; m++) {
            order[m] = m;
        }
        Arrays.sort(order, (a, b) -> Double.compare(peaks[a], peaks[b]));
        monthPeaks = new double[hz.months];
        for (int kind = NOMINAL; kind <= NPV; kind++) {
            double[] s = new double[hz.months + 1];
            for (int i = hz.months - 1; i >= 0; i--) {
                int m = order[i];
                s[i] = s[i + 1] + hz.cloudFactor[m] * (kind == NPV ? hz.discountEnd[m] : 1);
            }
            cloudMonthsAbove[kind] = s;
        }
        for (int i = 0; i < hz.months; i++) {
            monthPeaks[i] = peaks[order[i]];
        }
        buckets = Integer.highestOneBit(Math.max(1, hours / 8));
        double top = sorted[hours - 1];
        bucketWidth = top > 0 && Double.isFinite(top) ? top / buckets : 0;
        bucketStart = new int[buckets + 1];
        if (bucketWidth > 0) {
            for (int b = 0; b <= buckets; b++) {
                bucketStart[b] = above(sorted, b * bucketWidth);
            }
        }
    }

    /**
     * {@link #above}{@code (sorted, x)}, the first index of the sorted demand above {@code x}, found in the bucket
     * of x: a bucket b holds the values in {@code (b * width, (b + 1) * width]}, so the answer lies between its
     * start and the next bucket's, and only that stretch is searched.
     */
    private int aboveDemand(double x) {
        if (bucketWidth <= 0 || !(x >= 0)) {
            return above(sorted, x);
        }
        double q = x / bucketWidth;
        if (q >= buckets) {
            return above(sorted, x);
        }
        int b = (int) q;
        if (b * bucketWidth > x) {
            b--;
        } else if (b + 1 <= buckets && (b + 1) * bucketWidth <= x) {
            b++;
        }
        if (b < 0 || b >= buckets || b * bucketWidth > x || (b + 1) * bucketWidth <= x) {
            return above(sorted, x);
        }
        int lo = bucketStart[b];
        int hi = bucketStart[b + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The highest hourly demand of the horizon. */
    double peak() {
        return sorted[hours - 1];
    }

    /** First index of {@code values} holding a value above {@code x} ({@code values.length} if none). */
    static int above(double[] values, double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Nominal and NPV cost of {@code n} own servers plus on-demand {@code cloud} for the rest, as
     * {@code out[0]} (nominal) and {@code out[1]} (NPV).
     */
    void hybridCost(ServerCosts servers, double ownThroughput, int n, Engine.CloudRate cloud, double[] out) {
        double capacity = n * ownThroughput;
        int i = aboveDemand(capacity);
        double t = cloud.throughput();
        int first = i;
        // levels k = 0, 1, ...: hours whose demand exceeds capacity + (k + EPS) t need a (k+1)-th instance
        double instanceWeightNominal = 0;
        double instanceWeightNpv = 0;
        for (int k = 0; ; k++) {
            int j = aboveDemand(capacity + (k + Engine.EPS) * t);
            if (j >= hours) {
                break;
            }
            instanceWeightNominal += cloudAbove[NOMINAL][j];
            instanceWeightNpv += cloudAbove[NPV][j];
        }
        int usedMonths = above(monthPeaks, capacity + Engine.EPS * t);
        for (int kind = NOMINAL; kind <= NPV; kind++) {
            double instances = kind == NOMINAL ? instanceWeightNominal : instanceWeightNpv;
            double cost = instances * cloud.pricePerHour();
            double overflowUnits = cloudDemandAbove[kind][first] - capacity * cloudAbove[kind][first];
            double gb = overflowUnits * Engine.SECONDS_PER_HOUR * cloud.egressGbPerUnit()
                    + cloud.egressGbPerMonth() * cloudMonthsAbove[kind][usedMonths];
            cost += gb * cloud.egressPerGb();
            if (n > 0) {
                cost += n * (kind == NOMINAL ? servers.nominalPerServer : servers.npvPerServer);
                double ownWeighted = energyDemandBelow[kind][first] + capacity * energyAbove[kind][first];
                double kwh = (n * servers.idleWatts * energyAbove[kind][0]
                        + (servers.peakWatts - servers.idleWatts) / ownThroughput * ownWeighted) / 1000;
                cost += kwh * servers.energyPerKwh * servers.pue;
            }
            out[kind] = cost;
        }
    }
}
