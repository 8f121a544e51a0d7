package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;

/**
 * The NPV-only fast path of the TCO calculator, for re-pricing many variants of one scenario (Monte Carlo draws,
 * sensitivity): every option that {@link TcoCalculator#analyze()} prices, with the same names, the same order and
 * the same NPVs (to about 1e-12 relative), but no money, no monthly records, no hybrid curves.
 *
 * <pre>{@code
 * FastTco fast = FastTco.of(scenario);                 // sorts each workload's demand once
 * FastTco.Result r = fast.price(drawnVariantOfScenario); // thread-safe, tens of microseconds
 * r.option(0, 0); r.npv(0, 0); r.breakEvenMonth(r.id(0, 0), r.id(0, 1));
 * }</pre>
 *
 * <p>How: {@link #of} sorts the hourly cycle of each workload's demand once ({@link DemandShape}). A variant may
 * change any price, rate, escalation, growth or demand scale: growth and scale keep the order of hours within a
 * year, so every quantity the options need (instance-hours above a capacity, whole instances per level for
 * commitments, demand served by own servers, cloud-served units, the peak) comes from a few binary searches per
 * year and per-month counts, with each hour's demand computed as {@link TcoCalculator} computes it. Prices,
 * discount rate and escalation only weight the resulting month totals. A variant whose demand profile has another
 * shape (other hourly values) is priced on a shape built for it (kept for later calls, up to 256 of them).
 *
 * <p>Immutable apart from that cache (a concurrent map): one instance serves any number of threads.
 */
public final class FastTco {
    private static final int MAX_EXTRA_SHAPES = 256;
    /** The most per-level monthly counts held for commitments (16 MB); beyond, the hourly loop prices them. */
    private static final long MAX_LEVEL_CELLS = 4_000_000;
    private static final int START = 0;
    private static final int SPREAD = 1;
    private static final int END = 2;

    private final Map<String, DemandShape> shapes = new HashMap<>();
    private final ConcurrentHashMap<ShapeKey, DemandShape> extra = new ConcurrentHashMap<>();

    private FastTco(Scenario base) {
        var f = base.financials();
        for (Workload w : base.workloads()) {
            shapes.put(w.name(), new DemandShape(w.demand().hourly(), f.horizonMonths(), f.hoursPerMonth()));
        }
    }

    /** A fast calculator for {@code base} and its variants; sorts each workload's demand once. */
    public static FastTco of(Scenario base) {
        return new FastTco(Objects.requireNonNull(base, "base"));
    }

    /** Cycle values and horizon of a shape built for a profile unlike the base scenario's. */
    private record ShapeKey(int months, int hoursPerMonth, List<Double> hourly) {
    }

    private DemandShape.Drawn drawn(Workload w, Horizon hz) {
        DemandShape shape = shapes.get(w.name());
        if (shape != null && shape.months == hz.months && shape.hoursPerMonth == hz.hoursPerMonth) {
            DemandShape.Drawn d = shape.draw(w.demand());
            if (d != null) {
                return d;
            }
        }
        double[] hourly = w.demand().hourly();
        ShapeKey key = new ShapeKey(hz.months, hz.hoursPerMonth, Arrays.stream(hourly).boxed().toList());
        DemandShape s = extra.get(key);
        if (s == null) {
            s = new DemandShape(hourly, hz.months, hz.hoursPerMonth);
            if (extra.size() < MAX_EXTRA_SHAPES) {
                extra.putIfAbsent(key, s);
            }
        }
        return Objects.requireNonNull(s.draw(w.demand()), "a shape fits the profile it was built from");
    }

