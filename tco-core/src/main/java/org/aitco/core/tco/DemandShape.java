package org.aitco.core.tco;

import java.util.Arrays;
import org.aitco.core.model.DemandProfile;

/**
 * The order of a demand profile's hours over a horizon, for re-pricing without walking the hours: the cycle's
 * values sorted once (each keeps its cycle index), and for every rank r and month m the number of horizon hours
 * of month m whose cycle value has rank r or above, and the sum of their values.
 *
 * <p>Why this is enough for any draw. Hour h's demand is {@code cycle[h mod len] * g_y} with
 * {@code g_y = (1 + growth)^year}, so inside one year the order of hours is the order of their cycle values,
 * whatever the growth; a demand scale multiplies every cycle value by the same positive factor, which keeps that
 * order too. A question "which hours of year y have demand above x" is then one binary search over the ranks,
 * and the per-month counts and sums above that rank answer it for each of the year's 12 months: no re-sort, no
 * merge, no pass over the 43,800 hours. The binary searches evaluate {@code value * g_y} exactly as
 * {@link TcoCalculator} computes an hour's demand, so every threshold test (own capacity, whole instances with
 * {@link Engine#ceilUnits}) decides each hour as the hourly loop does.
 *
 * <p>Immutable, and so shared by all threads; a {@link Drawn} (one draw's values and growth) is per call.
 * Memory: {@code (len + 1) * months} ints and doubles, 6.3 MB for an 8,760-hour profile over 5 years, 120 KB for
 * a week.
 */
final class DemandShape {
    final int len;
    final int months;
    final int hoursPerMonth;
    /** Cycle index of each rank (ascending value). */
    final int[] perm;
    /** Cycle values of the profile the shape was built from, by rank. */
    final double[] sortedBase;
    /** {@code [r * months + m]}: hours of month m whose rank is r or above ({@code r} in [0, len]). */
    final int[] countAbove;
    /** {@code [r * months + m]}: the sum of their base cycle values. */
    final double[] sumAbove;
    /** The highest rank present in each year. */
    final int[] yearTop;
    /** Width of a cell of the rank index: the highest base value over {@link #cells}. */
    private final double cellWidth;
    private final int cells;
    /** {@code [c]}: the first rank whose base value is above {@code c * cellWidth}, for c in [0, cells]. */
    private final int[] cellStart;
    /**
     * For a short cycle (at most {@link #MAX_RUN_WALK} hours), the first rank of each run of equal base values, and
     * {@code len} after the last; null for a longer cycle.
     */
    final int[] runStart;

