package org.aitco.placement;

import org.aitco.testing.PlanChecker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Workload;
import org.aitco.core.model.Scenario;
import org.aitco.core.tco.HybridCurve;
import org.aitco.core.tco.TcoCalculator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the optimiser over generated scenarios, checked against independent references. */
class PlacementProperties {

    /**
     * Options of these properties: a 10 s limit (20,000 LP solves) keeps the suite short; the work limit is counted
     * in LP solves, so a plan cut by it is still the same on every run.
     */
    static final PlacementOptions OPTIONS = PlacementOptions.defaults().withTimeLimit(java.time.Duration.ofSeconds(10));
    /**
     * For the properties that hold of any plan the search returns (valid, no dearer than the simple placements it
     * starts from, repeatable): a 2 s limit (a work limit of 4,000 LP solves) keeps the suite within CI's budget;
     * at 10 s these five took 424 s on an idle 2-core machine.
     */
    static final PlacementOptions QUICK = PlacementOptions.defaults().withTimeLimit(java.time.Duration.ofSeconds(2));

    /**
     * One workload, one server type, one cloud offering: the optimiser buys the number of servers that the
     * tco-core calculator finds optimal on the exact load-duration curve (or one that costs the same, a tie), and
     * the calculator prices that hybrid at the optimiser's cost.
     */
    @Property(tries = 15)
    void singleWorkloadMatchesTheCalculatorsOptimum(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = Generated.single(seed);
        Plan plan = Placement.optimise(s, OPTIONS);
        // Whole cloud instances make the continuous lower bound loose, so the status may be FEASIBLE with a gap:
        // optimality is checked against the calculator instead.
        assertThat(plan.isFeasible()).isTrue();
        assertThat(PlanChecker.violations(s, plan)).isEmpty();
        int n = plan.servers().stream().mapToInt(Plan.ServerPurchase::count).sum();
        TcoCalculator calc = TcoCalculator.of(s, "w");
        HybridCurve curve = calc.hybridCurve("srv", "dc", "cl");
        double reported = plan.cost().total().amount().doubleValue();
        double repriced = calc.hybrid("srv", "dc", "cl", n).npv().amount().doubleValue();
        // The calculator runs its own servers flat out and buys whole instances for the rest; the plan may move
        // load from its servers onto the last, partly idle instance it pays for anyway, saving energy. That saving
        // is at most one instance's work per hour on the servers' energy above idle:
        // hours * (cloud throughput / server throughput) * (peak - idle) kW * PUE * top energy price.
        double bound = energyShiftBound(s) + 0.05; // + the cent rounding of nine categories
        assertThat(repriced - reported).as("calculator %s vs plan %s at %d servers", repriced, reported, n)
                .isBetween(-0.05 - 1e-9 * repriced, bound);
        assertThat(reported).as("plan vs the calculator's optimum at %d servers", curve.optimalServers())
                .isLessThanOrEqualTo(curve.optimum().npv() + 0.05 + 1e-9 * repriced);
        if (n != curve.optimalServers()) {
            assertThat(curve.points().get(n).npv() - curve.optimum().npv()).isLessThanOrEqualTo(bound);
        }
    }

    /**
     * Regression: generated case 46 needs exactly 10 cloud instances in its peak hours (4,500 tokens/s at 450 per
     * instance); in double the load came out a hair above 10 and the slice model bought an 11th instance, so the
     * plan cost 1,515,903.01 EUR against the calculator's 1,503,722.35 EUR at the same 6 servers.
     */
    @net.jqwik.api.Example
    void wholeInstancesAtAnExactBoundaryAreNotRoundedUp() {
        singleWorkloadMatchesTheCalculatorsOptimum(46);
    }

    static double energyShiftBound(Scenario s) {
        var f = s.financials();
        var type = s.serverTypes().get(0);
        var site = s.sites().get(0);
        double ratio = s.throughput("m", "cl", Generated.SLO).orElseThrow()
                / s.throughput("m", "srv", Generated.SLO).orElseThrow();
        double topEnergy = site.energyPerKwh().value() * Math.pow(1 + Math.max(0, f.energyEscalationPerYear()),
                f.horizonYears() - 1);
        return f.horizonHours() * ratio * (type.peakWatts() - type.idleWatts()) / 1000 * site.pue() * topEnergy;
    }

