package org.aitco.core.tco;

/**
 * The hour-by-hour pricing loops, in {@code double} over primitive arrays. Each loop walks every hour of the
 * horizon once and fills the monthly flows of a {@link Flows}; nothing here allocates per hour.
 */
final class Engine {
    /**
     * Tolerance of the instance count: {@code ceil(x - EPS)}, so that 1.1 / 0.1 = 11.000000000000002 needs 11
     * instances, not 12.
     */
    static final double EPS = 1e-9;
    static final double SECONDS_PER_HOUR = 3600;

    private Engine() {
    }

    /** Whole instances (or servers) for {@code x} of them, within {@link #EPS}. */
    static int ceilUnits(double x) {
        double c = Math.ceil(x - EPS);
        return c <= 0 ? 0 : (int) c;
    }

    /** A cloud price list in the reporting currency, at year-0 prices. */
    record CloudRate(double throughput, double overhead, double pricePerHour, CostCategory category,
                     double egressPerGb, double egressGbPerUnit, double egressGbPerMonth) {
    }

    /**
     * What a fleet of capacity C and the cloud above it carry in each month: {@code sum min(d, C)}, {@code sum
     * (d - C)^+} and {@code sum d} per second over the month's hours, and the cloud instance-hours
     * {@code sum ceilUnits((d - C) * multiplier / t)} over the hours above C.
     */
    static final class Months {
        final double[] own;
        final double[] overflow;
        final double[] demand;
        final long[] instances;

        Months(int months) {
            own = new double[months];
            overflow = new double[months];
            demand = new double[months];
            instances = new long[months];
        }
    }

    /**
     * Prices {@code n} own servers (none when {@code servers == null}) carrying up to {@code n * ownThroughput} of
     * each hour's demand, the rest on {@code cloud} (none when null: the fleet must carry everything), walking
     * the hours of {@code demand}.
     */
    static void fleetAndCloud(Horizon hz, double[] demand, ServerCosts servers, double ownThroughput, int n,
                              CloudRate cloud, Flows out) {
        int hpm = hz.hoursPerMonth;
        double capacity = servers == null ? 0 : n * ownThroughput;
        double cloudThroughput = cloud == null ? 1 : cloud.throughput;
        double multiplier = cloud == null ? 1 : 1 + cloud.overhead;
        Months q = new Months(hz.months);
        for (int m = 0, h = 0; m < hz.months; m++) {
            double own = 0;
            double overflow = 0;
            double monthDemand = 0;
            long instances = 0;
            int end = h + hpm;
            for (; h < end; h++) {
                double d = demand[h];
                double o = d < capacity ? d : capacity;
                own += o;
                monthDemand += d;
                double x = d - o;
                if (x > 0) {
                    overflow += x;
                    instances += ceilUnits(x * multiplier / cloudThroughput);
                }
            }
            q.own[m] = own;
            q.overflow[m] = overflow;
            q.demand[m] = monthDemand;
            q.instances[m] = instances;
        }
        fleetAndCloud(hz, q, servers, ownThroughput, n, cloud, out);
    }

    /**
     * Prices {@code n} own servers (none when {@code servers == null}) of capacity {@code n * ownThroughput} and
     * {@code cloud} above it (none when null: the fleet must carry everything) from what they carry each month.
     */
    static void fleetAndCloud(Horizon hz, Months q, ServerCosts servers, double ownThroughput, int n,
                              CloudRate cloud, Flows out) {
        double[][] f = out.monthly;
        int hpm = hz.hoursPerMonth;
        double capacity = servers == null ? 0 : n * ownThroughput;
        double cloudThroughput = cloud == null ? 1 : cloud.throughput;
        double multiplier = cloud == null ? 1 : 1 + cloud.overhead;
        double served = 0;
        double ownServed = 0;
        double instanceHours = 0;
        for (int m = 0; m < hz.months; m++) {
            double own = q.own[m];
            double overflow = q.overflow[m];
            long instances = q.instances[m];
            served += q.demand[m];
            ownServed += own;
            if (servers != null && n > 0) {
                for (int c = 0; c < f.length; c++) {
                    f[c][m] += n * servers.perServer[c][m];
                }
                double kwh = (n * servers.idleWatts * hpm
                        + (servers.peakWatts - servers.idleWatts) / ownThroughput * own) / 1000;
                double it = kwh * servers.energyPerKwh * hz.energyFactor[m];
                f[CostCategory.IT_ENERGY.ordinal()][m] += it;
                f[CostCategory.COOLING_FACILITY.ordinal()][m] += it * (servers.pue - 1);
            }
            if (cloud != null) {
                double cf = hz.cloudFactor[m];
                instanceHours += instances;
                f[cloud.category.ordinal()][m] += instances * cloud.pricePerHour * cf;
                double gb = overflow * SECONDS_PER_HOUR * cloud.egressGbPerUnit
                        + (instances > 0 ? cloud.egressGbPerMonth : 0);
                f[CostCategory.EGRESS.ordinal()][m] += gb * cloud.egressPerGb * cf;
            } else if (overflow > EPS * Math.max(1, ownThroughput)) {
                throw new IllegalStateException("fleet of %d servers leaves %s units unserved in month %d"
                        .formatted(n, overflow, m));
            }
        }
        out.unitsServed += served * SECONDS_PER_HOUR;
        out.ownServed += ownServed * SECONDS_PER_HOUR;
        out.ownCapacity += capacity * hz.hours * SECONDS_PER_HOUR;
        out.cloudCapacity += instanceHours * cloudThroughput / multiplier * SECONDS_PER_HOUR;
    }