    DemandShape(double[] cycle, int months, int hoursPerMonth) {
        len = cycle.length;
        this.months = months;
        this.hoursPerMonth = hoursPerMonth;
        Integer[] idx = new Integer[len];
        for (int i = 0; i < len; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(cycle[a], cycle[b]));
        perm = new int[len];
        sortedBase = new double[len];
        int[] rank = new int[len];
        for (int r = 0; r < len; r++) {
            perm[r] = idx[r];
            sortedBase[r] = cycle[idx[r]];
            rank[idx[r]] = r;
        }
        int years = (months + 11) / 12;
        yearTop = new int[years];
        Arrays.fill(yearTop, -1);
        int[] cnt = new int[(len + 1) * months];
        for (int m = 0, h = 0; m < months; m++) {
            int y = m / 12;
            for (int end = h + hoursPerMonth; h < end; h++) {
                int r = rank[h % len];
                cnt[r * months + m]++;
                if (r > yearTop[y]) {
                    yearTop[y] = r;
                }
            }
        }
        double[] sum = new double[(len + 1) * months];
        for (int r = len - 1; r >= 0; r--) {
            int row = r * months;
            for (int m = 0; m < months; m++) {
                sum[row + m] = sum[row + months + m] + cnt[row + m] * sortedBase[r];
                cnt[row + m] += cnt[row + months + m];
            }
        }
        countAbove = cnt;
        sumAbove = sum;
        cells = Integer.highestOneBit(Math.max(1, len / 4));
        double top = sortedBase[len - 1];
        cellWidth = top > 0 && Double.isFinite(top) ? top / cells : 0;
        cellStart = new int[cells + 1];
        for (int c = 0; c <= cells && cellWidth > 0; c++) {
            double x = c * cellWidth;
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedBase[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            cellStart[c] = lo;
        }
        if (len <= MAX_RUN_WALK) {
            int[] starts = new int[len + 1];
            int runs = 0;
            for (int r = 0; r < len; r++) {
                if (r == 0 || sortedBase[r] != sortedBase[r - 1]) {
                    starts[runs++] = r;
                }
            }
            starts[runs] = len;
            runStart = Arrays.copyOf(starts, runs + 1);
        } else {
            runStart = null;
        }
    }

    /**
     * A rank near the first whose base value is above {@code x}: a starting point for an exact search, never
     * above it by more than a cell's ranks (or 0 when no index could be built).
     */
    int guessAbove(double x) {
        if (cellWidth <= 0 || !(x > 0)) {
            return 0;
        }
        double q = x / cellWidth;
        return q >= cells ? cellStart[cells] : cellStart[Math.max(0, (int) q - 1)];
    }

    /**
     * The demand of {@code profile} on this shape, or null when the shape does not fit: a different cycle length,
     * values not in this order, or values that are not this shape's base values times one factor (to 1e-12).
     */
    Drawn draw(DemandProfile profile) {
        if (profile.cycleHours() != len) {
            return null;
        }
        double[] v = new double[len];
        double prev = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < len; r++) {
            v[r] = profile.hourlyAt(perm[r]);
            if (v[r] < prev) {
                return null;
            }
            prev = v[r];
        }
        return drawn(v, profile.growthPerYear());
    }

    /**
     * The demand of this shape's own profile scaled by {@code scale} with growth {@code growthPerYear}: the same as
     * {@link #draw} of {@code profile.scaledBy(scale).withGrowthPerYear(growthPerYear)}, where {@code profile} is the
     * one this shape was built from (each value times the scale, as {@code DemandProfile.scaledBy} computes it), or
     * null when {@link #draw} would not fit it.
     */
    Drawn drawScaled(double scale, double growthPerYear) {
        double[] v = new double[len];
        for (int r = 0; r < len; r++) {
            v[r] = sortedBase[r] * scale;
        }
        return drawn(v, growthPerYear);
    }

    private Drawn drawn(double[] v, double growthPerYear) {
        double top = v[len - 1];
        double scale = top == sortedBase[len - 1] ? 1 : top / sortedBase[len - 1];
        if (!(scale > 0) || Double.isInfinite(scale)) {
            return null;
        }
        if (scale != 1 || !Arrays.equals(v, sortedBase)) {
            double tolerance = 1e-12 * top;
            for (int r = 0; r < len; r++) {
                if (Math.abs(v[r] - scale * sortedBase[r]) > tolerance) {
                    return null;
                }
            }
        }
        double[] growth = new double[yearTop.length];
        for (int y = 0; y < growth.length; y++) {
            growth[y] = Math.pow(1 + growthPerYear, y);
        }
        return new Drawn(this, v, scale, growth);
    }

    /** The longest cycle whose runs of equal values {@link Drawn#instanceWeight} may walk (else it searches levels). */
    private static final int MAX_RUN_WALK = 1024;

    /**
     * One thread's store of a draw's weighted per-year sums, reused from draw to draw so that a long profile's
     * {@code years * (len + 1)} cells are neither allocated nor cleared per draw: a cell is valid when its stamp
     * is the current generation, and each draw that takes the store starts a new generation.
     */
    private static final class WeightCache {
        private static final ThreadLocal<WeightCache> OF_THREAD = ThreadLocal.withInitial(WeightCache::new);
        double[] countW = new double[0];
        double[] sumW = new double[0];
        int[] stamp = new int[0];
        int generation;
        Object owner;

        static WeightCache take(Object owner, int cells) {
            WeightCache c = OF_THREAD.get();
            if (c.stamp.length < cells) {
                c.countW = new double[cells];
                c.sumW = new double[cells];
                c.stamp = new int[cells];
                c.generation = 0;
            }
            if (++c.generation == 0) {
                Arrays.fill(c.stamp, 0);
                c.generation = 1;
            }
            c.owner = owner;
            return c;
        }
    }

