package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

class RiskTest {
    private static final Scenario STEADY = Fixtures.steady();

    // standard normal constants: z(0.95), Phi(2), phi(2)
    private static final double Z95 = 1.6448536269514722;
    private static final double PHI_2 = 0.9772498680518208;
    private static final double DENSITY_2 = 0.05399096651318806;

    /**
     * d ~ Normal(0.08, 0.01) and e fixed at 0.19: own = 1,000,000 + 5,000,000 d + 190,000 is Normal(1,590,000,
     * 50,000) and cloud - own = -100,000 - 5,000,000 (d - 0.08) is Normal(-100,000, 50,000). Closed form:
     * P5/P95 = mean -/+ 1.64485 x 50,000 = mean -/+ 82,242.7; own is cheaper when d < 0.06, P = Phi(-2) = 0.02275;
     * regret of cloud = E[max(cloud - own, 0)] = E[max(N(-100,000, 50,000), 0)] = sigma phi(2) - mu Phi(-2)
     * = 2,699.5 - 2,275.0 = 424.5; regret of own = mu Phi(2) + sigma phi(2) = 97,725.0 + 2,699.5 = 100,424.5.
     * With n = 20,000 draws the standard error of a mean is 50,000 / sqrt(20,000) = 353.6 and of a 5 % quantile
     * sqrt(0.05 x 0.95 / n) / phi(1.64485) x 50,000 = 0.0015411 / 0.103136 x 50,000 = 747; bounds are 4 of them.
     */
    @Test
    void knownAnswerWhenTheDifferenceIsLinearInOneNormalInput() {
        int n = 20_000;
        var u = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.normal(0.08, 0.01))
                .input("sites[fra-colo].energyPerKwh", Distribution.fixed(0.19))
                .build();
        RiskReport r = Risk.analyze(STEADY, u, new RiskOptions(n, 7, 2), Fixtures.linear());

        double seMean = 50_000 / Math.sqrt(n);
        double seQuantile = Math.sqrt(0.05 * 0.95 / n) / (Math.exp(-Z95 * Z95 / 2) / Math.sqrt(2 * Math.PI)) * 50_000;
        assertThat(r.decision().first()).isEqualTo("cloud");
        assertThat(r.decision().second()).isEqualTo("own");
        assertThat(r.decision().baseDifference()).isCloseTo(-100_000, within(1e-6));
        Summary diff = r.decision().difference();
        assertThat(diff.mean()).isCloseTo(-100_000, within(4 * seMean));
        assertThat(diff.p5()).isCloseTo(-100_000 - Z95 * 50_000, within(4 * seQuantile));
        assertThat(diff.p95()).isCloseTo(-100_000 + Z95 * 50_000, within(4 * seQuantile));
        Summary own = r.option("own").npv();
        assertThat(own.mean()).isCloseTo(1_590_000, within(4 * seMean));
        assertThat(own.p5()).isCloseTo(1_590_000 - Z95 * 50_000, within(4 * seQuantile));
        assertThat(own.p95()).isCloseTo(1_590_000 + Z95 * 50_000, within(4 * seQuantile));

        double pOwn = 1 - PHI_2;
        assertThat(r.option("own").probabilityCheapest()).isCloseTo(pOwn, within(4 * Math.sqrt(pOwn * (1 - pOwn) / n)));
        assertThat(r.option("cloud").probabilityCheapest() + r.option("own").probabilityCheapest()).isEqualTo(1.0);
        assertThat(r.decision().probabilityFirstCheaper()).isEqualTo(r.option("cloud").probabilityCheapest());
        assertThat(r.option("cloud").meanRegret())
                .isCloseTo(50_000 * DENSITY_2 - 100_000 * (1 - PHI_2), within(4 * seMean));
        assertThat(r.option("own").meanRegret()).isCloseTo(100_000 * PHI_2 + 50_000 * DENSITY_2, within(4 * seMean));

