package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;

/**
 * The TCO calculator of one workload of a scenario: prices any single option over the horizon, hour by hour,
 * and sizes hybrids exactly on the load-duration curve.
 *
 * <p>Construction computes the workload's demand for every hour of the horizon once ({@code horizonYears * 12 *
 * hoursPerMonth} values, growth included); each option is then one pass over that array, a few tens of
 * microseconds for five years. The load-duration curve is sorted on the first hybrid request and kept.
 *
 * <p>Every method checks that the platform exists and is compatible (a throughput entry for the workload's model
 * at its SLO, a jurisdiction the workload allows), and throws an {@link IllegalArgumentException} naming the
 * workload and the reason otherwise. Instances are not thread-safe only in that the load-duration curve is built
 * lazily; results are immutable.
 */
public final class TcoCalculator {
    private final Scenario scenario;
    private final Workload workload;
    private final Horizon hz;
    private final double[] demand;
    private final double peak;
    private LoadDurationCurve ldc;
    private DemandShape.Drawn shape;

    private TcoCalculator(Scenario scenario, Workload workload) {
        this.scenario = scenario;
        this.workload = workload;
        this.hz = new Horizon(scenario.financials());
        this.demand = hourlyDemand(workload, hz);
        double p = 0;
        for (double d : demand) {
            p = Math.max(p, d);
        }
        this.peak = p;
    }

