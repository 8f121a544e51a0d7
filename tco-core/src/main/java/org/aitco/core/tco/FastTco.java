package org.aitco.core.tco;

import java.math.BigDecimal;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitco.core.internal.FastPricing;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;

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
final class FastTco implements FastPricing.Calculator {
    static {
        FastPricing.register(FastTco::of);
    }

    private static final int MAX_EXTRA_SHAPES = 256;
    /** The most per-level monthly counts held for commitments (16 MB); beyond, the hourly loop prices them. */
    private static final long MAX_LEVEL_CELLS = 4_000_000;
    private static final int START = 0;
    private static final int SPREAD = 1;
    private static final int END = 2;

    private final Map<String, DemandShape> shapes = new HashMap<>();
    private final ConcurrentHashMap<ShapeKey, DemandShape> extra = new ConcurrentHashMap<>();
    private final Scenario base;
    /** The base scenario's inputs, made on first use by {@link #variants}. */
    private volatile Inputs baseInputs;

    private FastTco(Scenario base) {
        this.base = base;
        var f = base.financials();
        for (Workload w : base.workloads()) {
            shapes.put(w.name(), new DemandShape(w.demand().hourly(), f.horizonMonths(), f.hoursPerMonth()));
        }
    }

    /** A fast calculator for {@code base} and its variants; sorts each workload's demand once. */
    static FastTco of(Scenario base) {
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
    @Override
    public Result price(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Inputs in = new Inputs(scenario);
        DemandShape.Drawn[] demand = new DemandShape.Drawn[in.workloads];
        Horizon hz = in.horizon();
        for (int w = 0; w < in.workloads; w++) {
            demand[w] = drawn(scenario.workloads().get(w), hz);
        }
        return price(in, hz, demand, scenario);
    }

    /**
     * Prices variants of the base scenario that differ only in the values at {@code paths}, each given with list
     * indices from 0 ({@code financials.discountRatePerYear}, {@code workloads[1].demand.scale},
     * {@code cloudOfferings[0].commitments[2].effectivePerHour}, {@code sites[0].space.price}; the full list is
     * {@link Variants#PATHS}), without building the variant scenario: {@link Variants#price} gives what
     * {@link #price(Scenario)} gives for the scenario with those values. Null when a path is not among them.
     *
     * <p>The caller checks the values: they go into the calculation as given, where building the scenario would
     * run the model's checks on them.
     */
    @Override
    public Variants variants(List<String> paths) {
        Inputs b = baseInputs;
        if (b == null) {
            baseInputs = b = new Inputs(base);
        }
        Knob[] knobs = new Knob[paths.size()];
        for (int k = 0; k < knobs.length; k++) {
            knobs[k] = Knob.of(base, paths.get(k));
            if (knobs[k] == null) {
                return null;
            }
        }
        return new Variants(b, knobs);
    }

    private static final Pattern KNOB = Pattern.compile(
            "(financials|workloads|cloudOfferings|serverTypes|sites)(?:\\[(\\d+)])?(?:\\.commitments\\[(\\d+)])?"
                    + "\\.(.+)");

    /** Writes one value into {@link Inputs}. */
    @FunctionalInterface
    private interface Knob {
        void set(Inputs in, double value);

        /** The knob of an indexed path of {@code s}, or null when the path is not one of {@link Variants#PATHS}. */
        static Knob of(Scenario s, String path) {
            Matcher m = KNOB.matcher(path);
            if (!m.matches()) {
                return null;
            }
            String root = m.group(1);
            boolean listed = !root.equals("financials");
            if (listed != (m.group(2) != null) || (m.group(3) != null && !root.equals("cloudOfferings"))) {
                return null;
            }
            try {
                int i = listed ? Integer.parseInt(m.group(2)) : -1;
                String leaf = m.group(4);
                switch (root) {
                    case "financials" -> {
                        return switch (leaf) {
                            case "discountRatePerYear" -> (in, v) -> in.discountRatePerYear = v;
                            case "energyEscalationPerYear" -> (in, v) -> in.energyEscalationPerYear = v;
                            case "cloudPriceChangePerYear" -> (in, v) -> in.cloudPriceChangePerYear = v;
                            default -> null;
                        };
                    }
                    case "workloads" -> {
                        s.workloads().get(i);
                        return switch (leaf) {
                            case "demand.scale" -> (in, v) -> in.scale[i] = v;
                            case "demand.growthPerYear" -> (in, v) -> in.growth[i] = v;
                            case "egressGbPerMillionUnits" -> (in, v) -> in.egressGbPerMillionUnits[i] = v;
                            case "egressGbPerMonth" -> (in, v) -> in.egressGbPerMonth[i] = v;
                            default -> null;
                        };
                    }
                    case "cloudOfferings" -> {
                        CloudOffering o = s.cloudOfferings().get(i);
                        if (m.group(3) != null) {
                            int c = Integer.parseInt(m.group(3));
                            Commitment commitment = o.commitments().get(c);
                            return switch (leaf) {
                                case "effectivePerHour" -> price(s, commitment.effectivePerHour(),
                                        (in, v) -> in.commitPerHour[i][c] = v);
                                // the upfront share is part of the option's name: a variant of it needs its scenario
                                default -> null;
                            };
                        }
                        return switch (leaf) {
                            case "onDemandPerHour" -> price(s, o.onDemandPerHour(), (in, v) -> in.onDemand[i] = v);
                            case "spotPerHour" -> o.spotPerHour().isEmpty() ? null
                                    : price(s, o.spotPerHour().get(), (in, v) -> in.spot[i] = v);
                            case "spotInterruptionOverhead" -> (in, v) -> in.spotOverhead[i] = v;
                            case "egressPerGb" -> price(s, o.egressPerGb(), (in, v) -> in.egressPerGb[i] = v);
                            default -> null;
                        };
                    }
                    case "serverTypes" -> {
                        ServerType t = s.serverTypes().get(i);
                        return switch (leaf) {
                            case "purchasePrice" -> price(s, t.purchasePrice(), (in, v) -> in.purchasePrice[i] = v);
                            case "residualValueFraction" -> (in, v) -> in.residualValueFraction[i] = v;
                            case "maintenancePerYearFraction" -> (in, v) -> in.maintenancePerYearFraction[i] = v;
                            case "runningCostPerHour" -> price(s, t.runningCostPerHour(),
                                    (in, v) -> in.runningPerHour[i] = v);
                            default -> null;
                        };
                    }
                    default -> {
                        Site site = s.sites().get(i);
                        return switch (leaf) {
                            case "energyPerKwh" -> price(s, site.energyPerKwh(), (in, v) -> in.energyPerKwh[i] = v);
                            case "pue" -> (in, v) -> in.pue[i] = v;
                            case "space.price" -> price(s, site.space().price(), (in, v) -> in.spacePrice[i] = v);
                            case "staffPerServerYear" -> price(s, site.staffPerServerYear(),
                                    (in, v) -> in.staffPerYear[i] = v);
                            default -> null;
                        };
                    }
                }
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                return null;
            }
        }

        /**
         * A price's knob: the value is an amount in the currency of {@code was}, made a price and converted to the
         * reporting currency as the drawn scenario's price would be.
         */
        private static Knob price(Scenario s, Price was, Knob into) {
            // the drawn price is new Price(BigDecimal.valueOf(v)), whose value() is v again (Double.toString keeps
            // the digits that tell v from every other double), and 0.0 for -0.0; it is converted as
            // ExchangeRates.convert does: the amount times the rate, or the amount itself in the same currency
            double rate = s.inReportingCurrency(new Price(BigDecimal.ONE, was.currency()));
            boolean same = was.currency().equals(s.financials().reportingCurrency());
            return same ? (in, v) -> into.set(in, v + 0.0) : (in, v) -> into.set(in, (v + 0.0) * rate);
        }
    }

    /**
     * Variants of the base scenario with other values at a few paths ({@link #variants}): each {@link #price}
     * copies the base scenario's inputs, writes the values and prices them, without building a scenario.
     * Thread-safe.
     */
    final class Variants implements FastPricing.Variants {
        /** The paths a variant may change ({@code i}, {@code k}: list indices from 0). */
        static final List<String> PATHS = List.of("financials.discountRatePerYear",
                "financials.energyEscalationPerYear", "financials.cloudPriceChangePerYear",
                "workloads[i].demand.scale", "workloads[i].demand.growthPerYear",
                "workloads[i].egressGbPerMillionUnits", "workloads[i].egressGbPerMonth",
                "cloudOfferings[i].onDemandPerHour", "cloudOfferings[i].spotPerHour",
                "cloudOfferings[i].spotInterruptionOverhead", "cloudOfferings[i].egressPerGb",
                "cloudOfferings[i].commitments[k].effectivePerHour", "serverTypes[i].purchasePrice",
                "serverTypes[i].residualValueFraction", "serverTypes[i].maintenancePerYearFraction",
                "serverTypes[i].runningCostPerHour", "sites[i].energyPerKwh", "sites[i].pue",
                "sites[i].space.price", "sites[i].staffPerServerYear");

        private final Inputs baseInputs;
        private final Knob[] knobs;

        private Variants(Inputs baseInputs, Knob[] knobs) {
            this.baseInputs = baseInputs;
            this.knobs = knobs;
        }

        /**
         * What {@link FastTco#price(Scenario)} gives for the base scenario with {@code values[k]} at path k, or
         * null when this variant needs the scenario itself (its demand does not fit the base's shape, or a
         * commitment has too many instance levels to count): then price the scenario.
         *
         * @throws IllegalArgumentException as {@link FastTco#price(Scenario)}
         */
        @Override
        public Result price(double[] values) {
            Inputs in = baseInputs.copy();
            for (int k = 0; k < knobs.length; k++) {
                knobs[k].set(in, values[k]);
            }
            Horizon hz = in.horizon();
            DemandShape.Drawn[] demand = new DemandShape.Drawn[in.workloads];
            for (int w = 0; w < in.workloads; w++) {
                DemandShape shape = shapes.get(in.scenario.workloads().get(w).name());
                demand[w] = shape.drawScaled(in.scale[w], in.growth[w]);
                if (demand[w] == null) {
                    return null;
                }
            }
            try {
                return FastTco.this.price(in, hz, demand, null);
            } catch (NeedsScenario e) {
                return null;
            }
        }
    }

    /**
     * The numbers of a scenario that the fast path prices from: the scenario gives the structure (names, platforms,
     * throughputs, jurisdictions, horizon, currency), these arrays the values a variant may change, money in the
     * reporting currency. A Monte Carlo draw copies the base scenario's and writes its drawn values into the copy
     * ({@link Variants}), rather than building the drawn scenario.
     */
    static final class Inputs {
        final Scenario scenario;
        final int workloads;
        double discountRatePerYear;
        double energyEscalationPerYear;
        double cloudPriceChangePerYear;
        /** Per workload: demand scale (1 in the scenario), growth, egress per million units and per month. */
        double[] scale;
        double[] growth;
        double[] egressGbPerMillionUnits;
        double[] egressGbPerMonth;
        /** Per offering: on-demand and spot price (NaN when none), spot overhead, egress price. */
        double[] onDemand;
        double[] spot;
        double[] spotOverhead;
        double[] egressPerGb;
        /** Per offering and commitment: effective price per hour and upfront fraction. */
        double[][] commitPerHour;
        double[][] upfrontFraction;
        /** Per server type: price, residual and maintenance fractions, running cost per hour. */
        double[] purchasePrice;
        double[] residualValueFraction;
        double[] maintenancePerYearFraction;
        double[] runningPerHour;
        /** Per site: energy price, PUE, space price, staff per server-year. */
        double[] energyPerKwh;
        double[] pue;
        double[] spacePrice;
        double[] staffPerYear;

        Inputs(Scenario s) {
            scenario = s;
            var f = s.financials();
            discountRatePerYear = f.discountRatePerYear();
            energyEscalationPerYear = f.energyEscalationPerYear();
            cloudPriceChangePerYear = f.cloudPriceChangePerYear();
            List<Workload> ws = s.workloads();
            workloads = ws.size();
            scale = new double[workloads];
            growth = new double[workloads];
            egressGbPerMillionUnits = new double[workloads];
            egressGbPerMonth = new double[workloads];
            for (int i = 0; i < workloads; i++) {
                Workload w = ws.get(i);
                scale[i] = 1;
                growth[i] = w.demand().growthPerYear();
                egressGbPerMillionUnits[i] = w.egressGbPerMillionUnits();
                egressGbPerMonth[i] = w.egressGbPerMonth();
            }
            List<CloudOffering> os = s.cloudOfferings();
            int n = os.size();
            onDemand = new double[n];
            spot = new double[n];
            spotOverhead = new double[n];
            egressPerGb = new double[n];
            commitPerHour = new double[n][];
            upfrontFraction = new double[n][];
            for (int i = 0; i < n; i++) {
                CloudOffering o = os.get(i);
                onDemand[i] = s.inReportingCurrency(o.onDemandPerHour());
                spot[i] = o.spotPerHour().isPresent() ? s.inReportingCurrency(o.spotPerHour().get()) : Double.NaN;
                spotOverhead[i] = o.spotInterruptionOverhead();
                egressPerGb[i] = s.inReportingCurrency(o.egressPerGb());
                int c = o.commitments().size();
                commitPerHour[i] = new double[c];
                upfrontFraction[i] = new double[c];
                for (int k = 0; k < c; k++) {
                    commitPerHour[i][k] = s.inReportingCurrency(o.commitments().get(k).effectivePerHour());
                    upfrontFraction[i][k] = o.commitments().get(k).upfrontFraction();
                }
            }
            List<ServerType> ts = s.serverTypes();
            purchasePrice = new double[ts.size()];
            residualValueFraction = new double[ts.size()];
            maintenancePerYearFraction = new double[ts.size()];
            runningPerHour = new double[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                ServerType t = ts.get(i);
                purchasePrice[i] = s.inReportingCurrency(t.purchasePrice());
                residualValueFraction[i] = t.residualValueFraction();
                maintenancePerYearFraction[i] = t.maintenancePerYearFraction();
                runningPerHour[i] = s.inReportingCurrency(t.runningCostPerHour());
            }
            List<Site> ss = s.sites();
            energyPerKwh = new double[ss.size()];
            pue = new double[ss.size()];
            spacePrice = new double[ss.size()];
            staffPerYear = new double[ss.size()];
            for (int i = 0; i < ss.size(); i++) {
                Site site = ss.get(i);
                energyPerKwh[i] = s.inReportingCurrency(site.energyPerKwh());
                pue[i] = site.pue();
                spacePrice[i] = s.inReportingCurrency(site.space().price());
                staffPerYear[i] = s.inReportingCurrency(site.staffPerServerYear());
            }
        }

        private Inputs(Inputs b) {
            scenario = b.scenario;
            workloads = b.workloads;
            discountRatePerYear = b.discountRatePerYear;
            energyEscalationPerYear = b.energyEscalationPerYear;
            cloudPriceChangePerYear = b.cloudPriceChangePerYear;
            scale = b.scale.clone();
            growth = b.growth.clone();
            egressGbPerMillionUnits = b.egressGbPerMillionUnits.clone();
            egressGbPerMonth = b.egressGbPerMonth.clone();
            onDemand = b.onDemand.clone();
            spot = b.spot.clone();
            spotOverhead = b.spotOverhead.clone();
            egressPerGb = b.egressPerGb.clone();
            commitPerHour = deep(b.commitPerHour);
            upfrontFraction = deep(b.upfrontFraction);
            purchasePrice = b.purchasePrice.clone();
            residualValueFraction = b.residualValueFraction.clone();
            maintenancePerYearFraction = b.maintenancePerYearFraction.clone();
            runningPerHour = b.runningPerHour.clone();
            energyPerKwh = b.energyPerKwh.clone();
            pue = b.pue.clone();
            spacePrice = b.spacePrice.clone();
            staffPerYear = b.staffPerYear.clone();
        }

        private static double[][] deep(double[][] a) {
            double[][] c = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i].clone();
            }
            return c;
        }