        // break-even month 12 + 200 d ~ Normal(28, 2); SE of the median = sqrt(0.25 / n) / 0.398942 x 2
        // = 0.0035355 / 0.398942 x 2 = 0.0177 (n = 20,000)
        assertThat(r.breakEven().shareWithinHorizon()).isEqualTo(1.0);
        assertThat(r.breakEven().month().orElseThrow().p50()).isCloseTo(28, within(4 * 0.0177));
        assertThat(r.option("own").histogram().total()).isEqualTo(n);
    }

    /**
     * The tornado and flips of the linear evaluator, d ~ uniform(0.04, 0.12), e ~ uniform(0.15, 0.25); the decision is
     * cloud (1,490,000) against own (1,590,000 as given). d at 0.04: own = 1,000,000 + 200,000 + 190,000 =
     * 1,390,000, difference cloud - own = +100,000; at 0.12: own 1,790,000, difference -300,000; swing 400,000.
     * e at 0.15: own 1,550,000, difference -60,000; at 0.25: 1,650,000, -160,000; swing 100,000. The decision flips
     * where own = 1,490,000: d = (1,490,000 - 1,190,000) / 5,000,000 = 0.06 (own cheaper below), e = 0.09 (outside
     * its range: no flip).
     */
    @Test
    void tornadoAndFlipPointsOfALinearModel() {
        var u = Uncertainties.builder()
                .input("sites[fra-colo].energyPerKwh", Distribution.uniform(0.15, 0.25))
                .input("financials.discountRatePerYear", Distribution.uniform(0.04, 0.12))
                .build();
        RiskReport r = Risk.analyze(STEADY, u, new RiskOptions(500, 1, 1), Fixtures.linear());

        assertThat(r.tornado()).extracting(TornadoBar::input)
                .containsExactly("financials.discountRatePerYear", "sites[fra-colo].energyPerKwh");
        TornadoBar d = r.tornado().get(0);
        assertThat(d.base()).isEqualTo(0.08);
        assertThat(d.differenceAtLow()).isCloseTo(100_000, within(1e-6));
        assertThat(d.differenceAtHigh()).isCloseTo(-300_000, within(1e-6));
        assertThat(d.swing()).isCloseTo(400_000, within(1e-6));
        TornadoBar e = r.tornado().get(1);
        assertThat(e.differenceAtLow()).isCloseTo(-60_000, within(1e-6));
        assertThat(e.differenceAtHigh()).isCloseTo(-160_000, within(1e-6));

        FlipPoint fd = r.flips().get(0);
        assertThat(fd.input()).isEqualTo("financials.discountRatePerYear");
        assertThat(fd.value().orElseThrow()).isCloseTo(0.06, within(1e-9));
        assertThat(fd.cheaperBelow()).isEqualTo("own");
        assertThat(fd.cheaperAbove()).isEqualTo("cloud");
        FlipPoint fe = r.flips().get(1);
        assertThat(fe.value()).isEmpty();
        assertThat(fe.cheaperBelow()).isEqualTo("cloud");
        assertThat(fe.toString()).isEqualTo(
                "sites[fra-colo].energyPerKwh: no flip within [0.150000, 0.250000]; cloud stays cheaper");
        assertThat(r.toText()).contains("financials.discountRatePerYear: own is cheaper below 0.0600000, cloud above");
    }

    @Test
    void withEveryDistributionCollapsedToAPointTheDrawsEqualTheDeterministicEvaluation() {
        var u = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.normal(0.08, 0))
                .input("sites[fra-colo].energyPerKwh", Distribution.uniform(0.19, 0.19))
                .input("serverTypes[dgx-h100].purchasePrice", Distribution.pert(199_000, 199_000, 199_000))
                .input("cloudOfferings[aws-p5-fra].onDemandPerHour", Distribution.triangular(58.91, 58.91, 58.91))
                .input("workloads[support-bot].demand.growthPerYear", Distribution.lognormal(0.25, 0))
                .input("workloads[support-bot].demand.scale", Distribution.fixed(1))
                .correlate("financials.discountRatePerYear", "sites[fra-colo].energyPerKwh", 0.5)
                .build();
        Evaluator ev = Fixtures.nonlinear();
        var direct = ev.evaluate(STEADY).npvByOption();
        RiskReport r = Risk.analyze(STEADY, u, new RiskOptions(300, 3, 2), ev);
        for (OptionRisk o : r.options()) {
            double v = direct.get(o.option());
            assertThat(o.baseNpv()).isEqualTo(v);
            assertThat(o.npv()).isEqualTo(new Summary(v, v, v, v));
        }
        assertThat(r.options()).extracting(OptionRisk::probabilityCheapest).containsOnly(0.0, 1.0);
        OptionRisk cheapest = r.options().stream().filter(o -> o.probabilityCheapest() == 1).findFirst().orElseThrow();
        assertThat(cheapest.meanRegret()).isZero();
        assertThat(r.decision().first()).isEqualTo(cheapest.option());
    }

    @Test
    void aPointAwayFromTheScenarioEqualsTheScenarioWithThatValue() {
        var u = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.fixed(0.11))
                .input("workloads[support-bot].demand.scale", Distribution.uniform(1.3, 1.3))
                .build();
        Evaluator ev = Fixtures.nonlinear();
        Scenario changed = STEADY.withFinancials(STEADY.financials().withDiscountRatePerYear(0.11));
        changed = changed.withWorkloads(changed.workloads().stream().map(w -> !w.name().equals("support-bot") ? w
                : w.withDemand(w.demand().scaledBy(1.3))).toList());
        var direct = ev.evaluate(changed).npvByOption();
        RiskReport r = Risk.analyze(STEADY, u, new RiskOptions(50, 3, 1), ev);
        for (OptionRisk o : r.options()) {
            assertThat(o.npv().p50()).isEqualTo(direct.get(o.option()));
            assertThat(o.npv().mean()).isEqualTo(direct.get(o.option()));
        }
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheNumberOfThreads() {
        var u = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.triangular(0.05, 0.08, 0.12))
                .input("sites[fra-colo].energyPerKwh", Distribution.lognormal(0.19, 0.2))
                .input("serverTypes[dgx-h100].purchasePrice", Distribution.pert(170_000, 199_000, 260_000))
                .input("workloads[support-bot].demand.growthPerYear", Distribution.normal(0.25, 0.1))
                .correlate("financials.discountRatePerYear", "serverTypes[dgx-h100].purchasePrice", -0.4)
                .build();
        RiskOptions one = new RiskOptions(3_000, 11, 1);
        RiskReport a = Risk.analyze(STEADY, u, one, Fixtures.nonlinear());
        RiskReport b = Risk.analyze(STEADY, u, one.withThreads(2), Fixtures.nonlinear());
        RiskReport c = Risk.analyze(STEADY, u, one.withThreads(5), Fixtures.nonlinear());
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(c.toJson()).isEqualTo(a.toJson());
        RiskReport other = Risk.analyze(STEADY, u, one.withSeed(12), Fixtures.nonlinear());
        assertThat(other.option("own").npv()).isNotEqualTo(a.option("own").npv());
    }

    /**
     * Two normal inputs correlated at rho = 0.8 through the copula have Pearson correlation 0.8; the standard
     * error of a sample correlation is about (1 - rho^2) / sqrt(n) = 0.36 / 141.4 = 0.0025.
     */
    @Test
    void correlatedNormalInputsHaveTheGivenCorrelation() {
        int n = 20_000;
        var u = Uncertainties.builder()
                .input("financials.discountRatePerYear", Distribution.normal(0.08, 0.01))
                .input("sites[fra-colo].energyPerKwh", Distribution.normal(0.19, 0.02))
                .correlate("sites[fra-colo].energyPerKwh", "financials.discountRatePerYear", 0.8)
                .build();
        Draws.Model model = Risk.bind(STEADY, u, Fixtures.linear());
        Draws draws = Draws.run(model, List.of("own", "cloud"), "cloud", "own", new RiskOptions(n, 5, 2));
        assertThat(pearson(draws.inputs[0], draws.inputs[1])).isCloseTo(0.8, within(4 * 0.36 / Math.sqrt(n)));
        assertThat(Summary.mean(draws.inputs[1])).isCloseTo(0.19, within(4 * 0.02 / Math.sqrt(n)));
    }

    @Test
    void drawStreamsDependOnSeedAndIndexOnly() {
        assertThat(Draws.stream(1, 5).nextLong()).isEqualTo(Draws.stream(1, 5).nextLong());
        assertThat(Draws.stream(1, 5).nextLong()).isNotEqualTo(Draws.stream(1, 6).nextLong());
        assertThat(Draws.stream(1, 5).nextLong()).isNotEqualTo(Draws.stream(2, 5).nextLong());
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        var u = Uncertainties.builder().input("sites[nowhere].energyPerKwh", Distribution.uniform(0.1, 0.2)).build();
        assertThatThrownBy(() -> Risk.analyze(STEADY, u, new RiskOptions(10, 1, 1), Fixtures.linear()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inputs[0].path (sites[nowhere].energyPerKwh): sites has no element named nowhere; "
                        + "it has [fra-colo]");
    }

    @Test
    void aDistributionReachingInvalidValuesIsRejectedBeforeDrawing() {
        // 0.08 - 4.753 x 0.05 = -0.158: a negative discount rate at the lower tail cut
        var u = Uncertainties.builder().input("financials.discountRatePerYear", Distribution.normal(0.08, 0.05)).build();
        assertThatThrownBy(() -> Risk.analyze(STEADY, u, new RiskOptions(10, 1, 1), Fixtures.linear()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("inputs[0] (financials.discountRatePerYear ~ normal(mean 0.08, sd 0.05)) "
                        + "reaches -0.157")
                .hasMessageContaining("discountRatePerYear (-0.157")
                .hasMessageContaining("must be a fraction between 0 and 1")
                .hasMessageEndingWith("Maybe narrow the range or use a bounded distribution");
    }

    @Test
    void aFieldThatCannotBeUncertainIsNamed() {
        var u = Uncertainties.builder().input("financials.horizonYears", Distribution.uniform(3, 7)).build();
        assertThatThrownBy(() -> Risk.analyze(STEADY, u, new RiskOptions(10, 1, 1), Fixtures.linear()))
                .hasMessage("inputs[0].path (financials.horizonYears): financials.horizonYears is a whole number "
                        + "(a count, a number of years or hours) and cannot be uncertain; only numbers and prices can");
    }

    @Test
    void badOptionsAreRejected() {
        assertThatThrownBy(() -> new RiskOptions(0, 1, 1)).hasMessage("draws (0) must be between 1 and 10,000,000");
        assertThatThrownBy(() -> new RiskOptions(10, 1, 0)).hasMessage("threads (0) must be between 1 and 256");
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
