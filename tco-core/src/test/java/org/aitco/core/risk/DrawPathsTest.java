package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aitco.core.model.Scenario;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

/** The shortcuts of a draw: all inputs applied with one scenario rebuild, and the PERT inverse CDF by Newton. */
class DrawPathsTest {
    private static final Scenario S = Fixtures.steady();

    @Test
    void applyingAllPathsAtOnceEqualsApplyingThemOneAfterTheOther() {
        List<String> texts = List.of("financials.discountRatePerYear", "sites[fra-colo].energyPerKwh",
                "cloudOfferings[aws-p5-fra].onDemandPerHour", "cloudOfferings[aws-p5-fra].commitments[0].effectivePerHour",
                "workloads[support-bot].demand.growthPerYear", "workloads[support-bot].demand.scale",
                "serverTypes[dgx-h100].purchasePrice", "throughput[0].perSecond", "financials.cloudPriceChangePerYear");
        double[] values = {0.11, 0.27, 61.5, 40.25, 0.45, 1.3, 230_000, 9_500, -0.2};
        List<ScenarioPath.Bound> paths = texts.stream().map(t -> ScenarioPath.parse(t).bind(S)).toList();
        Scenario oneByOne = S;
        for (int k = 0; k < values.length; k++) {
            oneByOne = paths.get(k).apply(oneByOne, values[k]);
        }
        assertThat(ScenarioPath.applyAll(S, paths, values)).isEqualTo(oneByOne).isNotEqualTo(S);
        assertThat(ScenarioPath.applyAll(S, List.of(), new double[0])).isSameAs(S);
    }

    @Test
    void aRejectedValueIsNamedWithItsPath() {
        List<ScenarioPath.Bound> paths = List.of(ScenarioPath.parse("financials.discountRatePerYear").bind(S),
                ScenarioPath.parse("sites[fra-colo].pue").bind(S));
        assertThatThrownBy(() -> ScenarioPath.applyAll(S, paths, new double[] {0.1, 0.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sites[fra-colo].pue (0.5) is not a valid value: ");
    }

    /**
     * The Newton inverse against the definition (the CDF at the value is p, to 1e-13) and against commons-math3's
     * solver (within its absolute accuracy, 1e-9), for shapes of PERT inputs: Beta(3, 3), Beta(1, 5) (closed form
     * 1 - (1 - p)^(1/5)), and skewed ones.
     */
    @Test
    void thePertInverseIsTheBetaQuantile() {
        double[][] shapes = {{3, 3}, {1, 5}, {1.4, 3.6}, {4.6, 1.4}, {1, 1}, {2.2, 2.8}};
        for (double[] ab : shapes) {
            BetaDistribution d = new BetaDistribution((RandomGenerator) null, ab[0], ab[1], 1e-9);
            Marginal.BetaInverse inverse = new Marginal.BetaInverse(d);
            for (double p = 1e-7; p < 1; p += p < 0.01 ? p : 0.00731) {
                double x = inverse.at(p);
                assertThat(Beta.regularizedBeta(x, ab[0], ab[1])).as("F(F^-1(%s)) for %s", p, ab)
                        .isCloseTo(p, within(1e-13));
                assertThat(x).isCloseTo(d.inverseCumulativeProbability(p), within(2e-9));
            }
        }
        // Beta(1, 5): F(x) = 1 - (1 - x)^5, F^-1(0.5) = 1 - 0.5^(1/5) = 0.129449...
        Marginal.BetaInverse b15 = new Marginal.BetaInverse(new BetaDistribution((RandomGenerator) null, 1, 5, 1e-9));
        assertThat(b15.at(0.5)).isCloseTo(1 - Math.pow(0.5, 0.2), within(1e-15));
        assertThat(b15.at(0)).isZero();
        assertThat(b15.at(1)).isEqualTo(1);
    }
}