    /**
     * Prices all-cloud service with commitments: in each term (of {@code termMonths}, renewed at each term start
     * inside the horizon, the last one cut at the horizon end and paid pro rata) {@code K} instances are committed
     * and paid every hour; hours needing more instances buy the rest on demand. K is chosen per term to minimise
     * the NPV exactly: the K-th committed instance pays off when the discounted on-demand cost of the hours that
     * need at least K instances exceeds its discounted commitment cost.
     *
     * @param commitPerHour effective committed price per instance-hour at year-0 prices; a term bought in year y
     *                      pays the year-y level for its whole term
     * @param inArrears     whether the part not paid upfront is billed hourly in arrears
     *                      ({@link CostCategory#COMMITMENTS_IN_ARREARS}) rather than at each month's start
     * @return the committed instances of each term
     */
    static int[] committed(Horizon hz, double[] demand, CloudRate onDemand, double commitPerHour,
                           double upfrontFraction, boolean inArrears, int termMonths, Flows out) {
        int hpm = hz.hoursPerMonth;
        int terms = (hz.months + termMonths - 1) / termMonths;
        int[] k = new int[terms];
        int[] needed = new int[hz.hours];
        int maxNeeded = 0;
        for (int h = 0; h < hz.hours; h++) {
            needed[h] = ceilUnits(demand[h] / onDemand.throughput);
            maxNeeded = Math.max(maxNeeded, needed[h]);
        }
        double[] weightAtLeast = new double[maxNeeded + 2];
        double[][] f = out.monthly;
        double[] commitments = f[CostCategory.COMMITMENTS.ordinal()];
        double[] recurring = inArrears ? f[CostCategory.COMMITMENTS_IN_ARREARS.ordinal()] : commitments;
        double[] od = f[CostCategory.CLOUD_ON_DEMAND.ordinal()];
        double[] egress = f[CostCategory.EGRESS.ordinal()];
        double served = 0;
        double instanceHours = 0;
        for (int t = 0; t < terms; t++) {
            int first = t * termMonths;
            int last = Math.min(hz.months, first + termMonths);
            double price = commitPerHour * hz.cloudFactor[first];
            double monthly = (1 - upfrontFraction) * price * hpm;
            double upfront = upfrontFraction * price * hpm * (last - first);
            double npvPerInstance = UnitCosts.termNpvPerInstance(hz, commitPerHour, upfrontFraction, inArrears, first,
                    last);
            java.util.Arrays.fill(weightAtLeast, 0);
            for (int m = first; m < last; m++) {
                double w = onDemand.pricePerHour * hz.cloudFactor[m] * hz.discountEnd[m];
                for (int h = m * hpm, end = h + hpm; h < end; h++) {
                    weightAtLeast[needed[h]] += w;
                }
            }
            for (int i = maxNeeded; i >= 0; i--) {
                weightAtLeast[i] += weightAtLeast[i + 1];
            }
            int best = 0;
            while (best < maxNeeded && weightAtLeast[best + 1] > npvPerInstance) {
                best++;
            }
            k[t] = best;
            commitments[first] += best * upfront;
            for (int m = first; m < last; m++) {
                recurring[m] += best * monthly;
                double cf = hz.cloudFactor[m];
                long onDemandHours = 0;
                long instances = 0;
                double units = 0;
                boolean used = false;
                for (int h = m * hpm, end = h + hpm; h < end; h++) {
                    int n = needed[h];
                    used |= n > 0;
                    instances += Math.max(n, best);
                    onDemandHours += n > best ? n - best : 0;
                    units += demand[h];
                }
                served += units;
                instanceHours += instances;
                od[m] += onDemandHours * onDemand.pricePerHour * cf;
                double gb = units * SECONDS_PER_HOUR * onDemand.egressGbPerUnit
                        + (used ? onDemand.egressGbPerMonth : 0);
                egress[m] += gb * onDemand.egressPerGb * cf;
            }
        }
        out.unitsServed += served * SECONDS_PER_HOUR;
        out.cloudCapacity += instanceHours * onDemand.throughput * SECONDS_PER_HOUR;
        return k;
    }

