package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void quantilesInClosedForm() {
        // uniform(0, 4): F^-1(p) = 4p
        assertThat(Distribution.uniform(0, 4).quantile(0.25)).isCloseTo(1, within(1e-9));
        // triangular(0, 1, 2) is symmetric about 1; F(x) = x^2 / 2 below the mode, so F^-1(0.125) = 0.5
        assertThat(Distribution.triangular(0, 1, 2).quantile(0.5)).isCloseTo(1, within(1e-9));
        assertThat(Distribution.triangular(0, 1, 2).quantile(0.125)).isCloseTo(0.5, within(1e-9));
        // pert(0, 1, 2) = 2 Beta(3, 3), symmetric about 1
        assertThat(Distribution.pert(0, 1, 2).quantile(0.5)).isCloseTo(1, within(1e-8));
        // pert(0, 0, 1) = Beta(1, 5): F(x) = 1 - (1 - x)^5, so F^-1(0.5) = 1 - 0.5^(1/5) = 0.129449
        assertThat(Distribution.pert(0, 0, 1).quantile(0.5)).isCloseTo(1 - Math.pow(0.5, 0.2), within(1e-8));
        // normal(10, 2): P95 = 10 + 1.644854 x 2
        assertThat(Distribution.normal(10, 2).high()).isCloseTo(13.289707, within(1e-6));
        assertThat(Distribution.normal(10, 2).low()).isCloseTo(6.710293, within(1e-6));
        // lognormal(median 0.2, sigma 0.5): P95 = 0.2 exp(0.822427) = 0.2 x 2.225541 x 1.022680 = 0.455203
        assertThat(Distribution.lognormal(0.2, 0.5).high()).isCloseTo(0.455203, within(1e-6));
        assertThat(Distribution.lognormal(0.2, 0.5).quantile(0.5)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void boundedDistributionsUseTheirBoundsForTheTornadoUnboundedOnesTheirP5AndP95() {
        assertThat(Distribution.pert(1, 2, 5).low()).isEqualTo(1);
        assertThat(Distribution.pert(1, 2, 5).high()).isEqualTo(5);
        assertThat(Distribution.uniform(1, 5).minimum()).isEqualTo(1);
        assertThat(Distribution.uniform(1, 5).maximum()).isEqualTo(5);
        // the normal is cut at its 1e-6 quantiles: mean -/+ 4.753 sd
        assertThat(Distribution.normal(0, 1).maximum()).isCloseTo(4.753424, within(1e-5));
        assertThat(Distribution.normal(0, 1).minimum()).isCloseTo(-4.753424, within(1e-5));
    }

    @Test
    void collapsedDistributionsGiveTheirPointExactly() {
        for (Distribution d : new Distribution[] {Distribution.uniform(0.19, 0.19), Distribution.normal(0.19, 0),
                Distribution.triangular(0.19, 0.19, 0.19), Distribution.pert(0.19, 0.19, 0.19),
                Distribution.lognormal(0.19, 0), Distribution.fixed(0.19)}) {
            for (double z : new double[] {-3, 0, 0.7, 10}) {
                assertThat(Marginal.of(d).at(z)).as(d.toString()).isEqualTo(0.19);
            }
        }
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> Distribution.uniform(3, 2)).hasMessage("low (3.0) must not be above high (2.0)");
        assertThatThrownBy(() -> Distribution.normal(1, -0.1)).hasMessage("sd (-0.1) must not be negative");
        assertThatThrownBy(() -> Distribution.triangular(1, 4, 3))
                .hasMessage("mode (4.0) must lie within [low, high] = [1.0, 3.0]");
        assertThatThrownBy(() -> Distribution.pert(1, 0.5, 3))
                .hasMessage("mode (0.5) must lie within [low, high] = [1.0, 3.0]");
        assertThatThrownBy(() -> Distribution.lognormal(0, 0.3)).hasMessage("median (0.0) of a lognormal must be > 0");
        assertThatThrownBy(() -> Distribution.lognormal(1, -1)).hasMessage("sigma (-1.0) must not be negative");
        assertThatThrownBy(() -> Distribution.fixed(Double.NaN)).hasMessage("value (NaN) must be a finite number");
        assertThatThrownBy(() -> Distribution.uniform(0, 1).quantile(1.5))
                .hasMessage("p (1.5) must be a probability between 0 and 1");
    }

    @Test
    void correlationsThatCannotHoldTogetherAreRejected() {
        var b = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.uniform(0.05, 0.1))
                .input("financials.energyEscalationPerYear", Distribution.uniform(0, 0.05))
                .input("financials.cloudPriceChangePerYear", Distribution.uniform(-0.2, 0))
                .correlate("financials.discountRatePerYear", "financials.energyEscalationPerYear", 0.9)
                .correlate("financials.energyEscalationPerYear", "financials.cloudPriceChangePerYear", 0.9)
                .correlate("financials.discountRatePerYear", "financials.cloudPriceChangePerYear", -0.9);
        assertThatThrownBy(b::build).hasMessageContaining("cannot hold together: their matrix is not positive definite");
    }

    @Test
    void badUncertaintiesAreNamed() {
        assertThatThrownBy(() -> Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.uniform(0.05, 0.1))
                .input("financials.discountRatePerYear", Distribution.uniform(0.06, 0.1)).build())
                .hasMessage("inputs[1].path (financials.discountRatePerYear) is given before in inputs[0]; give each "
                        + "field one distribution");
        assertThatThrownBy(() -> Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.uniform(0.05, 0.1))
                .correlate("financials.discountRatePerYear", "sites[x].pue", 0.3).build())
                .hasMessageStartingWith("correlations[0] (rho(financials.discountRatePerYear, sites[x].pue) = 0.3) "
                        + "names sites[x].pue, which is not among the inputs");
        assertThatThrownBy(() -> new Correlation("a.b", "a.b", 0.2))
                .hasMessage("correlation of a.b with itself: name two different inputs");
        assertThatThrownBy(() -> new Correlation("a.b", "a.c", 1.2))
                .hasMessage("rho (1.2) of a.b and a.c must be between -1 and 1");
        assertThatThrownBy(() -> UncertainInput.of("sites[fra.pue", Distribution.fixed(1)))
                .hasMessageStartingWith("path (\"sites[fra.pue\") must be field names separated by dots");
    }
}