    /** A calculator for the workload named {@code workload} of {@code scenario}. */
    public static TcoCalculator of(Scenario scenario, String workload) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(workload, "workload");
        Workload w = scenario.workload(workload).orElseThrow(() -> new IllegalArgumentException(
                "workload (%s) is not in scenario %s; it has %s".formatted(workload, scenario.name(),
                        scenario.workloads().stream().map(Workload::name).toList())));
        return new TcoCalculator(scenario, w);
    }

    static double[] hourlyDemand(Workload w, Horizon hz) {
        double[] d = new double[hz.hours];
        double[] cycle = w.demand().hourly();
        int len = cycle.length;
        for (int year = 0, h = 0; h < hz.hours; year++) {
            double growth = Math.pow(1 + w.demand().growthPerYear(), year);
            for (int end = Math.min(hz.hours, h + hz.hoursPerYear); h < end; h++) {
                d[h] = cycle[h % len] * growth;
            }
        }
        return d;
    }

    public Workload workload() {
        return workload;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The highest hourly demand over the horizon, growth included, per second. */
    public double peakDemand() {
        return peak;
    }

    double[] demand() {
        return demand;
    }

    /** The demand's order by month ({@link DemandShape}), built on first use and kept. */
    private DemandShape.Drawn shape() {
        if (shape == null) {
            shape = Objects.requireNonNull(new DemandShape(workload.demand().hourly(), hz.months, hz.hoursPerMonth)
                    .draw(workload.demand()), "a shape fits the profile it was built from");
        }
        return shape;
    }

    /**
     * What a capacity of {@code capacity} and {@code cloud} (null: none) above it carry in each month, from the
     * demand's order rather than hour by hour: the same counts, sums to rounding.
     */
    private Engine.Months carried(double capacity, Engine.CloudRate cloud) {
        DemandShape.Drawn dd = shape();
        Engine.Months q = new Engine.Months(hz.months);
        dd.split(capacity, q.own, q.overflow);
        for (int m = 0; m < hz.months; m++) {
            q.demand[m] = dd.unitsInMonth(m);
        }
        if (cloud != null) {
            double multiplier = 1 + cloud.overhead();
            int levels = dd.maxLevel(capacity, multiplier, cloud.throughput());
            dd.instances(capacity, multiplier, cloud.throughput(), levels, q.instances, null);
        }
        return q;
    }

    Horizon horizon() {
        return hz;
    }

    // ---------------------------------------------------------------- compatibility

    private IllegalArgumentException cannot(String reason) {
        return new IllegalArgumentException("workload %s %s".formatted(workload.name(), reason));
    }

    CloudOffering offering(String name) {
        Objects.requireNonNull(name, "offering");
        CloudOffering o = scenario.cloudOffering(name).orElseThrow(() -> cannot(
                "cannot use cloud offering %s: the scenario has no such offering".formatted(name)));
        if (scenario.throughput(workload, o.name()).isEmpty()) {
            throw cannot("cannot run on cloud offering %s: no throughput entry for model %s at SLO %s"
                    .formatted(name, workload.model(), workload.slo()));
        }
        if (!workload.mayRunIn(o.jurisdiction())) {
            throw cannot("may not run on cloud offering %s: its jurisdiction %s is not among the allowed %s"
                    .formatted(name, o.jurisdiction(), workload.allowedJurisdictions()));
        }
        String tooLarge = beyondScale(o.name(), peak, throughput(o.name()), o.spotInterruptionOverhead());
        if (tooLarge != null) {
            throw cannot("cannot be priced on " + tooLarge);
        }
        return o;
    }

    ServerType serverType(String name) {
        Objects.requireNonNull(name, "serverType");
        ServerType s = scenario.serverType(name).orElseThrow(() -> cannot(
                "cannot use server type %s: the scenario has no such server type".formatted(name)));
        if (scenario.throughput(workload, s.name()).isEmpty()) {
            throw cannot("cannot run on server type %s: no throughput entry for model %s at SLO %s"
                    .formatted(name, workload.model(), workload.slo()));
        }
        String tooLarge = beyondScale(s.name(), peak, throughput(s.name()), 0);
        if (tooLarge != null) {
            throw cannot("cannot be priced on " + tooLarge);
        }
        return s;
    }

    Site site(String name) {
        Objects.requireNonNull(name, "site");
        Site s = scenario.site(name).orElseThrow(() -> cannot(
                "cannot use site %s: the scenario has no such site".formatted(name)));
        if (!workload.mayRunIn(s.jurisdiction())) {
            throw cannot("may not run at site %s: its jurisdiction %s is not among the allowed %s"
                    .formatted(name, s.jurisdiction(), workload.allowedJurisdictions()));
        }
        return s;
    }

    /**
     * The most servers or instances a platform may need in one hour before it is left out as a way to serve a
     * workload: beyond it, the demand or the throughput is almost certainly mistyped, and counts per hour would
     * no longer fit the calculator's arrays.
     */
    static final double MAX_UNITS_PER_HOUR = 1_000_000;

    /**
     * The most per-level monthly counts held for commitments (16 MB); beyond, commitments are priced hour by hour.
     */
    static final long MAX_LEVEL_CELLS = 4_000_000;

    /** Why {@code platform} cannot carry {@code peak}, or null when it can. */
    static String beyondScale(String platform, double peak, double throughput, double overhead) {
        double units = peak * (1 + overhead) / throughput;
        if (units > MAX_UNITS_PER_HOUR) {
            return "%s: the peak hour (%.6g %s) needs %.3g servers or instances at %.6g each, more than %,.0f; check the demand and the throughput"
                    .formatted(platform, peak, "per second", units, throughput, MAX_UNITS_PER_HOUR);
        }
        if (peak > 0 && units <= Engine.EPS) {
            // a whole unit is counted within EPS (Engine.ceilUnits), so this would count as no server at all
            return ("%s: the peak hour (%.6g %s) needs %.3g servers or instances at %.6g each, less than %s of one, "
                    + "which would count as none; check the demand and the throughput")
                    .formatted(platform, peak, "per second", units, throughput, Engine.EPS);
        }
        return null;
    }

    double throughput(String platform) {
        return scenario.throughput(workload, platform).getAsDouble();
    }

    /** Servers of {@code serverType} needed to carry the peak hour alone. */
    public int serversForPeak(String serverType) {
        return Engine.ceilUnits(peak / throughput(serverType(serverType).name()));
    }

    // ---------------------------------------------------------------- options

    Engine.CloudRate rate(CloudOffering o, boolean spot) {
        double price = scenario.inReportingCurrency(spot ? o.spotPerHour().orElseThrow() : o.onDemandPerHour());
        return new Engine.CloudRate(throughput(o.name()), spot ? o.spotInterruptionOverhead() : 0, price,
                spot ? CostCategory.SPOT : CostCategory.CLOUD_ON_DEMAND, scenario.inReportingCurrency(o.egressPerGb()),
                workload.egressGbPerMillionUnits() / 1e6, workload.egressGbPerMonth());
    }

    private double perWatt(CloudOffering o) {
        double watts = scenario.accelerator(o.accelerator()).orElseThrow().boardWatts() * o.acceleratorsPerInstance();
        return throughput(o.name()) / watts;
    }

    private Results.Spec spec(OptionId id, int n, List<Integer> committed, double perWatt) {
        var unit = workload.demand().unit();
        return new Results.Spec(id, workload.name(), n, committed, unit.reportingBlockName(), unit.reportingBlock(),
                perWatt);
    }

    private OptionResult result(Results.Spec spec, Flows flows) {
        return Results.option(spec, hz, flows, scenario.financials().reportingCurrency());
    }

    /**
     * The option {@code id} priced as {@link #analyze()} prices it (a hybrid with its optimal fleet).
     *
     * @throws IllegalArgumentException when the workload cannot use it, naming the reason
     */
    public OptionResult option(OptionId id) {
        Objects.requireNonNull(id, "id");
        return switch (id.kind()) {
            case CLOUD_ON_DEMAND -> onDemand(id.cloudOffering());
            case CLOUD_SPOT -> spot(id.cloudOffering());
            case CLOUD_COMMITTED -> committed(id.cloudOffering(), commitmentIndex(id));
            case ON_PREM -> onPrem(id.serverType(), id.site());
            case HYBRID -> hybrid(id.serverType(), id.site(), id.cloudOffering(),
                    hybridCurve(id.serverType(), id.site(), id.cloudOffering()).optimalServers());
        };
    }

    private int commitmentIndex(OptionId id) {
        CloudOffering o = offering(id.cloudOffering());
        for (int i = 0; i < o.commitments().size(); i++) {
            if (OptionId.committed(o, i).equals(id)) {
                return i;
            }
        }
        throw cannot("cannot use %s: offering %s has no commitment %s".formatted(id, o.name(), id.pricing()));
    }

    /** Everything in the cloud offering {@code offering} at its on-demand price. */
    public OptionResult onDemand(String offering) {
        CloudOffering o = offering(offering);
        Flows flows = new Flows(hz.months);
        Engine.CloudRate rate = rate(o, false);
        Engine.fleetAndCloud(hz, carried(0, rate), null, 1, 0, rate, flows);
        return result(spec(OptionId.onDemand(o.name()), 0, List.of(), perWatt(o)), flows);
    }

    /** Everything on spot capacity of {@code offering}; the workload must be interruptible. */
    public OptionResult spot(String offering) {
        CloudOffering o = offering(offering);
        if (!workload.interruptible()) {
            throw cannot("cannot use spot capacity of %s: it is not interruptible".formatted(o.name()));
        }
        if (o.spotPerHour().isEmpty()) {
            throw cannot("cannot use spot capacity of %s: the offering has no spotPerHour".formatted(o.name()));
        }
        Flows flows = new Flows(hz.months);
        Engine.CloudRate rate = rate(o, true);
        Engine.fleetAndCloud(hz, carried(0, rate), null, 1, 0, rate, flows);
        return result(spec(OptionId.spot(o.name()), 0, List.of(), perWatt(o)), flows);
    }

    /**
     * Everything in {@code offering} with commitment option {@code commitmentIndex} (0-based, in the offering's
     * list): the cost-optimal number of instances committed in each term, the rest on demand.
     */
    public OptionResult committed(String offering, int commitmentIndex) {
        CloudOffering o = offering(offering);
        if (commitmentIndex < 0 || commitmentIndex >= o.commitments().size()) {
            throw cannot("cannot use commitment %d of %s: it has %d commitment options".formatted(commitmentIndex,
                    o.name(), o.commitments().size()));
        }
        Commitment c = o.commitments().get(commitmentIndex);
        Flows flows = new Flows(hz.months);
        Engine.CloudRate rate = rate(o, false);
        double commitPerHour = scenario.inReportingCurrency(c.effectivePerHour());
        DemandShape.Drawn dd = shape();
        int levels = dd.maxLevel(0, 1, rate.throughput());
        int[] k;
        if ((long) levels * hz.months <= MAX_LEVEL_CELLS) {
            int[] atLeast = new int[levels * hz.months];
            dd.instances(0, 1, rate.throughput(), levels, new long[hz.months], atLeast);
            double[] units = new double[hz.months];
            for (int m = 0; m < hz.months; m++) {
                units[m] = dd.unitsInMonth(m);
            }
            k = Engine.committed(hz, atLeast, levels, units, rate, commitPerHour, c.upfrontFraction(),
                    UnitCosts.inArrears(c), c.termYears() * 12, flows);
        } else {
            k = Engine.committed(hz, demand, rate, commitPerHour, c.upfrontFraction(), UnitCosts.inArrears(c),
                    c.termYears() * 12, flows);
        }
        List<Integer> committed = new ArrayList<>();
        for (int x : k) {
            committed.add(x);
        }
        return result(spec(OptionId.committed(o, commitmentIndex), 0, committed, perWatt(o)), flows);
    }

    /**
     * Everything on own servers of {@code serverType} at {@code site}, as many as the peak hour needs (growth
     * included), bought at the start and refreshed at end of life.
     */
    public OptionResult onPrem(String serverType, String site) {
        ServerType s = serverType(serverType);
        Site where = site(site);
        ServerCosts sc = new ServerCosts(scenario, s, where, hz);
        int n = serversForPeak(s.name());
        if (n > sc.maxServersAtSite) {
            throw cannot(OptionCatalogue.siteTooSmall(workload, s, where, n, sc.maxServersAtSite, peak));
        }
        Flows flows = new Flows(hz.months);
        double ts = throughput(s.name());
        Engine.fleetAndCloud(hz, carried(n * ts, null), sc, ts, n, null, flows);
        return result(spec(OptionId.onPrem(s.name(), where.name()), n, List.of(),
                throughput(s.name()) / s.peakWatts()), flows);
    }

    /** {@code ownServers} servers of {@code serverType} at {@code site} for the base, {@code offering} on demand for the rest. */
    public OptionResult hybrid(String serverType, String site, String offering, int ownServers) {
        ServerType s = serverType(serverType);
        Site where = site(site);
        CloudOffering o = offering(offering);
        ServerCosts sc = new ServerCosts(scenario, s, where, hz);
        if (ownServers < 0 || ownServers > sc.maxServersAtSite) {
            throw cannot("cannot have %d own servers of %s at site %s: it must be between 0 and %d, what the site holds"
                    .formatted(ownServers, s.name(), where.name(), sc.maxServersAtSite));
        }
        Flows flows = new Flows(hz.months);
        double ts = throughput(s.name());
        Engine.CloudRate rate = rate(o, false);
        Engine.fleetAndCloud(hz, carried(ownServers * ts, rate), sc, ts, ownServers, rate, flows);
        return result(spec(OptionId.hybrid(s.name(), where.name(), o.name()), ownServers, List.of(),
                throughput(s.name()) / s.peakWatts()), flows);
    }

    /**
     * Total cost of {@code ownServers} own servers plus {@code offering} on demand for every N from 0 to the fleet
     * that carries the peak alone (or what the site holds, if less), exact, from the load-duration curve.
     */
    public HybridCurve hybridCurve(String serverType, String site, String offering) {
        ServerType s = serverType(serverType);
        Site where = site(site);
        CloudOffering o = offering(offering);
        ServerCosts sc = new ServerCosts(scenario, s, where, hz);
        if (ldc == null) {
            ldc = new LoadDurationCurve(hz, demand);
        }
        int max = Math.min(serversForPeak(s.name()), sc.maxServersAtSite);
        Engine.CloudRate rate = rate(o, false);
        double ts = throughput(s.name());
        List<HybridPoint> points = new ArrayList<>(max + 1);
        double[] cost = new double[2];
        int best = 0;
        double bestNpv = Double.POSITIVE_INFINITY;
        for (int n = 0; n <= max; n++) {
            ldc.hybridCost(sc, ts, n, rate, cost);
            points.add(new HybridPoint(n, cost[0], cost[1]));
            if (cost[1] < bestNpv) {
                bestNpv = cost[1];
                best = n;
            }
        }
        return new HybridCurve(workload.name(), s.name(), where.name(), o.name(), points, best);
    }

    /**
     * Prices every compatible option: on-demand, each commitment and (when interruptible) spot for every
     * compatible offering; on-prem for every compatible server type and site that can hold the peak fleet; the
     * optimal hybrid for every compatible (server type, site) and offering.
     *
     * @throws IllegalArgumentException naming the workload when no option can serve it
     */
    public WorkloadTco analyze() {
        OptionCatalogue catalogue = OptionCatalogue.of(scenario, workload, peak);
        if (catalogue.entries.isEmpty()) {
            throw catalogue.noOption(workload);
        }
        List<OptionResult> options = new ArrayList<>();
        List<HybridCurve> curves = new ArrayList<>();
        for (OptionCatalogue.Entry e : catalogue.entries) {
            OptionId id = e.id();
            switch (id.kind()) {
                case CLOUD_ON_DEMAND -> options.add(onDemand(id.cloudOffering()));
                case CLOUD_SPOT -> options.add(spot(id.cloudOffering()));
                case CLOUD_COMMITTED -> options.add(committed(id.cloudOffering(), e.commitment()));
                case ON_PREM -> options.add(onPrem(id.serverType(), id.site()));
                case HYBRID -> {
                    HybridCurve curve = hybridCurve(id.serverType(), id.site(), id.cloudOffering());
                    curves.add(curve);
                    options.add(hybrid(id.serverType(), id.site(), id.cloudOffering(), curve.optimalServers()));
                }
            }
        }
        options.sort(java.util.Comparator.comparing(OptionResult::npv));
        return new WorkloadTco(workload.name(), workload.demand().unit().reportingBlockName(), options, curves,
                catalogue.excluded);
    }
}
