package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.money.Price;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The running cost per hour and commitments billed hourly in arrears on random scenarios: the fast path equals the
 * calculator (names, order, NPVs, break-even months), the calculator's monthly lines equal the hourly loops, and
 * the placement optimiser's unit costs ({@link UnitCosts}) equal what the calculator charges.
 */
class RunningCostAndBillingProperties {

    /**
     * {@link RandomScenarios#of(long)} with a running cost per hour on its server type (0 to 5 EUR, given in EUR)
     * and each commitment offered twice, billed at month start and hourly in arrears.
     */
    static Scenario withNewFields(long seed) {
        Scenario s = RandomScenarios.of(seed);
        Random r = new Random(seed * 31 + 7);
        List<ServerType> types = new ArrayList<>();
        for (ServerType t : s.serverTypes()) {
            types.add(t.toBuilder().runningCostPerHour(Price.of(Math.round(r.nextDouble() * 500) / 100.0, "EUR"))
                    .build());
        }
        List<CloudOffering> offerings = new ArrayList<>();
        for (CloudOffering c : s.cloudOfferings()) {
            CloudOffering.Builder b = c.toBuilder();
            for (Commitment k : c.commitments()) {
                b.commitment(new Commitment(k.termYears(), k.upfrontFraction(), k.effectivePerHour(),
                        Commitment.Billing.HOURLY_IN_ARREARS));
            }
            offerings.add(b.build());
        }
        return new Scenario(s.name(), s.description(), s.financials(), s.exchangeRates(), s.workloads(),
                s.accelerators(), types, s.sites(), offerings, s.throughput());
    }

    @Property(tries = 80)
    void theFastPathEqualsTheCalculatorWithTheNewFields(@ForAll long seed) {
        Scenario base = withNewFields(seed);
        FastTco fast = FastTco.of(base);
        FastTcoProperties.sameAsTco(base, fast);
        FastTcoProperties.sameAsTco(FastTcoProperties.variant(base, new Random(seed ^ 0x5DEECE66DL)), fast);
    }

    @Property(tries = 60)
    void theNewLinesEqualTheHourlyLoop(@ForAll long seed) {
        Scenario s = withNewFields(seed);
        TcoCalculator calc = Tco.calculator(s, "w");
        Horizon hz = calc.horizon();
        CloudOffering vm = calc.offering("vm");
        for (int i = 0; i < vm.commitments().size(); i++) {
            Commitment c = vm.commitments().get(i);
            OptionResult o = calc.committed("vm", i);
            Flows hourly = new Flows(hz.months);
            int[] k = Engine.committed(hz, calc.demand(), calc.rate(vm, false),
                    s.inReportingCurrency(c.effectivePerHour()), c.upfrontFraction(), UnitCosts.inArrears(c),
                    c.termYears() * 12, hourly);
            assertThat(o.committedInstances()).isEqualTo(java.util.Arrays.stream(k).boxed().toList());
            HourlyReferenceProperties.assertSameLines(o, hourly, hz);
            if (UnitCosts.inArrears(c)) {
                assertThat(o.line(CostCategory.COMMITMENTS_IN_ARREARS).nominal().isZero())
                        .isEqualTo(c.upfrontFraction() == 1 || java.util.Arrays.stream(k).allMatch(x -> x == 0));
            } else {
                assertThat(o.line(CostCategory.COMMITMENTS_IN_ARREARS).nominal().isZero()).isTrue();
            }
        }
        ServerType type = s.serverTypes().get(0);
        OptionResult onPrem;
        try {
            onPrem = calc.onPrem("srv", "dc");
        } catch (IllegalArgumentException e) {
            return;
        }
        Flows hourly = new Flows(hz.months);
        ServerCosts sc = new ServerCosts(s, type, s.sites().get(0), hz);
        Engine.fleetAndCloud(hz, calc.demand(), sc, calc.throughput("srv"), onPrem.ownServers(), null, hourly);
        HourlyReferenceProperties.assertSameLines(onPrem, hourly, hz);
        // running cost per server and month is the hourly figure times the month's hours
        double running = type.runningCostPerHour().value() * hz.hoursPerMonth;
        assertThat(onPrem.line(CostCategory.RUNNING).monthly().get(0))
                .isCloseTo(onPrem.ownServers() * running, within(1e-9 * Math.max(1, running * onPrem.ownServers())));
    }

    /**
     * The placement optimiser's coefficients: one server's discounted fixed cost by category (running line
     * included) is the NPV of the calculator's fixed flows of one server; a committed instance held over the whole
     * horizon costs what the calculator's term pricing charges.
     */
    @Property(tries = 60)
    void unitCostsAgreeWithTheCalculator(@ForAll long seed) {
        Scenario s = withNewFields(seed);
        Horizon hz = new Horizon(s.financials());
        ServerCosts sc = new ServerCosts(s, s.serverTypes().get(0), s.sites().get(0), hz);
        double[] perServer = UnitCosts.perServer(s, s.serverTypes().get(0), s.sites().get(0));
        double running = 0;
        for (int m = 0; m < hz.months; m++) {
            running += sc.perServer[CostCategory.RUNNING.ordinal()][m] * hz.discountEnd[m];
        }
        assertThat(perServer[CostCategory.RUNNING.ordinal()]).isCloseTo(running, within(1e-9 * Math.max(1, running)));
        double price = s.inReportingCurrency(s.serverTypes().get(0).runningCostPerHour());
        double annuity = 0;
        for (int m = 0; m < hz.months; m++) {
            annuity += hz.discountEnd[m];
        }
        assertThat(running).isCloseTo(price * hz.hoursPerMonth * annuity, within(1e-9 * Math.max(1, running)));
        for (Commitment c : s.cloudOfferings().get(0).commitments()) {
            double perHour = s.inReportingCurrency(c.effectivePerHour());
            int term = c.termYears() * 12;
            double expected = 0;
            for (int first = 0; first < hz.months; first += term) {
                int last = Math.min(hz.months, first + term);
                double p = perHour * hz.cloudFactor[first] * hz.hoursPerMonth;
                expected += c.upfrontFraction() * p * (last - first) * hz.discountStart[first];
                for (int m = first; m < last; m++) {
                    expected += (1 - c.upfrontFraction()) * p
                            * (UnitCosts.inArrears(c) ? hz.discountEnd[m] : hz.discountStart[m]);
                }
            }
            assertThat(UnitCosts.perCommittedInstance(s, c)).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        }
    }
}
