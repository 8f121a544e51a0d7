package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;

/**
 * The calculator, which counts hours per month from the demand's order ({@link DemandShape}), against the hour by
 * hour loops it replaced ({@link Engine#fleetAndCloud(Horizon, double[], ServerCosts, double, int,
 * Engine.CloudRate, Flows)}, {@link Engine#committed(Horizon, double[], Engine.CloudRate, double, double, int,
 * Flows)}): every monthly value of every line to 1e-9 relative, the same commitments and fleets, the NPV to the
 * cent.
 */
class HourlyReferenceProperties {

    @Property(tries = 150)
    void everyOptionEqualsTheHourlyLoop(@ForAll long seed) {
        Scenario s = RandomScenarios.of(seed);
        TcoCalculator calc = Tco.calculator(s, "w");
        Horizon hz = calc.horizon();
        for (OptionResult o : calc.analyze().options()) {
            Flows hourly = new Flows(hz.months);
            OptionId id = o.id();
            CloudOffering vm = id.cloudOffering().isEmpty() ? null : calc.offering(id.cloudOffering());
            ServerCosts sc = id.serverType().isEmpty() ? null
                    : new ServerCosts(s, calc.serverType(id.serverType()), calc.site(id.site()), hz);
            double ts = sc == null ? 1 : calc.throughput(id.serverType());
            switch (id.kind()) {
                case CLOUD_ON_DEMAND -> Engine.fleetAndCloud(hz, calc.demand(), null, 1, 0, calc.rate(vm, false), hourly);
                case CLOUD_SPOT -> Engine.fleetAndCloud(hz, calc.demand(), null, 1, 0, calc.rate(vm, true), hourly);
                case ON_PREM -> Engine.fleetAndCloud(hz, calc.demand(), sc, ts, o.ownServers(), null, hourly);
                case HYBRID -> Engine.fleetAndCloud(hz, calc.demand(), sc, ts, o.ownServers(), calc.rate(vm, false),
                        hourly);
                case CLOUD_COMMITTED -> {
                    int index = -1;
                    for (int i = 0; i < vm.commitments().size(); i++) {
                        index = OptionId.committed(vm, i).equals(id) ? i : index;
                    }
                    Commitment c = vm.commitments().get(index);
                    int[] k = Engine.committed(hz, calc.demand(), calc.rate(vm, false),
                            s.inReportingCurrency(c.effectivePerHour()), c.upfrontFraction(), c.termYears() * 12,
                            hourly);
                    assertThat(o.committedInstances()).as(o.name())
                            .isEqualTo(java.util.Arrays.stream(k).boxed().toList());
                }
            }
            assertSameLines(o, hourly, hz);
            assertThat(o.unitsServed()).as(o.name()).isCloseTo(hourly.unitsServed,
                    within(1e-9 * Math.max(1, hourly.unitsServed)));
        }
    }

    /** Every monthly value of every cost line equals the hourly loop's (1e-9 relative), and so does the NPV (a cent). */
    static void assertSameLines(OptionResult o, Flows hourly, Horizon hz) {
        for (CostLine line : o.lines()) {
            double[] expected = hourly.monthly[line.category().ordinal()];
            List<Double> actual = line.monthly();
            for (int m = 0; m < hz.months; m++) {
                assertThat(actual.get(m)).as("%s %s month %d", o.name(), line.category(), m)
                        .isCloseTo(expected[m], within(1e-9 * Math.max(1, Math.abs(expected[m]))));
            }
        }
        assertThat(o.npv().amount().doubleValue()).as(o.name()).isCloseTo(hz.npv(hourly.monthly), within(0.01));
    }
}