    /**
     * Prices every option of every workload of {@code scenario}: the options {@link Tco#analyze} lists per
     * workload, in its order (by NPV rounded to money, ties in the order of pricing). Pooling is not priced.
     *
     * @throws IllegalArgumentException as {@link TcoCalculator#analyze()}, when a workload cannot be served
     */
    public Result price(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Horizon hz = new Horizon(scenario.financials());
        Currency currency = scenario.financials().reportingCurrency();
        Map<Long, Fixed> fixed = new HashMap<>();
        List<Priced> priced = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            priced.add(price(scenario, w, hz, fixed, currency));
        }
        return new Result(priced, hz.hoursPerMonth);
    }

    // ---------------------------------------------------------------- one workload

    /** One server's fixed monthly flows by timing, and its power and energy price. */
    private static final class Fixed {
        final ServerCosts costs;
        final double[][] byTiming;
        /** The NPV of one server's fixed flows (no energy). */
        final double npvPerServer;

        Fixed(ServerCosts costs, Horizon hz) {
            this.costs = costs;
            int months = hz.months;
            byTiming = new double[3][months];
            for (CostCategory c : CostCategory.values()) {
                double[] into = byTiming[timing(c)];
                double[] flows = costs.perServer[c.ordinal()];
                for (int m = 0; m < months; m++) {
                    into[m] += flows[m];
                }
            }
            npvPerServer = npv(hz, byTiming);
        }
    }

    private static int timing(CostCategory c) {
        return switch (c.timing()) {
            case MONTH_START -> START;
            case SPREAD_OVER_MONTH -> SPREAD;
            case MONTH_END -> END;
        };
    }

    /** The options of one workload as they are priced, before sorting. */
    private static final class Options {
        final List<OptionId> ids = new ArrayList<>();
        final List<double[][]> flows = new ArrayList<>();
        final List<Double> npvs = new ArrayList<>();

        void add(OptionId id, double npv, double[][] flows) {
            ids.add(id);
            npvs.add(npv);
            this.flows.add(flows);
        }
    }

    private Priced price(Scenario scenario, Workload w, Horizon hz, Map<Long, Fixed> fixed, Currency currency) {
        DemandShape.Drawn dd = drawn(w, hz);
        OptionCatalogue catalogue = OptionCatalogue.of(scenario, w, dd.peak);
        if (catalogue.entries.isEmpty()) {
            throw catalogue.noOption(w);
        }
        int months = hz.months;
        Scratch scratch = new Scratch(months);
        Options out = new Options();
        double gbPerUnit = w.egressGbPerMillionUnits() / 1e6;
        List<CloudOffering> offerings = scenario.cloudOfferings();
        // per offering: its on-demand rate, and its instance-hours and per-level counts with no own capacity
        Engine.CloudRate[] rates = new Engine.CloudRate[offerings.size()];
        long[][] instancesOf = new long[offerings.size()][];
        int[][] atLeastOf = new int[offerings.size()][];
        int[] levelsOf = new int[offerings.size()];
        TcoCalculator hourly = null;
        for (OptionCatalogue.Entry e : catalogue.entries) {
            OptionId id = e.id();
            int oi = e.offering();
            CloudOffering o = oi >= 0 ? offerings.get(oi) : null;
            if (o != null && rates[oi] == null) {
                rates[oi] = rate(scenario, w, o, e.cloudThroughput(), false, gbPerUnit);
            }
            Engine.CloudRate od = o == null ? null : rates[oi];
            double[][] flows = new double[3][months];
            double npv;
            switch (id.kind()) {
                case CLOUD_ON_DEMAND -> {
                    int levels = dd.maxLevel(0, 1 + od.overhead(), od.throughput());
                    long[] instances = new long[months];
                    // per-level counts for commitments, unless the levels are too many to hold (then the hourly loop)
                    int[] atLeast = (long) levels * months <= MAX_LEVEL_CELLS ? new int[levels * months] : null;
                    dd.instances(0, 1 + od.overhead(), od.throughput(), levels, instances, atLeast);
                    levelsOf[oi] = levels;
                    instancesOf[oi] = instances;
                    atLeastOf[oi] = atLeast;
                    npv = fleetAndCloud(hz, dd, null, 0, 0, od, instances, flows, scratch);
                }
                case CLOUD_COMMITTED -> {
                    Commitment c = o.commitments().get(e.commitment());
                    if (atLeastOf[oi] != null) {
                        npv = committed(hz, dd, od, scenario.inReportingCurrency(c.effectivePerHour()),
                                c.upfrontFraction(), UnitCosts.inArrears(c), c.termYears() * 12, levelsOf[oi],
                                atLeastOf[oi], flows);
                    } else {
                        if (hourly == null) {
                            hourly = TcoCalculator.of(scenario, w.name());
                        }
                        flows = Results.byTiming(hourly.committed(o.name(), e.commitment()));
                        npv = npv(hz, flows);
                    }
                }
                case CLOUD_SPOT -> {
                    Engine.CloudRate spot = rate(scenario, w, o, e.cloudThroughput(), true, gbPerUnit);
                    npv = fleetAndCloud(hz, dd, null, 0, 0, spot, null, flows, scratch);
                }
                case ON_PREM -> {
                    Fixed f = fixed(scenario, e, hz, fixed);
                    double ts = e.ownThroughput();
                    npv = fleetAndCloud(hz, dd, f, ts, Engine.ceilUnits(dd.peak / ts), null, null, flows, scratch);
                }
                case HYBRID -> {
                    Fixed f = fixed(scenario, e, hz, fixed);
                    double ts = e.ownThroughput();
                    int max = Math.min(Engine.ceilUnits(dd.peak / ts), f.costs.maxServersAtSite);
                    int best = bestServers(hz, dd, f, ts, max, od, scratch);
                    npv = fleetAndCloud(hz, dd, f, ts, best, od, null, flows, scratch);
                }
                default -> throw new IllegalStateException("no pricing for " + id);
            }
            out.add(id, npv, flows);
        }
        return Priced.sorted(w.name(), out, currency);
    }

    /** One server's fixed flows at the entry's (server type, site), made once per call for all workloads. */
    private static Fixed fixed(Scenario scenario, OptionCatalogue.Entry e, Horizon hz, Map<Long, Fixed> fixed) {
        long key = ((long) e.serverType() << 32) | e.site();
        Fixed f = fixed.get(key);
        if (f == null) {
            f = new Fixed(new ServerCosts(scenario, scenario.serverTypes().get(e.serverType()),
                    scenario.sites().get(e.site()), hz), hz);
            fixed.put(key, f);
        }
        return f;
    }

    private static Engine.CloudRate rate(Scenario scenario, Workload w, CloudOffering o, double throughput,
                                         boolean spot, double gbPerUnit) {
        double price = scenario.inReportingCurrency(spot ? o.spotPerHour().orElseThrow() : o.onDemandPerHour());
        return new Engine.CloudRate(throughput, spot ? o.spotInterruptionOverhead() : 0, price,
                spot ? CostCategory.SPOT : CostCategory.CLOUD_ON_DEMAND, scenario.inReportingCurrency(o.egressPerGb()),
                gbPerUnit, w.egressGbPerMonth());
    }

    /** Per-call working arrays of one month each. */
    private static final class Scratch {
        final double[] own;
        final double[] overflow;
        final long[] instances;
        final int[] firstNeeding = new int[1];

        Scratch(int months) {
            own = new double[months];
            overflow = new double[months];
            instances = new long[months];
        }
    }

    /**
     * The NPV of {@code n} own servers ({@code f == null}: none) carrying {@code min(d, n * ts)} of each hour, the
     * rest on {@code cloud} (null: none), as {@link Engine#fleetAndCloud} prices it; the monthly totals by timing
     * go into {@code flows} when it is not null. {@code instances} may hold the cloud instance-hours of each month
     * when already known (no own capacity).
     */
    private static double fleetAndCloud(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int n,
                                        Engine.CloudRate cloud, long[] instances, double[][] flows, Scratch s) {
        int months = hz.months;
        double capacity = f == null ? 0 : n * ts;
        dd.split(capacity, s.own, s.overflow);
        long[] inst = instances;
        if (cloud != null && inst == null) {
            double multiplier = 1 + cloud.overhead();
            int levels = dd.maxLevel(capacity, multiplier, cloud.throughput());
            inst = s.instances;
            dd.instances(capacity, multiplier, cloud.throughput(), levels, inst, null);
        }
        boolean fleet = f != null && n > 0;
        ServerCosts sc = fleet ? f.costs : null;
        double npv = 0;
        for (int m = 0; m < months; m++) {
            double start = 0;
            double spread = 0;
            double end = 0;
            if (fleet) {
                start += n * f.byTiming[START][m];
                spread += n * f.byTiming[SPREAD][m];
                end += n * f.byTiming[END][m];
                double kwh = (n * sc.idleWatts * hz.hoursPerMonth
                        + (sc.peakWatts - sc.idleWatts) / ts * s.own[m]) / 1000;
                double it = kwh * sc.energyPerKwh * hz.energyFactor[m];
                spread += it + it * (sc.pue - 1);
            }
            if (cloud != null) {
                double cf = hz.cloudFactor[m];
                spread += inst[m] * cloud.pricePerHour() * cf;
                double gb = s.overflow[m] * Engine.SECONDS_PER_HOUR * cloud.egressGbPerUnit()
                        + (inst[m] > 0 ? cloud.egressGbPerMonth() : 0);
                spread += gb * cloud.egressPerGb() * cf;
            }
            npv += start * hz.discountStart[m] + (spread + end) * hz.discountEnd[m];
            if (flows != null) {
                flows[START][m] = start;
                flows[SPREAD][m] = spread;
                flows[END][m] = end;
            }
        }
        return npv;
    }

    /**
     * The number of own servers in [0, max] that {@link #fleetAndCloud} prices lowest (the first of equals), as a
     * loop over every n with it finds it, but faster: every n is first priced approximately by
     * {@link #approximateNpv} (the same sums in another order, so within about 1e-15 relative), and only the n
     * within 1e-9 of the lowest of those (in practice one) are priced exactly. The n so found is the one the
     * exact loop finds: any other n is more than 1e-9 - 2e-15 above the lowest exact NPV.
     */
    private static int bestServers(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int max,
                                   Engine.CloudRate cloud, Scratch s) {
        double[] approx = new double[max + 1];
        double lowest = Double.POSITIVE_INFINITY;
        double largest = 0;
        boolean finite = true;
        // every term of the NPV of n servers is >= 0 except their fixed flows (the residual value is negative), so
        // n * (fixed NPV per server + idle energy NPV per server) bounds it from below and grows with n; once that
        // bound is above the lowest NPV so far by far more than the tolerance below (and than rounding), no n from
        // there on can be within the tolerance of the lowest, so none is priced
        double perServerBelow = f.npvPerServer + idleEnergyNpv(hz, f.costs);
        for (int n = 0; n <= max; n++) {
            if (perServerBelow > 0 && finite
                    && n * perServerBelow > lowest + 1e-3 * Math.abs(lowest) + 1e-6 * largest) {
                max = n - 1;
                break;
            }
            double a = approximateNpv(hz, dd, f, ts, n, cloud, s);
            approx[n] = a;
            finite &= Double.isFinite(a);
            lowest = Math.min(lowest, a);
            largest = Math.max(largest, Math.abs(a));
        }
        double tolerance = finite ? 1e-9 * largest : Double.POSITIVE_INFINITY;
        int candidates = 0;
        int only = 0;
        for (int n = 0; n <= max; n++) {
            if (approx[n] <= lowest + tolerance) {
                candidates++;
                only = n;
            }
        }
        if (candidates == 1) {
            return only;
        }
        int best = 0;
        double bestNpv = Double.POSITIVE_INFINITY;
        for (int n = 0; n <= max; n++) {
            if (!finite || approx[n] <= lowest + tolerance) {
                double npv = fleetAndCloud(hz, dd, f, ts, n, cloud, null, null, s);
                if (npv < bestNpv) {
                    bestNpv = npv;
                    best = n;
                }
            }
        }
        return best;
    }

    /** The NPV of the energy one server draws when idle over the horizon, cooling included, as priced per month. */
    private static double idleEnergyNpv(Horizon hz, ServerCosts sc) {
        double weight = 0;
        for (int m = 0; m < hz.months; m++) {
            weight += hz.energyFactor[m] * hz.discountEnd[m];
        }
        return sc.idleWatts * hz.hoursPerMonth * weight / 1000 * sc.energyPerKwh * sc.pue;
    }

    /**
     * The NPV {@link #fleetAndCloud} gives {@code n} own servers and the rest on {@code cloud}, summed per year
     * rather than per month: within a year the cloud and energy price factors are constant, so each year's
     * monthly counts and demand sums enter only through their discount-weighted totals
     * ({@link DemandShape.Drawn#countWeight}, {@link DemandShape.Drawn#sumWeight}), and each instance level or
     * run of equal demand costs one lookup instead of 12 monthly counts. Equal to it up to rounding.
     */
    private static double approximateNpv(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int n,
                                         Engine.CloudRate cloud, Scratch s) {
        dd.weightBy(hz.discountEnd);
        double capacity = n * ts;
        double multiplier = 1 + cloud.overhead();
        ServerCosts sc = f.costs;
        double ownWeighted = 0;
        double energyWeight = 0;
        double cloudNpv = 0;
        int[] firstNeeding = s.firstNeeding;
        for (int y = 0, years = dd.years(); y < years; y++) {
            int first = y * 12;
            int last = Math.min(hz.months, first + 12);
            int above = dd.firstAboveCapacity(y, capacity);
            double g = dd.sumFactor(y);
            double countAbove = dd.countWeight(y, above);
            double sumAbove = dd.sumWeight(y, above) * g;
            if (n > 0) {
                double ef = hz.energyFactor[first];
                double discounts = 0;
                for (int m = first; m < last; m++) {
                    discounts += hz.discountEnd[m];
                }
                energyWeight += ef * discounts;
                ownWeighted += ef * (dd.sumWeight(y, 0) * g - sumAbove + capacity * countAbove);
            }
            double inst = dd.instanceWeight(y, above, capacity, multiplier, cloud.throughput(), firstNeeding);
            double gb = (sumAbove - capacity * countAbove) * Engine.SECONDS_PER_HOUR * cloud.egressGbPerUnit();
            for (int m = first; m < last; m++) {
                if (dd.hasRankAbove(firstNeeding[0], m)) {
                    gb += cloud.egressGbPerMonth() * hz.discountEnd[m];
                }
            }
            cloudNpv += hz.cloudFactor[first] * (inst * cloud.pricePerHour() + gb * cloud.egressPerGb());
        }
        if (n == 0) {
            return cloudNpv;
        }
        double kwh = (n * sc.idleWatts * hz.hoursPerMonth * energyWeight
                + (sc.peakWatts - sc.idleWatts) / ts * ownWeighted) / 1000;
        return n * f.npvPerServer + kwh * sc.energyPerKwh * sc.pue + cloudNpv;
    }

    /**
     * The NPV of all-cloud service with commitments, as {@link Engine#committed} prices it, from the hours that
     * need more than k instances in each month ({@code atLeast[k * months + m]}, k below {@code levels}).
     */
    private static double committed(Horizon hz, DemandShape.Drawn dd, Engine.CloudRate onDemand,
                                    double commitPerHour, double upfrontFraction, boolean inArrears,
                                    int termMonths, int levels, int[] atLeast, double[][] flows) {
        int months = hz.months;
        int hpm = hz.hoursPerMonth;
        int terms = (months + termMonths - 1) / termMonths;
        for (int t = 0; t < terms; t++) {
            int first = t * termMonths;
            int last = Math.min(months, first + termMonths);
            double price = commitPerHour * hz.cloudFactor[first];
            double monthly = (1 - upfrontFraction) * price * hpm;
            double upfront = upfrontFraction * price * hpm * (last - first);
            double npvPerInstance = UnitCosts.termNpvPerInstance(hz, commitPerHour, upfrontFraction, inArrears, first,
                    last);
            int best = 0;
            while (best < levels && weightAtLeast(hz, onDemand, atLeast, best + 1, first, last) > npvPerInstance) {
                best++;
            }
            flows[START][first] += best * upfront;
            for (int m = first; m < last; m++) {
                flows[inArrears ? SPREAD : START][m] += best * monthly;
                double cf = hz.cloudFactor[m];
                long onDemandHours = 0;
                for (int k = best; k < levels; k++) {
                    onDemandHours += atLeast[k * months + m];
                }
                flows[SPREAD][m] += onDemandHours * onDemand.pricePerHour() * cf;
                boolean used = levels > 0 && atLeast[m] > 0;
                double gb = dd.unitsInMonth(m) * Engine.SECONDS_PER_HOUR * onDemand.egressGbPerUnit()
                        + (used ? onDemand.egressGbPerMonth() : 0);
                flows[SPREAD][m] += gb * onDemand.egressPerGb() * cf;
            }
        }
        double npv = 0;
        for (int m = 0; m < months; m++) {
            npv += flows[START][m] * hz.discountStart[m] + (flows[SPREAD][m] + flows[END][m]) * hz.discountEnd[m];
        }
        return npv;
    }

    /** The NPV of monthly totals by timing. */
    private static double npv(Horizon hz, double[][] flows) {
        double npv = 0;
        for (int m = 0; m < hz.months; m++) {
            npv += flows[START][m] * hz.discountStart[m] + (flows[SPREAD][m] + flows[END][m]) * hz.discountEnd[m];
        }
        return npv;
    }

    /** The discounted on-demand cost, in months [first, last), of the hours that need at least {@code k} instances. */
    private static double weightAtLeast(Horizon hz, Engine.CloudRate onDemand, int[] atLeast, int k, int first,
                                        int last) {
        int row = (k - 1) * hz.months;
        double sum = 0;
        for (int m = first; m < last; m++) {
            sum += onDemand.pricePerHour() * hz.cloudFactor[m] * hz.discountEnd[m] * atLeast[row + m];
        }
        return sum;
    }

    // ---------------------------------------------------------------- results

    private static long minorUnits(double value, Currency currency) {
        return Results.minorUnits(value, currency);
    }

    private static final long OUT_OF_RANGE = Results.OUT_OF_RANGE;

    /** The priced options of one workload, sorted as {@link TcoCalculator#analyze()} sorts them. */
    private record Priced(String workload, OptionId[] ids, double[] npv, long[] minor,
                          double[][][] flows, double unitsPerMinor, Currency currency) {

        static Priced sorted(String workload, Options o, Currency currency) {
            int n = o.ids.size();
            long[] minorUnsorted = new long[n];
            Integer[] order = new Integer[n];
            boolean huge = false;
            for (int i = 0; i < n; i++) {
                minorUnsorted[i] = minorUnits(o.npvs.get(i), currency);
                huge |= minorUnsorted[i] == OUT_OF_RANGE;
                order[i] = i;
            }
            if (huge) {
                Arrays.sort(order, (a, b) -> Money.rounded(o.npvs.get(a), currency).compareTo(
                        Money.rounded(o.npvs.get(b), currency)));
            } else {
                Arrays.sort(order, (a, b) -> Long.compare(minorUnsorted[a], minorUnsorted[b]));
            }
            OptionId[] ids = new OptionId[n];
            double[] npv = new double[n];
            long[] minor = new long[n];
            double[][][] flows = new double[n][][];
            for (int i = 0; i < n; i++) {
                int j = order[i];
                ids[i] = o.ids.get(j);
                npv[i] = o.npvs.get(j);
                minor[i] = minorUnsorted[j];
                flows[i] = o.flows.get(j);
            }
            return new Priced(workload, ids, npv, minor, flows,
                    Results.POWERS_OF_TEN[Math.max(0, currency.getDefaultFractionDigits())], currency);
        }

        int indexOf(OptionId option) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i].equals(option)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The options of every workload of a scenario, as {@link FastTco#price} gives them: per workload, the option
     * names in {@link Tco}'s order, their NPVs (unrounded, and rounded to money as {@link Tco} reports them) and
     * kinds, and the break-even month of two options over all workloads.
     */
    public static final class Result {
        private final List<Priced> workloads;
        private final int hoursPerMonth;

        private Result(List<Priced> workloads, int hoursPerMonth) {
            this.workloads = workloads;
            this.hoursPerMonth = hoursPerMonth;
        }

        /** The number of workloads, in the scenario's order. */
        public int workloadCount() {
            return workloads.size();
        }

        /** The name of workload {@code w}. */
        public String workload(int w) {
            return workloads.get(w).workload();
        }

        /** The number of options of workload {@code w}. */
        public int optionCount(int w) {
            return workloads.get(w).ids().length;
        }

        /** The id of option {@code i} of workload {@code w}, as {@link OptionResult#id()}. */
        public OptionId id(int w, int i) {
            return workloads.get(w).ids()[i];
        }

        /** The name of option {@code i} of workload {@code w}, as {@link OptionResult#name()}. */
        public String option(int w, int i) {
            return id(w, i).name();
        }

        /** The index of option {@code option} of workload {@code w}, or -1 when it has no such option. */
        public int indexOf(int w, OptionId option) {
            return workloads.get(w).indexOf(option);
        }

        public OptionKind kind(int w, int i) {
            return id(w, i).kind();
        }

        /** The NPV of option {@code i} of workload {@code w}, unrounded, in the reporting currency. */
        public double npv(int w, int i) {
            return workloads.get(w).npv()[i];
        }

        /**
         * The NPV of option {@code i} of workload {@code w} in minor units of the reporting currency (cents),
         * rounded half-even as {@link OptionResult#npv()} is.
         */
        public long npvMinorUnits(int w, int i) {
            long units = workloads.get(w).minor()[i];
            if (units == OUT_OF_RANGE) {
                throw new ArithmeticException("NPV of %s (%s) has too many minor units for a long; use roundedNpv"
                        .formatted(option(w, i), npv(w, i)));
            }
            return units;
        }

        /** Whether {@link #npvMinorUnits} can give option {@code i} of workload {@code w} (it fits a long). */
        public boolean fitsMinorUnits(int w, int i) {
            return workloads.get(w).minor()[i] != OUT_OF_RANGE;
        }

        /** The NPV of option {@code i} of workload {@code w} rounded to money, as {@link OptionResult#npv()}. */
        public Money roundedNpv(int w, int i) {
            Priced p = workloads.get(w);
            return p.minor()[i] == OUT_OF_RANGE ? Money.rounded(p.npv()[i], p.currency())
                    : new Money(java.math.BigDecimal.valueOf(p.minor()[i],
                    Math.max(0, p.currency().getDefaultFractionDigits())), p.currency());
        }

        /** Minor units per unit of the reporting currency (100 for cents). */
        public double minorUnitsPerUnit() {
            return workloads.get(0).unitsPerMinor();
        }

        /**
         * The month (counted from 1) in which the cumulative undiscounted costs of options {@code a} and
         * {@code b}, summed over every workload, cross, as {@link WorkloadTco#breakEven} finds it; empty when
         * they do not cross within the horizon.
         *
         * @throws IllegalArgumentException when a workload has no option of that name
         */
        public OptionalInt breakEvenMonth(OptionId a, OptionId b) {
            double[][] fa = summed(a);
            double[][] fb = summed(b);
            double[] c = Results.crossing(fa, fb, hoursPerMonth);
            return c == null ? OptionalInt.empty() : OptionalInt.of((int) c[2]);
        }

        private double[][] summed(OptionId option) {
            if (workloads.size() == 1) {
                return workloads.get(0).flows()[index(0, option)];
            }
            double[][] sum = null;
            for (int w = 0; w < workloads.size(); w++) {
                double[][] f = workloads.get(w).flows()[index(w, option)];
                if (sum == null) {
                    sum = new double[3][f[0].length];
                }
                for (int t = 0; t < 3; t++) {
                    for (int m = 0; m < f[t].length; m++) {
                        sum[t][m] += f[t][m];
                    }
                }
            }
            return sum;
        }

        private int index(int w, OptionId option) {
            int i = workloads.get(w).indexOf(option);
            if (i < 0) {
                throw new IllegalArgumentException("option (%s) is not among the options of workload %s: %s"
                        .formatted(option, workload(w), List.of(workloads.get(w).ids())));
            }
            return i;
        }
    }
}