    /** Every plan satisfies every constraint and is no dearer than all-cloud, all-on-prem or a greedy placement. */
    @Property(tries = 10)
    void plansAreValidAndNoDearerThanSimplePlacements(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = Generated.portfolio(seed);
        Plan plan = Placement.optimise(s, QUICK);
        if (!plan.isFeasible()) {
            return;
        }
        assertThat(PlanChecker.violations(s, plan)).isEmpty();
        Problem pb = new Problem(s, PlacementOptions.defaults());
        SecondStage second = new SecondStage(pb, java.util.concurrent.ForkJoinPool.commonPool(), true);
        int[][] chosen = new int[pb.splits.size()][];
        double cost = plan.cost().total().amount().doubleValue();
        for (int[] servers : new int[][] {SimplePlacements.allCloudServers(pb), Baselines.allOnPremServers(pb),
                SimplePlacements.greedyServers(pb)}) {
            SecondStage.Evaluation e = second.evaluate(servers, new int[pb.commitOptions.size()], chosen);
            if (e.feasible()) {
                assertThat(cost).as("plan vs baseline %s", Arrays.toString(servers))
                        .isLessThanOrEqualTo(e.cost() * (1 + 1e-9) + 0.05);
            }
        }
    }

    /**
     * A workload whose request mix is one class of its own model is the workload without a mix: the plans are the
     * same (servers, instances, commitments, shares, cost).
     */
    @Property(tries = 5)
    void aOneClassMixGivesThePlanWithoutAMix(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = Generated.portfolio(seed);
        Scenario oneClass = s.withWorkloads(s.workloads().stream().map(w -> new Workload(w.name(), w.owner(),
                w.tags(), w.model(), w.demand(), w.slo(), w.allowedJurisdictions(), w.egressGbPerMillionUnits(),
                w.egressGbPerMonth(), w.interruptible(), List.of(new RequestClass("only", 1, w.model())), 1))
                .toList());
        Plan a = Placement.optimise(s, QUICK);
        Plan b = Placement.optimise(oneClass, QUICK);
        assertThat(b.status().getClass()).isEqualTo(a.status().getClass());
        assertThat(b.servers()).isEqualTo(a.servers());
        assertThat(b.commitments()).isEqualTo(a.commitments());
        assertThat(b.cloud()).isEqualTo(a.cloud());
        assertThat(b.dispatch()).extracting(Plan.GroupDispatch::shares)
                .isEqualTo(a.dispatch().stream().map(Plan.GroupDispatch::shares).toList());
        assertThat(b.cost()).isEqualTo(a.cost());
    }

    /**
     * Plans for workloads with request mixes (some not split freely, in 1-3 equal parts) satisfy every constraint,
     * capacity per request class included, and are no dearer than the same portfolio placed with one whole-mix
     * stream per workload would allow: never dearer than all-cloud.
     */
    @Property(tries = 8)
    void mixedPlansAreValid(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = Generated.mixedPortfolio(seed);
        PlacementOptions options = seed % 2 == 0 ? QUICK : QUICK.withNoSplit(Set.of("w0"));
        Plan plan = Placement.optimise(s, options);
        if (!plan.isFeasible()) {
            return;
        }
        assertThat(PlanChecker.violations(s, plan, options)).isEmpty();
        Problem pb = new Problem(s, options);
        SecondStage second = new SecondStage(pb, java.util.concurrent.ForkJoinPool.commonPool(), true);
        SecondStage.Evaluation cloud = second.evaluate(SimplePlacements.allCloudServers(pb),
                new int[pb.commitOptions.size()], Baselines.partsOnOnePlatform(pb));
        if (cloud.feasible()) {
            assertThat(plan.cost().total().amount().doubleValue()).isLessThanOrEqualTo(cloud.cost() * (1 + 1e-9) + 0.05);
        }
    }

    /**
     * Regression: generated portfolio 432 gave two different plans on consecutive solves in one JVM (10 + 1 servers
     * at 6.46 M EUR, then 6 + 6 at 6.12 M EUR), because ojAlgo's first-stage MIP alternated between two answers,
     * both reported OPTIMAL. In deterministic mode the first stage is now an LP; four consecutive solves must give
     * the same plan.
     */
    @net.jqwik.api.Example
    void consecutiveSolvesInOneJvmGiveTheSamePlan() {
        Scenario s = Generated.portfolio(432);
        Plan first = Placement.optimise(s, QUICK);
        for (int i = 0; i < 3; i++) {
            Plan again = Placement.optimise(s, QUICK);
            assertThat(again.servers()).isEqualTo(first.servers());
            assertThat(again.cost()).isEqualTo(first.cost());
        }
    }

    /** The same scenario gives the same plan. */
    @Property(tries = 3)
    void deterministic(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = Generated.portfolio(seed);
        Plan a = Placement.optimise(s, QUICK);
        Plan b = Placement.optimise(s, QUICK);
        assertThat(b.servers()).isEqualTo(a.servers());
        assertThat(b.cloud()).isEqualTo(a.cloud());
        assertThat(b.dispatch()).isEqualTo(a.dispatch());
        assertThat(b.cost()).isEqualTo(a.cost());
    }
}
