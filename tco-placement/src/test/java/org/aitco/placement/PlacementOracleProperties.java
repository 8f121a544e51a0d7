package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The optimiser against the test oracle on generated small instances (issue #9, deliverables 2 and 4): the plan
 * costs the proven optimum of the full model within 1e-6 relative, and says so (status {@code Optimal}).
 */
class PlacementOracleProperties {

    /*
     * A fixed seed and 10 tries: each try runs SCIP and the optimiser (seconds to a minute each on a busy machine), and
     * some generated shapes take SCIP itself past its 120 s limit under load (small-65: servers and cloud, 6
     * workloads, 1 not split, 24 slices: oracle FEASIBLE at 120 s at load 20), which would fail the build on the
     * oracle, not on the optimiser. Other seeds are swept outside the build (docs/performance.md).
     */
    @Property(tries = 10, seed = "20261128")
    void thePlanIsTheOraclesOptimumAndSaysSo(@ForAll("instances") SmallInstances.Instance instance) {
        Oracle.Result oracle = Oracle.optimum(instance.scenario(), instance.options());
        Plan plan = Placement.optimise(instance.scenario(), instance.options());
        if (oracle.status() == com.google.ortools.modelbuilder.SolveStatus.INFEASIBLE) {
            assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
            return;
        }
        assertThat(oracle.optimal()).as("oracle %s", oracle).isTrue();
        double cost = plan.cost().total().amount().doubleValue();
        // The plan's total is the sum of nine categories, each rounded to the cent.
        assertThat(Math.abs(cost - oracle.cost())).as("plan %s vs oracle %s", cost, oracle)
                .isLessThanOrEqualTo(1e-6 * oracle.cost() + 0.05);
        assertThat(plan.status()).as("plan at the optimum").isInstanceOf(PlanStatus.Optimal.class);
    }

    /**
     * The earlier counterexample, small-56500 (servers and cloud, 8 workloads, 6 not split in k = 4 parts, 2 slices a
     * year x 2 years, budget 400,000): was 2.06 % above SCIP's optimum, now at it and proven (7,615 LP solves).
     */
    @Example
    void theFormerCounterexampleIsProvenOptimal() {
        thePlanIsTheOraclesOptimumAndSaysSo(SmallInstances.of(new SmallInstances.Shape(true, 8, 6, 4, 2, 2, true,
                56_500)));
    }

    /**
     * The property's counterexample until the search branched on whole instances per slice, small-179100 (servers and
     * cloud, 8 workloads, 6 not split in k = 2 parts, 4 slices a year x 2 years, no budget): its plan was SCIP's
     * optimum, 1,338,090.10 EUR, but only FEASIBLE with a 6.26 % gap at 20,000 LP solves; now proven.
     */
    @Example
    void theCounterexampleWithManyOpenPartsIsProvenOptimal() {
        thePlanIsTheOraclesOptimumAndSaysSo(SmallInstances.of(new SmallInstances.Shape(true, 8, 6, 2, 4, 2, false,
                179_100)));
    }

    @Provide
    Arbitrary<SmallInstances.Instance> instances() {
        return SmallInstances.instances();
    }
}
