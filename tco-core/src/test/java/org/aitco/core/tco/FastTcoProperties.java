package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.testing.Scenarios;
import org.aitco.core.model.Workload;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path ({@link FastTco}) against the full calculator ({@link Tco#analyze}): the same options in the same
 * order, NPVs equal to 1e-9 relative (plus the half cent by which the calculator's money is rounded), the same
 * break-even month.
 */
class FastTcoProperties {

    /**
     * 1e-9 of the value, plus half a minor unit (a cent, a yen): the calculator's NPVs are rounded to money, the
     * fast ones are not.
     */
    private static double tolerance(double v, double minorUnitsPerUnit) {
        return 1e-9 * Math.abs(v) + 0.5 / minorUnitsPerUnit + 1e-9;
    }

    /** Asserts that {@code fast} gives every workload of {@code s} the options and NPVs of {@link Tco#analyze}. */
    static void sameAsTco(Scenario s, FastTco fastTco) {
        TcoResult slow;
        try {
            slow = Tco.analyze(s);
        } catch (IllegalArgumentException e) {
            assertThatThrownBy(() -> fastTco.price(s)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        FastTco.Result fast = fastTco.price(s);
        assertThat(fast.workloadCount()).isEqualTo(slow.workloads().size());
        for (int w = 0; w < fast.workloadCount(); w++) {
            WorkloadTco expected = slow.workloads().get(w);
            assertThat(fast.workload(w)).isEqualTo(expected.workload());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fast.optionCount(w); i++) {
                names.add(fast.option(w, i));
            }
            assertThat(names).as("options of %s", expected.workload())
                    .containsExactlyElementsOf(expected.options().stream().map(OptionResult::name).toList());
            for (int i = 0; i < names.size(); i++) {
                OptionResult o = expected.options().get(i);
                double npv = o.npv().amount().doubleValue();
                assertThat(fast.npv(w, i)).as(o.name()).isCloseTo(npv, within(tolerance(npv, fast.minorUnitsPerUnit())));
                assertThat(fast.roundedNpv(w, i).amount().doubleValue()).as(o.name() + " rounded")
                        .isCloseTo(npv, within(1.0 / fast.minorUnitsPerUnit() + 1e-9 * Math.abs(npv)));
                assertThat(fast.kind(w, i)).isEqualTo(o.kind());
            }
            // break-even of the cheapest against every other option, as the calculator finds it
            if (fast.workloadCount() == 1) {
                for (int i = 1; i < names.size(); i++) {
                    var b = expected.breakEven(names.get(0), names.get(i));
                    var month = fast.breakEvenMonth(fast.id(0, 0), fast.id(0, i));
                    assertThat(month.isPresent()).as("break-even of %s and %s", names.get(0), names.get(i))
                            .isEqualTo(b.isPresent());
                    if (b.isPresent()) {
                        assertThat(month.getAsInt()).isEqualTo(b.get().month());
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    /** Generated scenarios (1-4 workloads, several platforms, currencies, jurisdictions), priced on their own shape. */
    @Property(tries = 60)
    void fastNpvsEqualTheCalculatorsOnGeneratedScenarios(@ForAll("scenarios") Scenario s) {
        sameAsTco(s, FastTco.of(s));
    }

    /**
     * A draw-like variant of a random scenario (growth, escalation, refresh, 720/730/744-hour months, day and week
     * profiles), priced on the base scenario's shape: demand scaled, growth, discount rate, escalation and cloud
     * price trend changed.
     */
    @Property(tries = 150)
    void fastNpvsEqualTheCalculatorsOnDrawnVariants(@ForAll long seed) {
        Scenario base = RandomScenarios.of(seed);
        FastTco fast = FastTco.of(base);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        Scenario variant = variant(base, r);
        sameAsTco(variant, fast);
        sameAsTco(base, fast);
    }

    /** The scenario with its demand scaled and regrown and its financial trends redrawn. */
    static Scenario variant(Scenario base, Random r) {
        List<Workload> ws = new ArrayList<>();
        for (Workload w : base.workloads()) {
            var d = w.demand().scaledBy(0.3 + r.nextDouble() * 2).withGrowthPerYear(-0.3 + r.nextDouble());
            ws.add(w.withDemand(d));
        }
        FinancialAssumptions f = base.financials();
        FinancialAssumptions g = new FinancialAssumptions(f.horizonYears(), r.nextDouble() * 0.15,
                -0.05 + r.nextDouble() * 0.15, -0.25 + r.nextDouble() * 0.3, f.hoursPerMonth(), f.reportingCurrency());
        return base.withWorkloads(ws).withFinancials(g);
    }
}
