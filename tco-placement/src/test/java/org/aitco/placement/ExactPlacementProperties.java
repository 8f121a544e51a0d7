package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.aitco.core.tco.TcoCalculator;

/**
 * The exact optimiser (issue #9) against independent references: an enumeration of every decision on tiny
 * instances ({@link BruteForce}), SCIP through OR-Tools on small ones ({@link Oracle}), and the TCO calculator for
 * the price of commitments. A plan must cost the reference's optimum and say {@code Optimal}.
 */
class ExactPlacementProperties {

    /** The plan's total is nine categories each rounded to the cent. */
    static final double CENTS = 0.05;

    static void assertOptimalAt(Plan plan, double optimum, String reference) {
        double cost = plan.cost().total().amount().doubleValue();
        assertThat(Math.abs(cost - optimum)).as("plan %s (%s) vs %s %s", cost, plan.status(), reference, optimum)
                .isLessThanOrEqualTo(1e-6 * optimum + CENTS);
        assertThat(plan.status()).as("status of a plan at the optimum").isInstanceOf(PlanStatus.Optimal.class);
    }

    /** Tiny instances: every server count, commitment, part placement and instance count enumerated. */
    @Property(tries = 15)
    void tinyInstancesAreSolvedToTheEnumeratedOptimum(@ForAll("tiny") SmallInstances.Instance instance) {
        double optimum = BruteForce.optimum(new Problem(instance.scenario(), instance.options()));
        Plan plan = Placement.optimise(instance.scenario(), instance.options());
        if (Double.isInfinite(optimum)) {
            assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
            return;
        }
        assertOptimalAt(plan, optimum, "enumeration");
    }

    /**
     * Small instances (up to 6 platforms, 8 workloads, 24 slices, k in 1..4, cloud-only and with servers, site power
     * and budget limits) with at most two workloads in equal parts: SCIP's proven optimum of the full model.
     */
    @Property(tries = 8)
    void smallInstancesAreSolvedToTheOraclesOptimum(@ForAll("small") SmallInstances.Instance instance) {
        Oracle.Result oracle = Oracle.optimum(instance.scenario(), instance.options());
        Plan plan = Placement.optimise(instance.scenario(), instance.options());
        if (oracle.status() == com.google.ortools.modelbuilder.SolveStatus.INFEASIBLE) {
            assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
            return;
        }
        // On a busy machine SCIP may stop at its 120 s limit without a proof: then there is no reference to compare.
        net.jqwik.api.statistics.Statistics.collect(oracle.optimal() ? "SCIP proved its optimum" : "SCIP stopped without proof");
        net.jqwik.api.Assume.that(oracle.optimal());
        assertOptimalAt(plan, oracle.cost(), "SCIP");
    }

    /**
     * One workload served only by one cloud offering with one commitment, over a horizon no longer than one term (so
     * the last term is cut by the horizon and paid pro rata when shorter): the calculator, hour by hour, commits the
     * cost-optimal number of instances and buys the rest on demand. The optimiser's plan is the same choice, so it
     * must cost exactly the calculator's price (deliverable 6: one cost model, one rule for the last term).
     */
    @Property(tries = 8)
    void aCommitmentCostsWhatTheCalculatorCharges(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                  @ForAll boolean threeYearTerm,
                                                  @ForAll @IntRange(min = 1, max = 3) int horizonYears) {
        int termYears = threeYearTerm ? 3 : 1;
        java.util.Random r = new java.util.Random(seed);
        int years = Math.min(termYears, horizonYears);
        double od = 20 + 5 * r.nextInt(5);
        Scenario.Builder b = Fixtures.base(years)
                .workload(Workload.named("w").model("m").hourly(DemandUnit.TOKENS_PER_SECOND,
                        Generated.day(r, 250 + 250 * r.nextInt(4))))
                .cloudOffering(new CloudOffering("cl", "AWS", "r", "EU", "p5", "H100", 8, Fixtures.eur(od),
                        List.of(new Commitment(termYears, 0.25 * r.nextInt(5), Fixtures.eur(od * (0.4 + 0.1 * r.nextInt(4))))),
                        Optional.empty(), 0, Fixtures.eur(0), 3600));
        Fixtures.tput(b, "m", "cl", 500 + 250 * r.nextInt(3));
        Scenario s = b.build();
        Plan plan = Placement.optimise(s);
        double calculator = TcoCalculator.of(s, "w").committed("cl", 0).npv().amount().doubleValue();
        assertOptimalAt(plan, calculator, "calculator");
    }

    @Provide
    Arbitrary<SmallInstances.Instance> tiny() {
        return SmallInstances.tiny();
    }

    @Provide
    Arbitrary<SmallInstances.Instance> small() {
        Arbitrary<Integer> slices = Arbitraries.of(1, 2, 3, 4, 6, 8, 12, 24);
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 4), slices,
                        Arbitraries.integers().between(1, 2), Arbitraries.of(false, true),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((servers, w, ns, k, t, y, budget, seed) -> SmallInstances.of(new SmallInstances.Shape(servers, w,
                        Math.min(ns, w), k, t, t * y <= 24 ? y : 1, budget, seed)));
    }
}
