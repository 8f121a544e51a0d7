package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Status words mean what they say, on generated small instances of the full model, against the test oracle
 * (SCIP through OR-Tools): whatever the optimiser proves, it never claims more than is true. A plan never costs
 * less than the proven optimum (it is feasible); a plan said {@code Optimal} costs the optimum within 1e-6
 * relative; a plan said {@code Feasible} with a gap has a lower bound, {@code cost * (1 - gap)}, that is not above
 * the optimum. (That every plan is optimal and says so is {@link PlacementOracleProperties}, not yet met.)
 */
class PlanStatusSoundnessProperties {

    @Property(tries = 12)
    void theStatusNeverClaimsMoreThanIsTrue(@ForAll("instances") SmallInstances.Instance instance) {
        Oracle.Result oracle = Oracle.optimum(instance.scenario(), instance.options());
        Plan plan = Placement.optimise(instance.scenario(), instance.options());
        if (oracle.status() == com.google.ortools.modelbuilder.SolveStatus.INFEASIBLE) {
            assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
            return;
        }
        if (!oracle.optimal()) {
            return; // the oracle stopped without a proof: no optimum to compare with
        }
        assertThat(plan.status()).as("an instance with an optimum %s is not called infeasible", oracle)
                .isNotInstanceOf(PlanStatus.Infeasible.class);
        double optimum = oracle.cost();
        double cost = plan.cost().total().amount().doubleValue();
        // the plan's total is the sum of nine categories, each rounded to the cent: 0.05 of slack
        double slack = 1e-6 * optimum + 0.05;
        assertThat(cost).as("a feasible plan costs at least the optimum %s", oracle)
                .isGreaterThanOrEqualTo(optimum - slack);
        if (plan.status() instanceof PlanStatus.Optimal) {
            assertThat(cost).as("a plan said OPTIMAL costs the optimum %s", oracle).isLessThanOrEqualTo(optimum + slack);
        } else if (plan.status() instanceof PlanStatus.Feasible f && f.relativeGap().isPresent()) {
            double lowerBound = cost * (1 - f.relativeGap().getAsDouble());
            assertThat(lowerBound).as("the bound behind FEASIBLE %s is not above the optimum %s", f, oracle)
                    .isLessThanOrEqualTo(optimum + slack);
        }
    }

    @Provide
    Arbitrary<SmallInstances.Instance> instances() {
        return SmallInstances.instances();
    }
}
