package org.aitco.placement;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aitco.core.money.Money;

/**
 * The optimiser's answer: servers to buy, cloud capacity per time slice, commitments, where each workload runs,
 * how busy every platform is, and what it all costs over the horizon (discounted, in the reporting currency).
 *
 * <p>All parts are plain records (ready for JSON). Demand streams (a workload, or one request class of a workload
 * with a request mix) that share every coefficient are dispatched as one group ({@link GroupDispatch}); each
 * member gets the group's shares.
 *
 * @param scenario     name of the scenario planned
 * @param status       optimal, feasible with a gap, or infeasible with a reason
 * @param servers      servers to buy, per type and site (none when infeasible)
 * @param commitments  committed cloud instances held over the horizon
 * @param slices       the time slices the plan is made of
 * @param cloud        cloud instances per offering and slice, where there are any
 * @param dispatch     each group's shares per slice and platform
 * @param workloads    each workload's share of its units per platform over the horizon, with an explanation
 * @param utilisation  every platform's busy hours over paid hours
 * @param cost         the discounted cost by category
 * @param model        the size of the first-stage model and the bounds found
 * @param notes        approximations made and limits met, for a person to read
 */
public record Plan(String scenario, PlanStatus status, List<ServerPurchase> servers,
                   List<CommitmentPurchase> commitments, List<Slice> slices, List<CloudUse> cloud,
                   List<GroupDispatch> dispatch, List<WorkloadPlacement> workloads, List<PlatformUse> utilisation,
                   CostBreakdown cost, ModelSize model, List<String> notes) {

    public Plan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(model, "model");
        servers = List.copyOf(servers);
        commitments = List.copyOf(commitments);
        slices = List.copyOf(slices);
        cloud = List.copyOf(cloud);
        dispatch = List.copyOf(dispatch);
        workloads = List.copyOf(workloads);
        utilisation = List.copyOf(utilisation);
        notes = List.copyOf(notes);
    }

    /** Servers of one type to buy at one site. */
    public record ServerPurchase(String serverType, String site, int count) {
    }

    /** Instances of a cloud offering committed for consecutive terms over the whole horizon. */
    public record CommitmentPurchase(String offering, int termYears, double upfrontFraction, int instances) {
    }

    /**
     * A time slice: the hours of the week it stands for, in one year of the horizon ({@code year} from 0) or in
     * every year ({@code year} = -1), and how many hours of the horizon that is.
     */
    public record Slice(int index, int year, List<Integer> hoursOfWeek, double hours) {
        public Slice {
            hoursOfWeek = List.copyOf(hoursOfWeek);
        }
    }

    /** Whole cloud instances of an offering running in a slice, on demand (beyond commitments) and on spot. */
    public record CloudUse(String offering, int slice, int onDemandInstances, int spotInstances) {
    }

    /** A group's share of its demand on one platform in one slice. */
    public record SliceShare(int slice, String platform, double share) {
    }

    /**
     * Demand streams dispatched together: stream i is request class {@code requestClasses[i]} of workload
     * {@code workloads[i]} (class {@code all} for a workload without a request mix); their demand per slice (per
     * second, summed, each workload's demand times its class's share), and their shares.
     */
    public record GroupDispatch(List<String> workloads, List<String> requestClasses, List<Double> demandPerSecond,
                                List<SliceShare> shares) {
        public GroupDispatch {
            workloads = List.copyOf(workloads);
            requestClasses = List.copyOf(requestClasses);
            demandPerSecond = List.copyOf(demandPerSecond);
            shares = List.copyOf(shares);
        }
    }

    /**
     * Where a workload runs: the share of its units over the horizon on each platform (all its request classes
     * together), and why (a part per request class when it has a mix).
     */
    public record WorkloadPlacement(String workload, Map<String, Double> shares, String explanation) {
        public WorkloadPlacement {
            shares = java.util.Collections.unmodifiableMap(new TreeMap<>(shares));
        }
    }

    /**
     * How busy a platform is: {@code paidHours} are server- or instance-hours bought over the horizon,
     * {@code busyHours} the share of them doing work; kind is {@code owned}, {@code on-demand} or {@code spot}.
     */
    public record PlatformUse(String platform, String kind, double paidHours, double busyHours) {
        /** Busy hours over paid hours, 0 when nothing is paid. */
        public double utilisation() {
            return paidHours == 0 ? 0 : busyHours / paidHours;
        }
    }

    /** Discounted cost over the horizon by category; capex is net of residual value, energy includes cooling. */
    public record CostBreakdown(Money capex, Money maintenance, Money space, Money staff, Money energy,
                                Money cloudOnDemand, Money cloudCommitted, Money cloudSpot, Money egress,
                                Money total) {
    }

    /**
     * The first-stage model's size and the bounds: {@code lowerBound} is what no plan can beat (NaN when none was
     * proven), {@code variables}, {@code constraints} and {@code integers} count that model.
     */
    public record ModelSize(int groups, int platforms, int slices, int variables, int constraints, int integers,
                            double lowerBound, int secondStageSolves) {
    }

    /** Whether the plan can be carried out (optimal or feasible). */
    public boolean isFeasible() {
        return !(status instanceof PlanStatus.Infeasible);
    }

    /** The plan as text for the command line, in lines of at most 120 characters (longer ones wrapped). */
    public String toText() {
        return PlanText.of(this, false);
    }

    /** The same as {@link #toText()} with every line as long as it comes. */
    public String toWideText() {
        return PlanText.of(this, true);
    }

    /**
     * Where each workload runs as CSV (RFC 4180, a header row): per workload and platform the kind, the share of the
     * workload's units (a fraction), the platform's utilisation (a fraction) and the servers bought there.
     */
    public String toCsv() {
        return PlanText.csv(this);
    }

    /**
     * A summary of at most 20 lines: status, total cost, servers, commitments, cloud peaks and where the first
     * workloads run; {@link #toText()} has everything.
     */
    @Override
    public String toString() {
        return PlanText.summary(this, 20);
    }
}