    /** One draw's demand on a shape: the drawn cycle values by rank, the demand scale and each year's growth. */
    static final class Drawn {
        final DemandShape shape;
        private final double[] v;
        private final double scale;
        private final double[] growth;
        private final int months;
        /** The highest hourly demand of the horizon, as {@link TcoCalculator#peakDemand()} computes it. */
        final double peak;

        private Drawn(DemandShape shape, double[] v, double scale, double[] growth) {
            this.shape = shape;
            this.v = v;
            this.scale = scale;
            this.growth = growth;
            this.months = shape.months;
            double p = 0;
            for (int y = 0; y < growth.length; y++) {
                if (shape.yearTop[y] >= 0) {
                    p = Math.max(p, v[shape.yearTop[y]] * growth[y]);
                }
            }
            peak = p;
        }

        /** First rank whose demand in year {@code y} is above {@code capacity} ({@code len} if none). */
        private int firstAbove(int y, double capacity) {
            double g = growth[y];
            int lo = 0;
            int hi = shape.len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (v[mid] * g > capacity) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /**
         * Per month, the demand carried by a capacity of {@code capacity} ({@code sum min(d, capacity)}) into
         * {@code own} and the rest ({@code sum (d - capacity)^+}) into {@code overflow}, per second summed over
         * the month's hours.
         */
        void split(double capacity, double[] own, double[] overflow) {
            int[] cnt = shape.countAbove;
            double[] sum = shape.sumAbove;
            for (int y = 0; y < growth.length; y++) {
                int row = firstAbove(y, capacity) * months;
                double g = growth[y] * scale;
                for (int m = y * 12, end = Math.min(months, m + 12); m < end; m++) {
                    double total = sum[m] * g;
                    double above = sum[row + m] * g;
                    int n = cnt[row + m];
                    own[m] = total - above + capacity * n;
                    overflow[m] = above - capacity * n;
                }
            }
        }

        /** Instances needed in an hour of year {@code y} at rank {@code r}, as the hourly loop counts them. */
        private int need(int r, int y, double capacity, double multiplier, double throughput) {
            double d = v[r] * growth[y];
            return d > capacity ? Engine.ceilUnits((d - capacity) * multiplier / throughput) : 0;
        }

        /**
         * The first rank in {@code [lo, top]} of year {@code y} that needs more than {@code k} instances (ranks are
         * sorted by demand, so {@code need} does not fall with the rank); {@code top} when none below it does.
         */
        private int firstNeedingMore(int lo, int top, int k, int y, double capacity, double multiplier,
                                     double throughput) {
            int hi = top;
            // start near the rank of the demand that needs k + 1 instances, then search exactly: gallop up from
            // there while the rank still needs at most k, then halve
            double factor = growth[y] * scale;
            int guess = shape.guessAbove((capacity + k * throughput / multiplier) / factor);
            if (guess > lo && guess < hi) {
                if (need(guess, y, capacity, multiplier, throughput) > k) {
                    hi = guess;
                } else {
                    lo = guess + 1;
                    for (int step = 1; lo < hi; step <<= 1) {
                        int probe = lo + step - 1;
                        if (probe >= hi) {
                            break;
                        }
                        if (need(probe, y, capacity, multiplier, throughput) > k) {
                            hi = probe;
                            break;
                        }
                        lo = probe + 1;
                    }
                }
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (need(mid, y, capacity, multiplier, throughput) > k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The most instances any hour needs above {@code capacity}. */
        int maxLevel(double capacity, double multiplier, double throughput) {
            int max = 0;
            for (int y = 0; y < growth.length; y++) {
                if (shape.yearTop[y] >= 0) {
                    max = Math.max(max, need(shape.yearTop[y], y, capacity, multiplier, throughput));
                }
            }
            return max;
        }

        /**
         * Cloud instances above an own capacity: {@code instances[m]} receives the instance-hours of month m,
         * {@code sum_h ceilUnits((d_h - capacity) * multiplier / throughput)} over hours above the capacity, and,
         * when {@code atLeast} is not null, {@code atLeast[k * months + m]} the hours of month m that need more
         * than k instances, for k below {@code levels} (from {@link #maxLevel}).
         *
         * <p>With few levels, one binary search per level and year ({@code ceil(y) = #{k >= 0 : k < y}}); with
         * many, one step per rank and year. Both count exactly what the hourly loop counts.
         */
        void instances(double capacity, double multiplier, double throughput, int levels, long[] instances,
                       int[] atLeast) {
            Arrays.fill(instances, 0);
            if (atLeast != null) {
                Arrays.fill(atLeast, 0, levels * months, 0);
            }
            if (levels == 0) {
                return;
            }
            int[] cnt = shape.countAbove;
            int len = shape.len;
            int log = 32 - Integer.numberOfLeadingZeros(len);
            int[] starts = shape.runStart;
            // per run of equal values (a short cycle): one step per run, each rank of a run needing the same
            boolean byRun = starts != null && starts.length - 1 <= levels * (log + 12) / 12;
            boolean byLevel = !byRun && (long) levels * (log + 12) <= 12L * len;
            for (int y = 0; y < growth.length; y++) {
                int top = shape.yearTop[y];
                if (top < 0) {
                    continue;
                }
                int first = y * 12;
                int last = Math.min(months, first + 12);
                if (byRun) {
                    int highest = starts.length - 2;
                    while (starts[highest] > top) { // runs above the year's top have no hours in it
                        highest--;
                    }
                    for (int j = highest; j >= 0; j--) {
                        int n = need(starts[j], y, capacity, multiplier, throughput);
                        if (n <= 0) {
                            break;
                        }
                        int row = starts[j] * months;
                        int next = starts[j + 1] * months;
                        for (int m = first; m < last; m++) {
                            int c = cnt[row + m] - cnt[next + m];
                            instances[m] += (long) c * n;
                            if (atLeast != null) {
                                atLeast[(n - 1) * months + m] += c;
                            }
                        }
                    }
                } else if (byLevel) {
                    int yearLevels = need(top, y, capacity, multiplier, throughput);
                    int lo = 0;
                    for (int k = 0; k < yearLevels; k++) {
                        lo = firstNeedingMore(lo, top, k, y, capacity, multiplier, throughput);
                        int row = lo * months;
                        for (int m = first; m < last; m++) {
                            int c = cnt[row + m];
                            instances[m] += c;
                            if (atLeast != null) {
                                atLeast[k * months + m] += c;
                            }
                        }
                    }
                } else {
                    for (int r = top; r >= 0; r--) {
                        int n = need(r, y, capacity, multiplier, throughput);
                        if (n <= 0) {
                            break;
                        }
                        int row = r * months;
                        for (int m = first; m < last; m++) {
                            int c = cnt[row + m] - cnt[row + months + m];
                            instances[m] += (long) c * n;
                            if (atLeast != null) {
                                atLeast[(n - 1) * months + m] += c;
                            }
                        }
                    }
                }
            }
            if (atLeast != null && !byLevel) { // by rank or by run: counted at the level each hour needs
                for (int k = levels - 2; k >= 0; k--) {
                    for (int m = 0; m < months; m++) {
                        atLeast[k * months + m] += atLeast[(k + 1) * months + m];
                    }
                }
            }
        }

        /** Discount factors at month end that weight {@link #countWeight} and {@link #sumWeight}; null until set. */
        private double[] weightOf;
        /** This thread's store of the weighted sums, while this draw owns it. */
        private WeightCache cache;
        /** This draw's mark on the store (not the draw itself, which the store would then keep alive). */
        private final Object token = new Object();
        /** First rank of the run of equal drawn values that holds each rank. */
        private int[] groupStart;
        /** Number of distinct drawn values at rank r or above ({@code [len]} = 0). */
        private int[] groupsAbove;

        /** The run weights of this draw, once {@link #runWeights} made them. */
        private double[] runWeightOf;
        private double[] runCount;
        private double[] runSum;
        private double[] runEgressMonths;

        /**
         * Whether the cycle is short enough for {@link #runWeights} and {@link #runNpv} (at most
         * {@code MAX_RUN_WALK} hours).
         */
        boolean hasRuns() {
            return shape.runStart != null;
        }

        /**
         * Per year y and run j of equal values (from the top), weighted by {@code monthWeights} (a month's end
         * discount factor), made once per draw: {@code runCount[y * (runs + 1) + j]} is
         * {@code sum_m weight_m * (hours of month m at run j or above)} over year y's months, {@code runSum} the
         * same of the base values of those hours, {@code runEgressMonths} the sum of the weights of the months of
         * year y that have an hour at run j or above; index {@code runs} holds 0.
         */
        void runWeights(double[] monthWeights) {
            if (runWeightOf == monthWeights) {
                return;
            }
            int[] starts = shape.runStart;
            int runs = starts.length - 1;
            int years = growth.length;
            double[] count = new double[years * (runs + 1)];
            double[] sum = new double[years * (runs + 1)];
            double[] egress = new double[years * (runs + 1)];
            int[] cnt = shape.countAbove;
            double[] base = shape.sumAbove;
            for (int y = 0; y < years; y++) {
                int first = y * 12;
                int last = Math.min(months, first + 12);
                for (int j = 0; j < runs; j++) {
                    int row = starts[j] * months;
                    double c = 0;
                    double b = 0;
                    double e = 0;
                    for (int m = first; m < last; m++) {
                        double w = monthWeights[m];
                        int n = cnt[row + m];
                        c += w * n;
                        b += w * base[row + m];
                        e += n > 0 ? w : 0;
                    }
                    int i = y * (runs + 1) + j;
                    count[i] = c;
                    sum[i] = b;
                    egress[i] = e;
                }
            }
            runCount = count;
            runSum = sum;
            runEgressMonths = egress;
            runWeightOf = monthWeights;
        }

        /**
         * The discounted cloud and own-capacity sums of year {@code y} for an own capacity {@code capacity}, from
         * the run weights ({@link #runWeights}, set first): into {@code out[0]} the weighted instance-hours
         * {@code sum_m w_m sum_h need_h} (need as {@link #instances} counts it), into {@code out[1]} the weighted
         * demand above the capacity {@code sum_m w_m sum_h (d_h - capacity)^+}, into {@code out[2]} the weighted
         * demand carried {@code sum_m w_m sum_h min(d_h, capacity)}, into {@code out[3]} the weights of the months
         * with an hour that needs an instance. The same sums as {@link #instanceWeight} and the weighted counts,
         * per run of equal values, in another order.
         */
        void runNpv(int y, double capacity, double multiplier, double throughput, double[] out) {
            int[] starts = shape.runStart;
            int runs = starts.length - 1;
            int row = y * (runs + 1);
            double g = growth[y];
            double inst = 0;
            int lowestNeeding = runs;
            int j = runs - 1;
            if (shape.yearTop[y] >= 0) {
                for (; j >= 0; j--) {
                    double d = v[starts[j]] * g;
                    if (!(d > capacity)) {
                        break;
                    }
                    int n = Engine.ceilUnits((d - capacity) * multiplier / throughput);
                    if (n > 0) {
                        inst += n * (runCount[row + j] - runCount[row + j + 1]);
                        lowestNeeding = j;
                    }
                }
            }
            int above = j + 1;
            double countAbove = runCount[row + above];
            double sumAbove = runSum[row + above] * g * scale;
            out[0] = inst;
            out[1] = sumAbove - capacity * countAbove;
            out[2] = runSum[row] * g * scale - sumAbove + capacity * countAbove;
            out[3] = runEgressMonths[row + lowestNeeding];
        }

        /** Number of years of the horizon (the last may be short). */
        int years() {
            return growth.length;
        }

        /** Growth factor of year {@code y} times the demand scale, as {@link #split} weights base sums. */
        double sumFactor(int y) {
            return growth[y] * scale;
        }

        /**
         * Sets the month weights of the per-year weighted sums (once per draw: each month's end discount factor);
         * the sums are then computed on first use, 12 products each.
         */
        void weightBy(double[] monthWeights) {
            if (weightOf == monthWeights) {
                return;
            }
            weightOf = monthWeights;
            cache = WeightCache.take(token, growth.length * (shape.len + 1));
        }

        private int weightCell(int y, int r) {
            int i = y * (shape.len + 1) + r;
            WeightCache wc = cache;
            if (wc.owner != token) { // another draw on this thread took the store: start again
                wc = cache = WeightCache.take(token, growth.length * (shape.len + 1));
            }
            if (wc.stamp[i] != wc.generation) {
                wc.stamp[i] = wc.generation;
                double c = 0;
                double s = 0;
                int row = r * months;
                int[] cnt = shape.countAbove;
                double[] sum = shape.sumAbove;
                for (int m = y * 12, end = Math.min(months, m + 12); m < end; m++) {
                    c += weightOf[m] * cnt[row + m];
                    s += weightOf[m] * sum[row + m];
                }
                wc.sumW[i] = s;
                wc.countW[i] = c;
            }
            return i;
        }

        /** {@code sum_m weight_m * (hours of month m at rank r or above)} over the months of year {@code y}. */
        double countWeight(int y, int r) {
            int i = weightCell(y, r);
            return cache.countW[i];
        }

        /** {@code sum_m weight_m * (sum of base values of those hours)} over the months of year {@code y}. */
        double sumWeight(int y, int r) {
            int i = weightCell(y, r);
            return cache.sumW[i];
        }

        /**
         * {@code sum_m weight_m * sum_h need_h} over year {@code y}'s months, where {@code need_h} is the cloud
         * instances hour h needs above {@code capacity} as {@link #instances} counts them; and, into
         * {@code firstNeeding[0]}, the lowest rank that needs an instance in that year ({@code len} if none);
         * {@code above} is {@link #firstAboveCapacity}{@code (y, capacity)}.
         * Per run of equal values or per level (a binary search each), whichever takes fewer steps.
         */
        double instanceWeight(int y, int above, double capacity, double multiplier, double throughput,
                              int[] firstNeeding) {
            int len = shape.len;
            firstNeeding[0] = len;
            int top = shape.yearTop[y];
            if (top < 0) {
                return 0;
            }
            int levels = need(top, y, capacity, multiplier, throughput);
            if (levels <= 0) {
                return 0;
            }
            boolean byRun = len <= MAX_RUN_WALK;
            if (byRun && groupStart == null) {
                groupStart = new int[len];
                groupsAbove = new int[len + 1];
                for (int r = 0; r < len; r++) {
                    groupStart[r] = r > 0 && v[r] == v[r - 1] ? groupStart[r - 1] : r;
                }
                for (int r = len - 1; r >= 0; r--) {
                    groupsAbove[r] = groupsAbove[r + 1] + (groupStart[r] == r ? 1 : 0);
                }
            }
            int lo = above;
            int log = 32 - Integer.numberOfLeadingZeros(top - lo + 1);
            double total = 0;
            if (byRun && (long) (groupsAbove[lo] - groupsAbove[top + 1]) <= (long) levels * log) {
                int r = top;
                while (r >= lo) {
                    int n = need(r, y, capacity, multiplier, throughput);
                    if (n <= 0) {
                        break;
                    }
                    int a = Math.max(groupStart[r], lo);
                    total += n * (countWeight(y, a) - countWeight(y, r + 1));
                    firstNeeding[0] = a;
                    r = a - 1;
                }
            } else {
                for (int k = 0; k < levels; k++) {
                    lo = firstNeedingMore(lo, top, k, y, capacity, multiplier, throughput);
                    if (k == 0) {
                        firstNeeding[0] = lo;
                    }
                    total += countWeight(y, lo);
                }
            }
            return total;
        }

        /** First rank whose demand in year {@code y} is above {@code capacity}, as {@link #split} finds it. */
        int firstAboveCapacity(int y, double capacity) {
            return firstAbove(y, capacity);
        }

        /** Whether month {@code m} has an hour at rank {@code r} or above. */
        boolean hasRankAbove(int r, int m) {
            return r < shape.len && shape.countAbove[r * months + m] > 0;
        }

        /** The demand served per second summed over each month's hours (all of it). */
        double unitsInMonth(int m) {
            return shape.sumAbove[m] * growth[m / 12] * scale;
        }
    }
}