    /** {@link #committed(Horizon, double[], CloudRate, double, double, boolean, int, Flows)} billed at month start. */
    static int[] committed(Horizon hz, double[] demand, CloudRate onDemand, double commitPerHour,
                           double upfrontFraction, int termMonths, Flows out) {
        return committed(hz, demand, onDemand, commitPerHour, upfrontFraction, false, termMonths, out);
    }

    /**
     * {@link #committed(Horizon, double[], CloudRate, double, double, boolean, int, Flows)} from counts rather than hours:
     * {@code atLeast[k * months + m]} is the number of hours of month m that need more than k instances (k below
     * {@code levels}, the most any hour needs) and {@code unitsInMonth[m]} the demand of month m per second summed
     * over its hours. The same rule chooses K; the flows go into {@code out}.
     *
     * @return the committed instances of each term
     */
    static int[] committed(Horizon hz, int[] atLeast, int levels, double[] unitsInMonth, CloudRate onDemand,
                           double commitPerHour, double upfrontFraction, boolean inArrears, int termMonths,
                           Flows out) {
        int months = hz.months;
        int hpm = hz.hoursPerMonth;
        int terms = (months + termMonths - 1) / termMonths;
        int[] k = new int[terms];
        double[][] f = out.monthly;
        double[] commitments = f[CostCategory.COMMITMENTS.ordinal()];
        double[] recurring = inArrears ? f[CostCategory.COMMITMENTS_IN_ARREARS.ordinal()] : commitments;
        double[] od = f[CostCategory.CLOUD_ON_DEMAND.ordinal()];
        double[] egress = f[CostCategory.EGRESS.ordinal()];
        double served = 0;
        double instanceHours = 0;
        for (int t = 0; t < terms; t++) {
            int first = t * termMonths;
            int last = Math.min(months, first + termMonths);
            double price = commitPerHour * hz.cloudFactor[first];
            double monthly = (1 - upfrontFraction) * price * hpm;
            double upfront = upfrontFraction * price * hpm * (last - first);
            double npvPerInstance = UnitCosts.termNpvPerInstance(hz, commitPerHour, upfrontFraction, inArrears, first,
                    last);
            int best = 0;
            while (best < levels) {
                int row = best * months;
                double weight = 0;
                for (int m = first; m < last; m++) {
                    weight += onDemand.pricePerHour * hz.cloudFactor[m] * hz.discountEnd[m] * atLeast[row + m];
                }
                if (!(weight > npvPerInstance)) {
                    break;
                }
                best++;
            }
            k[t] = best;
            commitments[first] += best * upfront;
            for (int m = first; m < last; m++) {
                recurring[m] += best * monthly;
                double cf = hz.cloudFactor[m];
                long onDemandHours = 0;
                for (int l = best; l < levels; l++) {
                    onDemandHours += atLeast[l * months + m];
                }
                served += unitsInMonth[m];
                instanceHours += (long) best * hpm + onDemandHours;
                od[m] += onDemandHours * onDemand.pricePerHour * cf;
                boolean used = levels > 0 && atLeast[m] > 0;
                double gb = unitsInMonth[m] * SECONDS_PER_HOUR * onDemand.egressGbPerUnit
                        + (used ? onDemand.egressGbPerMonth : 0);
                egress[m] += gb * onDemand.egressPerGb * cf;
            }
        }
        out.unitsServed += served * SECONDS_PER_HOUR;
        out.cloudCapacity += instanceHours * onDemand.throughput * SECONDS_PER_HOUR;
        return k;
    }
}