        Inputs copy() {
            return new Inputs(this);
        }

        Horizon horizon() {
            return new Horizon(scenario.financials(), discountRatePerYear, energyEscalationPerYear,
                    cloudPriceChangePerYear);
        }

        ServerCosts serverCosts(int type, int site, Horizon hz) {
            return new ServerCosts(scenario.serverTypes().get(type), scenario.sites().get(site), hz,
                    new ServerCosts.Values(purchasePrice[type], residualValueFraction[type],
                            maintenancePerYearFraction[type], runningPerHour[type], energyPerKwh[site], pue[site],
                            spacePrice[site], staffPerYear[site]));
        }
    }

    /** Signals that a variant needs the scenario path (commitments with too many levels for the counts). */
    private static final class NeedsScenario extends RuntimeException {
        NeedsScenario() {
            super(null, null, false, false);
        }
    }

    /**
     * Prices every option of every workload of the scenario {@code in} stands for, each workload's demand given;
     * {@code scenario} is that scenario when it exists (for commitments with too many instance levels to count,
     * priced by the hourly loop), else null (then {@link NeedsScenario} is thrown in that case).
     */
    private Result price(Inputs in, Horizon hz, DemandShape.Drawn[] demand, Scenario scenario) {
        Currency currency = in.scenario.financials().reportingCurrency();
        Fixed[] fixed = new Fixed[in.scenario.serverTypes().size() * in.scenario.sites().size()];
        List<Priced> priced = new ArrayList<>(in.workloads);
        for (int w = 0; w < in.workloads; w++) {
            priced.add(price(in, w, demand[w], hz, fixed, currency, scenario));
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

    private Priced price(Inputs in, int wi, DemandShape.Drawn dd, Horizon hz, Fixed[] fixed, Currency currency,
                         Scenario scenario) {
        Workload w = in.scenario.workloads().get(wi);
        OptionCatalogue catalogue = OptionCatalogue.of(in.scenario, w, dd.peak, in.pue, in.spotOverhead, false);
        if (catalogue.entries.isEmpty()) {
            throw OptionCatalogue.of(in.scenario, w, dd.peak, in.pue, in.spotOverhead, true).noOption(w);
        }
        int months = hz.months;
        Scratch scratch = new Scratch(months);
        Options out = new Options();
        double gbPerUnit = in.egressGbPerMillionUnits[wi] / 1e6;
        List<CloudOffering> offerings = in.scenario.cloudOfferings();
        // per offering: its on-demand rate, and its instance-hours and per-level counts with no own capacity
        Engine.CloudRate[] rates = new Engine.CloudRate[offerings.size()];
        long[][] instancesOf = new long[offerings.size()][];
        int[][] atLeastOf = new int[offerings.size()][];
        int[] levelsOf = new int[offerings.size()];
        TcoCalculator hourly = null;
        for (OptionCatalogue.Entry e : catalogue.entries) {
            OptionId id = e.id();
            int oi = e.offering();
            if (oi >= 0 && rates[oi] == null) {
                rates[oi] = rate(in, wi, oi, e.cloudThroughput(), false, gbPerUnit);
            }
            Engine.CloudRate od = oi < 0 ? null : rates[oi];
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
                    Commitment c = offerings.get(oi).commitments().get(e.commitment());
                    if (atLeastOf[oi] != null) {
                        npv = committed(hz, dd, od, in.commitPerHour[oi][e.commitment()],
                                in.upfrontFraction[oi][e.commitment()], UnitCosts.inArrears(c), c.termYears() * 12,
                                levelsOf[oi], atLeastOf[oi], flows);
                    } else {
                        if (scenario == null) {
                            throw new NeedsScenario();
                        }
                        if (hourly == null) {
                            hourly = TcoCalculator.of(scenario, w.name());
                        }
                        flows = Results.byTiming(hourly.committed(offerings.get(oi).name(), e.commitment()));
                        npv = npv(hz, flows);
                    }
                }
                case CLOUD_SPOT -> {
                    Engine.CloudRate spot = rate(in, wi, oi, e.cloudThroughput(), true, gbPerUnit);
                    npv = fleetAndCloud(hz, dd, null, 0, 0, spot, null, flows, scratch);
                }
                case ON_PREM -> {
                    Fixed f = fixed(in, e, hz, fixed);
                    double ts = e.ownThroughput();
                    npv = fleetAndCloud(hz, dd, f, ts, Engine.ceilUnits(dd.peak / ts), null, null, flows, scratch);
                }
                case HYBRID -> {
                    Fixed f = fixed(in, e, hz, fixed);
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
    private static Fixed fixed(Inputs in, OptionCatalogue.Entry e, Horizon hz, Fixed[] fixed) {
        int key = e.serverType() * in.scenario.sites().size() + e.site();
        Fixed f = fixed[key];
        if (f == null) {
            f = new Fixed(in.serverCosts(e.serverType(), e.site(), hz), hz);
            fixed[key] = f;
        }
        return f;
    }

    private static Engine.CloudRate rate(Inputs in, int w, int o, double throughput, boolean spot,
                                         double gbPerUnit) {
        double price = spot ? in.spot[o] : in.onDemand[o];
        return new Engine.CloudRate(throughput, spot ? in.spotOverhead[o] : 0, price,
                spot ? CostCategory.SPOT : CostCategory.CLOUD_ON_DEMAND, in.egressPerGb[o], gbPerUnit,
                in.egressGbPerMonth[w]);
    }

    /** Per-call working arrays of one month each. */
    private static final class Scratch {
        final double[] own;
        final double[] overflow;
        final long[] instances;
        final int[] firstNeeding = new int[1];
        final double[] run = new double[4];
        /** Set by each approximate NPV: the energy its servers draw to serve, and the cloud part. */
        double serving;
        double cloud;

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
     * loop over every n with it finds it, but faster. Every n considered is first priced approximately
     * ({@link #approximateNpv}, or per run of equal demand {@link #approximateNpvByRuns}: the same sums in another
     * order, so within about 1e-15 relative), and only the n within 1e-9 of the lowest of those (in practice one)
     * are priced exactly. The n so found is the one the exact loop finds: any other n is more than 1e-9 - 2e-15
     * above the lowest exact NPV.
     *
     * <p>Not every n is priced: the NPV of n servers is {@code n * perServer} (fixed flows and idle energy) plus
     * the energy they draw to serve (not falling with n) plus the cloud above them (not rising with n), so over
     * servers in [a, b] it is at least {@code min(a, b) * perServer + serving(a) + cloud(b)}. An interval whose
     * bound is above the lowest approximate NPV so far by more than twice the tolerance holds no candidate and is
     * dropped; others are halved (branch and bound, the lower half first when its end is cheaper).
     */
    private static int bestServers(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int max,
                                   Engine.CloudRate cloud, Scratch s) {
        if (max <= 1) {
            return bestServersByScan(hz, dd, f, ts, max, cloud, s);
        }
        double energyWeight = energyWeight(hz);
        ServerCosts sc = f.costs;
        double perServer = f.npvPerServer + sc.idleWatts * hz.hoursPerMonth * energyWeight / 1000 * sc.energyPerKwh
                * sc.pue;
        Estimates e = new Estimates(max);
        int[] stack = new int[2 * (max + 2)];
        for (int n : new int[] {0, max}) {
            if (!e.keep(n, approx(hz, dd, f, ts, n, cloud, s, energyWeight), s)) {
                return bestServersByScan(hz, dd, f, ts, max, cloud, s);
            }
        }
        int top = 0;
        stack[top++] = 0;
        stack[top++] = max;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            if (b - a <= 1) {
                continue;
            }
            double bound = Math.min(a * perServer, b * perServer) + e.serving[a] + e.cloudPart[b];
            if (bound > e.lowest + 2e-9 * e.largest) {
                continue;
            }
            int mid = (a + b) >>> 1;
            if (!e.keep(mid, approx(hz, dd, f, ts, mid, cloud, s, energyWeight), s)) {
                return bestServersByScan(hz, dd, f, ts, max, cloud, s);
            }
            // the half with the cheaper end is searched first (it is on top of the stack)
            if (e.approx[a] <= e.approx[b]) {
                stack[top++] = mid;
                stack[top++] = b;
                stack[top++] = a;
                stack[top++] = mid;
            } else {
                stack[top++] = a;
                stack[top++] = mid;
                stack[top++] = mid;
                stack[top++] = b;
            }
        }
        int candidates = 0;
        int only = 0;
        for (int n = 0; n <= max; n++) {
            if (e.candidate(n)) {
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
            if (e.candidate(n)) {
                double npv = fleetAndCloud(hz, dd, f, ts, n, cloud, null, null, s);
                if (npv < bestNpv) {
                    bestNpv = npv;
                    best = n;
                }
            }
        }
        return best;
    }

    /** The fleet sizes {@link #bestServers} has priced approximately, with the parts its interval bound needs. */
    private static final class Estimates {
        final double[] approx;
        final double[] serving;
        final double[] cloudPart;
        final boolean[] priced;
        double lowest = Double.POSITIVE_INFINITY;
        double largest;

        Estimates(int max) {
            approx = new double[max + 1];
            serving = new double[max + 1];
            cloudPart = new double[max + 1];
            priced = new boolean[max + 1];
        }

        /** Keeps {@code n}'s estimate {@code v} (and the parts {@code approx} left in {@code s}); false if not finite. */
        boolean keep(int n, double v, Scratch s) {
            if (!Double.isFinite(v)) {
                return false;
            }
            approx[n] = v;
            serving[n] = s.serving;
            cloudPart[n] = s.cloud;
            priced[n] = true;
            lowest = Math.min(lowest, v);
            largest = Math.max(largest, Math.abs(v));
            return true;
        }

        /** Whether {@code n} was priced within 1e-9 (relative to the largest estimate) of the lowest. */
        boolean candidate(int n) {
            return priced[n] && approx[n] <= lowest + 1e-9 * largest;
        }
    }

    /** The approximate NPV of {@code n} servers, by runs of equal demand when the cycle is short. */
    private static double approx(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int n, Engine.CloudRate cloud,
                                 Scratch s, double energyWeight) {
        return dd.hasRuns() ? approximateNpvByRuns(hz, dd, f, ts, n, cloud, s, energyWeight)
                : approximateNpv(hz, dd, f, ts, n, cloud, s);
    }

    /** {@code sum_m energyFactor_m * discountEnd_m}, summed per year as {@link #approximateNpv} sums it. */
    private static double energyWeight(Horizon hz) {
        double energyWeight = 0;
        for (int first = 0; first < hz.months; first += 12) {
            double discounts = 0;
            for (int m = first, last = Math.min(hz.months, first + 12); m < last; m++) {
                discounts += hz.discountEnd[m];
            }
            energyWeight += hz.energyFactor[first] * discounts;
        }
        return energyWeight;
    }

    /**
     * {@link #approximateNpv} per run of equal demand ({@link DemandShape.Drawn#runNpv}): for each year, one step
     * per run above the capacity, from per-draw weighted sums shared by every option of the workload. Sets
     * {@link Scratch#serving} and {@link Scratch#cloud} as {@link #approximateNpv} does.
     */
    private static double approximateNpvByRuns(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int n,
                                               Engine.CloudRate cloud, Scratch s, double energyWeight) {
        dd.runWeights(hz.discountEnd);
        double capacity = n * ts;
        double multiplier = 1 + cloud.overhead();
        double[] out = s.run;
        double ownWeighted = 0;
        double cloudNpv = 0;
        for (int y = 0, years = dd.years(); y < years; y++) {
            int first = y * 12;
            dd.runNpv(y, capacity, multiplier, cloud.throughput(), out);
            ownWeighted += hz.energyFactor[first] * out[2];
            double gb = out[1] * Engine.SECONDS_PER_HOUR * cloud.egressGbPerUnit() + cloud.egressGbPerMonth() * out[3];
            cloudNpv += hz.cloudFactor[first] * (out[0] * cloud.pricePerHour() + gb * cloud.egressPerGb());
        }
        s.cloud = cloudNpv;
        if (n == 0) {
            s.serving = 0;
            return cloudNpv;
        }
        ServerCosts sc = f.costs;
        double dynamic = (sc.peakWatts - sc.idleWatts) / ts * ownWeighted;
        s.serving = dynamic / 1000 * sc.energyPerKwh * sc.pue;
        double kwh = (n * sc.idleWatts * hz.hoursPerMonth * energyWeight + dynamic) / 1000;
        return n * f.npvPerServer + kwh * sc.energyPerKwh * sc.pue + cloudNpv;
    }

    /** {@link #bestServers} by approximating every n up to a bound (used when an approximation is not finite). */
    private static int bestServersByScan(Horizon hz, DemandShape.Drawn dd, Fixed f, double ts, int max,
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
        s.cloud = cloudNpv;
        if (n == 0) {
            s.serving = 0;
            return cloudNpv;
        }
        s.serving = (sc.peakWatts - sc.idleWatts) / ts * ownWeighted / 1000 * sc.energyPerKwh * sc.pue;
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
    static final class Result implements FastPricing.Result {
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
