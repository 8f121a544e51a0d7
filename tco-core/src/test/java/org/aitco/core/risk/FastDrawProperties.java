package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A Monte Carlo draw priced without building its scenario ({@link FastTcoEvaluator#variants}, the default path of
 * {@link Risk#analyze(Scenario, Uncertainties, RiskOptions)}) against re-pricing the drawn scenario
 * ({@link ScenarioPath#applyAll}): the same NPVs, bit for bit, as the fast calculator on the drawn scenario, and
 * the full calculator's ({@link TcoEvaluator}) to its rounding; the same families and break-even months.
 */
class FastDrawProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    /** Random inputs at every path the fast draw can change, each kept when its whole range is valid. */
    @Property(tries = 40)
    void aDrawPricedWithoutItsScenarioEqualsTheDrawnScenarioRepriced(@ForAll("scenarios") Scenario s,
                                                                    @ForAll long seed) {
        Random r = new Random(seed);
        Uncertainties.Builder b = Uncertainties.builder();
        var f = s.financials();
        candidate(s, b, r, "financials.discountRatePerYear", Distribution.uniform(Math.max(0,
                f.discountRatePerYear() - 0.03), f.discountRatePerYear() + 0.05));
        candidate(s, b, r, "financials.energyEscalationPerYear", Distribution.triangular(Math.min(-0.05,
                f.energyEscalationPerYear()), f.energyEscalationPerYear(), Math.max(f.energyEscalationPerYear(), 0.1)));
        candidate(s, b, r, "financials.cloudPriceChangePerYear", Distribution.pert(Math.min(-0.3,
                f.cloudPriceChangePerYear()), f.cloudPriceChangePerYear(),
                Math.max(0.05, f.cloudPriceChangePerYear())));
        for (Workload w : s.workloads()) {
            String p = "workloads[" + w.name() + "].";
            candidate(s, b, r, p + "demand.scale", Distribution.lognormal(1, 0.3));
            candidate(s, b, r, p + "demand.growthPerYear", Distribution.uniform(Math.max(-0.99,
                    w.demand().growthPerYear() - 0.2), w.demand().growthPerYear() + 0.3));
            candidate(s, b, r, p + "egressGbPerMillionUnits", Distribution.uniform(0, 2 * w.egressGbPerMillionUnits()));
            candidate(s, b, r, p + "egressGbPerMonth", Distribution.uniform(0, 1 + w.egressGbPerMonth()));
        }
        for (CloudOffering o : s.cloudOfferings()) {
            String p = "cloudOfferings[" + o.name() + "].";
            double od = o.onDemandPerHour().value();
            candidate(s, b, r, p + "onDemandPerHour", Distribution.pert(0.6 * od, od, 1.2 * od));
            o.spotPerHour().ifPresent(x -> candidate(s, b, r, p + "spotPerHour", Distribution.uniform(0.5 * x.value(),
                    1.1 * x.value())));
            candidate(s, b, r, p + "spotInterruptionOverhead", Distribution.uniform(0, 0.4));
            candidate(s, b, r, p + "egressPerGb", Distribution.uniform(0, 2 * o.egressPerGb().value()));
            for (int k = 0; k < o.commitments().size(); k++) {
                double c = o.commitments().get(k).effectivePerHour().value();
                candidate(s, b, r, p + "commitments[" + k + "].effectivePerHour", Distribution.uniform(0.7 * c,
                        1.3 * c));
            }
        }
        for (ServerType t : s.serverTypes()) {
            String p = "serverTypes[" + t.name() + "].";
            double price = t.purchasePrice().value();
            candidate(s, b, r, p + "purchasePrice", Distribution.triangular(0.7 * price, price, 1.2 * price));
            candidate(s, b, r, p + "residualValueFraction", Distribution.uniform(0, 0.3));
            candidate(s, b, r, p + "maintenancePerYearFraction", Distribution.uniform(0, 0.3));
            candidate(s, b, r, p + "runningCostPerHour", Distribution.uniform(0, 1 + t.runningCostPerHour().value()));
        }
        for (Site site : s.sites()) {
            String p = "sites[" + site.name() + "].";
            double e = site.energyPerKwh().value();
            candidate(s, b, r, p + "energyPerKwh", Distribution.uniform(0.5 * e, 1.3 * e));
            candidate(s, b, r, p + "pue", Distribution.uniform(1, Math.min(3, site.pue() + 0.4)));
            candidate(s, b, r, p + "space.price", Distribution.uniform(0, 1.5 * site.space().price().value()));
            candidate(s, b, r, p + "staffPerServerYear", Distribution.uniform(0, 1.5
                    * site.staffPerServerYear().value()));
        }
        Uncertainties u = b.build();
        Draws.Model model = Risk.bind(s, u, new FastTcoEvaluator(s));
        assertThat(model.drawsWithoutScenario()).as("inputs %s", u.inputs()).isTrue();
        Evaluator repriced = new FastTcoEvaluator(s);
        Evaluator full = new TcoEvaluator();
        for (int i = 0; i < 8; i++) {
            double[] values = model.sample(Draws.stream(seed, i));
            Scenario drawn = model.scenario(values);
            Evaluation expected;
            try {
                expected = full.evaluate(drawn);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> model.evaluate(values)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(e.getMessage());
                continue;
            }
            Evaluation fast = model.evaluate(values);
            assertThat(fast.npvByOption()).as("draw %d", i).containsExactlyEntriesOf(repriced.evaluate(drawn)
                    .npvByOption());
            assertThat(fast.npvByOption().keySet()).containsExactlyElementsOf(expected.npvByOption().keySet());
            double cents = 0.01 * s.workloads().size();
            for (Map.Entry<String, Double> o : expected.npvByOption().entrySet()) {
                assertThat(fast.npvByOption().get(o.getKey())).as("draw %d: %s", i, o.getKey())
                        .isCloseTo(o.getValue(), within(1e-9 * Math.abs(o.getValue()) + cents));
                assertThat(fast.family(o.getKey())).isEqualTo(expected.family(o.getKey()));
            }
            List<String> names = new ArrayList<>(expected.npvByOption().keySet());
            for (String o : names) {
                assertThat(fast.breakEvenMonth(names.get(0), o)).as("draw %d: %s vs %s", i, names.get(0), o)
                        .isEqualTo(repriced.evaluate(drawn).breakEvenMonth(names.get(0), o));
            }
        }
    }

    /** Adds {@code path ~ d} to {@code b} with probability 1/2 when every value of {@code d} is valid there. */
    private static void candidate(Scenario s, Uncertainties.Builder b, Random r, String path, Distribution d) {
        if (!r.nextBoolean()) {
            return;
        }
        try {
            Risk.bind(s, Uncertainties.builder().input(path, d).build(), new TcoEvaluator());
        } catch (IllegalArgumentException e) {
            return;
        }
        b.input(path, d);
    }

    /** Inputs the fast draw cannot change (a throughput, watts) send every draw through the drawn scenario. */
    @Test
    void otherInputsGoThroughTheScenario() {
        Scenario s = Fixtures.steady();
        Uncertainties u = Uncertainties.builder().input("throughput[0].perSecond", Distribution.uniform(9_000, 11_000))
                .input("financials.discountRatePerYear", Distribution.uniform(0.05, 0.1)).build();
        assertThat(Risk.bind(s, u, new FastTcoEvaluator(s)).drawsWithoutScenario()).isFalse();
        Uncertainties upfront = Uncertainties.builder().input("cloudOfferings[aws-p5-fra].commitments[0].upfrontFraction",
                Distribution.uniform(0, 0.5)).build(); // part of the option's name
        assertThat(Risk.bind(s, upfront, new FastTcoEvaluator(s)).drawsWithoutScenario()).isFalse();
        Uncertainties v = Uncertainties.builder().input("financials.discountRatePerYear",
                Distribution.uniform(0.05, 0.1)).build();
        assertThat(Risk.bind(s, v, new FastTcoEvaluator(s)).drawsWithoutScenario()).isTrue();
        assertThat(Risk.bind(s, v, new TcoEvaluator()).drawsWithoutScenario()).isFalse();
    }
}
