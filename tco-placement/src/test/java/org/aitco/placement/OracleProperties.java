package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The test oracle (SCIP on the full model) agrees with an independent enumeration on tiny instances. */
class OracleProperties {

    @Property(tries = 25)
    void theOracleFindsTheEnumeratedOptimum(@ForAll("tiny") SmallInstances.Instance instance) {
        Problem pb = new Problem(instance.scenario(), instance.options());
        FullModel model = FullModel.of(pb);
        Oracle.Result r = Oracle.solve(model);
        double brute = BruteForce.optimum(pb);
        if (Double.isInfinite(brute)) {
            assertThat(r.status()).isEqualTo(com.google.ortools.modelbuilder.SolveStatus.INFEASIBLE);
            return;
        }
        assertThat(r.optimal()).as("%s", r).isTrue();
        assertThat(model.violation(r.values())).isLessThan(1e-7);
        assertThat(model.cost(r.values())).isCloseTo(r.cost(), org.assertj.core.api.Assertions.within(1e-6 * brute));
        assertThat(r.cost()).as("oracle vs enumeration").isCloseTo(brute,
                org.assertj.core.api.Assertions.within(1e-7 * brute));
    }

    @Provide
    Arbitrary<SmallInstances.Instance> tiny() {
        return SmallInstances.tiny();
    }
}
