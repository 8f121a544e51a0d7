package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.aitco.core.model.Scenario;
import org.aitco.core.tco.RandomScenarios.PriceKind;

/** Invariants of the TCO calculator over random valid scenarios (see {@link RandomScenarios}). */
class TcoProperties {

    private static double tolerance(double value) {
        return 1e-9 * Math.max(1, Math.abs(value));
    }

    private static double npv(OptionResult o) {
        return o.npv().amount().doubleValue();
    }

    /** The load-duration-curve method equals pricing every N hour by hour, for every N. */
    @Property(tries = 150)
    void loadDurationCurveEqualsBruteForceForEveryN(@ForAll long seed) {
        TcoCalculator calc = Tco.calculator(RandomScenarios.of(seed), "w");
        HybridCurve fast = calc.hybridCurve("srv", "dc", "vm");
        HybridCurve slow = HybridBruteForce.curve(calc, "srv", "dc", "vm");
        assertThat(fast.points()).hasSameSizeAs(slow.points());
        for (int n = 0; n < fast.points().size(); n++) {
            HybridPoint a = fast.points().get(n);
            HybridPoint b = slow.points().get(n);
            assertThat(a.nominal()).as("nominal at N=%d", n).isCloseTo(b.nominal(), within(tolerance(b.nominal())));
            assertThat(a.npv()).as("NPV at N=%d", n).isCloseTo(b.npv(), within(tolerance(b.npv())));
        }
        double slowAtFastOptimum = slow.points().get(fast.optimalServers()).npv();
        assertThat(slowAtFastOptimum).isCloseTo(slow.optimum().npv(), within(tolerance(slow.optimum().npv())));
    }

    /** The optimal hybrid is never dearer than the pure options it mixes: all cloud on demand, all on-prem. */
    @Property(tries = 150)
    void optimalHybridNeverDearerThanEitherPureOption(@ForAll long seed) {
        WorkloadTco w = Tco.analyze(RandomScenarios.of(seed)).workload("w");
        double hybrid = npv(w.option("hybrid:srv@dc+vm"));
        double pure = Math.min(npv(w.option("cloud:vm:on-demand")), npv(w.option("on-prem:srv@dc")));
        assertThat(hybrid).isLessThanOrEqualTo(pure + 0.01);
        // the curve is not rounded, the options' NPVs are rounded to cents
        assertThat(w.hybridCurve("srv", "dc", "vm").optimum().npv()).isLessThanOrEqualTo(pure + 0.005 + tolerance(pure));
    }

    /** At a zero discount rate every option's NPV is its nominal total, to the cent. */
    @Property(tries = 100)
    void npvEqualsNominalAtZeroDiscountRate(@ForAll long seed) {
        Scenario s = RandomScenarios.of(seed, new EnumMap<>(PriceKind.class), "EUR", 1, 0);
        TcoResult result = Tco.analyze(s);
        for (OptionResult o : result.options()) {
            assertThat(o.npv()).as(o.name()).isEqualTo(o.nominal());
            for (CostLine line : o.lines()) {
                assertThat(line.npv()).as(o.name() + " " + line.category()).isEqualTo(line.nominal());
            }
        }
        for (HybridPoint p : result.hybridCurve("srv", "dc", "vm").points()) {
            assertThat(p.npv()).isCloseTo(p.nominal(), within(tolerance(p.nominal())));
        }
    }

    /** Raising any one price never lowers the NPV of any option (and, where nothing is optimised, its nominal). */
    @Property(tries = 150)
    void raisingAPriceNeverLowersAnOptionsCost(@ForAll long seed, @ForAll PriceKind kind,
                                               @ForAll @DoubleRange(min = 1, max = 3) double factor) {
        WorkloadTco base = Tco.analyze(RandomScenarios.of(seed)).workload("w");
        WorkloadTco raised = Tco.analyze(RandomScenarios.of(seed, Map.of(kind, factor), "EUR", 1, -1))
                .workload("w");
        for (OptionResult before : base.options()) {
            OptionResult after = raised.option(before.name());
            assertThat(npv(after)).as(before.name()).isGreaterThanOrEqualTo(npv(before) - 0.01);
            if (before.kind() != OptionKind.HYBRID && before.kind() != OptionKind.CLOUD_COMMITTED) {
                assertThat(after.nominal().amount().doubleValue()).as(before.name())
                        .isGreaterThanOrEqualTo(before.nominal().amount().doubleValue() - 0.01);
            }
        }
    }

    /** The same prices given in another currency (and converted back) give the same results. */
    @Property(tries = 100)
    void resultsDoNotDependOnTheCurrencyOfThePrices(@ForAll long seed,
                                                    @ForAll @DoubleRange(min = 0.01, max = 200) double eurToUsd) {
        WorkloadTco eur = Tco.analyze(RandomScenarios.of(seed)).workload("w");
        WorkloadTco usd = Tco.analyze(RandomScenarios.of(seed, new EnumMap<>(PriceKind.class), "USD", eurToUsd, -1))
                .workload("w");
        assertThat(usd.options()).hasSameSizeAs(eur.options());
        for (OptionResult a : eur.options()) {
            OptionResult b = usd.option(a.name());
            assertThat(npv(b)).as(a.name()).isCloseTo(npv(a), within(0.01 + tolerance(npv(a))));
            assertThat(b.ownServers()).isEqualTo(a.ownServers());
            assertThat(b.committedInstances()).isEqualTo(a.committedInstances());
            assertThat(b.currency()).isEqualTo(a.currency());
        }
    }
}
