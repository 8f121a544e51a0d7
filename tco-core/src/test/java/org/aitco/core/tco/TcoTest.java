package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.halfDay;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.server;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Currency;
import java.util.List;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of the TCO calculator; the arithmetic is in the comments. */
class TcoTest {

    private static double sum(OptionResult o, CostCategory c) {
        return o.line(c).monthly().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The plain case: one server at P = 10,000 with a running cost of r = 1 kW * 0.20 = 0.20 per hour, against a
     * cloud instance at c = 2.20 per hour; both carry the constant 100 tokens/s. Break-even hour = P / (c - r)
     * = 10,000 / 2.00 = 5,000 hours, which is in month floor(5000 / 730) + 1 = 7.
     */
    @Test
    void plainBreakEvenIsPriceOverHourlySaving() {
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(server("box", 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        TcoResult result = Tco.analyze(s);

        BreakEven be = result.breakEven("on-prem:box@ams", "cloud:vm:on-demand").orElseThrow();
        assertThat(be.hour()).isCloseTo(5_000, within(1e-6));
        assertThat(be.month()).isEqualTo(7);
        assertThat(be.dearerBefore()).isEqualTo("on-prem:box@ams");

        // cloud: 2.20 * 17,520 hours = 38,544
        OptionResult cloud = result.workloads().get(0).option("cloud:vm:on-demand");
        assertThat(cloud.nominal().amount()).isEqualByComparingTo("38544.00");
        // 100 tokens/s * 3,600 = 0.36 million tokens an hour: 2.20 / 0.36 = 6.1111 EUR per million tokens
        assertThat(cloud.costPerBlock()).isCloseTo(2.20 / 0.36, within(1e-9));
        // on-prem: 10,000 + 0.20 * 17,520 = 3,504 of energy, minus the book value after 24 of 60 months:
        // 10,000 - 10,000 * 24 / 60 = 6,000; total 7,504
        OptionResult onPrem = result.cheapest();
        assertThat(onPrem.name()).isEqualTo("on-prem:box@ams");
        assertThat(onPrem.nominal().amount()).isEqualByComparingTo("7504.00");
        assertThat(onPrem.line(CostCategory.RESIDUAL_VALUE).nominal().amount()).isEqualByComparingTo("-6000.00");
        assertThat(onPrem.utilisation()).isCloseTo(1.0, within(1e-12));
        // at zero discount rate NPV is nominal; the margin is 38,544 - 7,504 = 31,040 (the hybrid at N=1 ties)
        assertThat(onPrem.npv()).isEqualTo(onPrem.nominal());
        assertThat(result.workloads().get(0).option("hybrid:box@ams+vm").ownServers()).isEqualTo(1);
    }

    /**
     * Refresh and residual: price 12,000, life 2 years, residual 25 %, maintenance 10 %/year, 3-year horizon.
     * Bought at months 0 and 24; the first sold at the end of month 23 for 3,000; the second is 12 months old at
     * the end and worth 12,000 - (12,000 - 3,000) * 12 / 24 = 7,500. Maintenance 0.10 * 12,000 / 12 = 100 a month.
     */
    @Test
    void refreshAndResidualValue() {
        Scenario s = scenario().financials(financials(3, 0))
                .workload(workload("bot", 100))
                .server(server("box", 12_000, 0, 1000, 2, 0.25, 0.10), 100)
                .site(site("ams", 0, 1.0, 0, 0))
                .build();
        OptionResult o = Tco.calculator(s, "bot").onPrem("box", "ams");
        List<Double> capex = o.line(CostCategory.CAPEX).monthly();
        assertThat(capex.get(0)).isEqualTo(12_000);
        assertThat(capex.get(24)).isEqualTo(12_000);
        assertThat(sum(o, CostCategory.CAPEX)).isEqualTo(24_000);
        List<Double> residual = o.line(CostCategory.RESIDUAL_VALUE).monthly();
        assertThat(residual.get(23)).isEqualTo(-3_000);
        assertThat(residual.get(35)).isEqualTo(-7_500);
        assertThat(sum(o, CostCategory.RESIDUAL_VALUE)).isEqualTo(-10_500);
        assertThat(sum(o, CostCategory.MAINTENANCE)).isCloseTo(3_600, within(1e-9));
        // 24,000 - 10,500 + 3,600 = 17,100
        assertThat(o.nominal().amount()).isEqualByComparingTo("17100.00");
    }

    /**
     * Energy with utilisation and PUE: idle 200 W, peak 1,000 W, throughput 100, demand 50: one server at 50 %,
     * 200 + 800 * 0.5 = 600 W, 0.6 kWh * 0.25 = 0.15 an hour, 109.50 a 730-hour month; PUE 1.5 adds 0.5 * 109.50
     * = 54.75 of cooling. With 10 % escalation a month of year 2 costs 109.50 * 1.1 = 120.45. Space 100 per
     * kW-month of 1 kW peak: 100 a month; staff 2,400 a year: 200 a month.
     */
    @Test
    void energyCoolingSpaceAndStaff() {
        FinancialAssumptions f = new FinancialAssumptions(2, 0, 0.10, 0, 730, Currency.getInstance("EUR"));
        Scenario s = scenario().financials(f)
                .workload(workload("bot", 50))
                .server(server("box", 1_000, 200, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.25, 1.5, 100, 2_400))
                .build();
        OptionResult o = Tco.calculator(s, "bot").onPrem("box", "ams");
        assertThat(o.line(CostCategory.IT_ENERGY).monthly().get(0)).isCloseTo(109.50, within(1e-9));
        assertThat(o.line(CostCategory.COOLING_FACILITY).monthly().get(0)).isCloseTo(54.75, within(1e-9));
        assertThat(o.line(CostCategory.IT_ENERGY).monthly().get(12)).isCloseTo(120.45, within(1e-9));
        assertThat(o.line(CostCategory.SPACE).monthly().get(5)).isCloseTo(100, within(1e-9));
        assertThat(o.line(CostCategory.STAFF).monthly().get(5)).isCloseTo(200, within(1e-9));
        assertThat(o.ownUtilisation()).isCloseTo(0.5, within(1e-12));
    }

    /**
     * Cloud capacity is whole instances: 250 tokens/s at 100 per instance needs 3, 3 * 730 * 2.00 = 4,380 a month.
     * Spot with 20 % overhead needs 250 * 1.2 / 100 = 3 (not 4, though 250 * 1.2 is 300.00000000000006 in
     * double): 3 * 730 * 0.80 = 1,752. Egress 0.5 GB per million tokens at 0.09: 250 * 3,600 * 730 / 1e6 = 657
     * million tokens a month, 328.5 GB, 29.565; plus 10 GB fixed a month, 0.90.
     */
    @Test
    void cloudWholeInstancesSpotAndEgress() {
        Scenario s = scenario().financials(financials(1, 0))
                .workload(workload("bot", 250).interruptible(true).egressGbPerMillionUnits(0.5).egressGbPerMonth(10))
                .cloud(cloud("vm", 2.00, List.of(), 0.80, 0.2, 0.09), 100)
                .build();
        TcoCalculator calc = Tco.calculator(s, "bot");
        OptionResult od = calc.onDemand("vm");
        assertThat(od.line(CostCategory.CLOUD_ON_DEMAND).monthly().get(0)).isCloseTo(4_380, within(1e-9));
        assertThat(od.line(CostCategory.EGRESS).monthly().get(0)).isCloseTo(29.565 + 0.90, within(1e-9));
        // utilisation 250 / 300
        assertThat(od.utilisation()).isCloseTo(250.0 / 300, within(1e-12));
        OptionResult spot = calc.spot("vm");
        assertThat(spot.line(CostCategory.SPOT).monthly().get(0)).isCloseTo(1_752, within(1e-9));
        assertThat(spot.line(CostCategory.CLOUD_ON_DEMAND).nominal().isZero()).isTrue();
    }

    /**
     * Commitments: half of the hours need 3 instances (300 tokens/s), half need 1 (100). On demand costs 4.00 an
     * hour. A committed instance at 2.50 is worth it only for the level used every hour (4.00 > 2.50), not for
     * levels 2 and 3 used half the time (0.5 * 4.00 = 2.00 < 2.50): K = 1. A year has 4,380 hours of each kind:
     * commitment 2.50 * 8,760 = 21,900; on demand 4,380 * 2 * 4.00 = 35,040; total 56,940 (on demand alone:
     * (4,380 * 3 + 4,380) * 4.00 = 70,080). At 1.90, levels 2 and 3 pay too (2.00 > 1.90): K = 3 and the total
     * is 3 * 1.90 * 8,760 = 49,932.
     */
    @Test
    void commitmentsChooseTheCommittedInstancesOnTheLoadDurationCurve() {
        Scenario s = scenario().financials(financials(1, 0))
                .workload(workload("bot", halfDay(300, 100)))
                .cloud(cloud("vm", 4.00, List.of(new Commitment(1, 0, Fixtures.eur(2.50)),
                        new Commitment(1, 0.5, Fixtures.eur(1.90))), null, 0, 0), 100)
                .build();
        TcoCalculator calc = Tco.calculator(s, "bot");
        assertThat(calc.onDemand("vm").nominal().amount()).isEqualByComparingTo("70080.00");
        OptionResult k1 = calc.committed("vm", 0);
        assertThat(k1.committedInstances()).containsExactly(1);
        assertThat(sum(k1, CostCategory.COMMITMENTS)).isCloseTo(21_900, within(1e-6));
        assertThat(sum(k1, CostCategory.CLOUD_ON_DEMAND)).isCloseTo(35_040, within(1e-6));
        OptionResult k3 = calc.committed("vm", 1);
        assertThat(k3.committedInstances()).containsExactly(3);
        assertThat(k3.nominal().amount()).isEqualByComparingTo("49932.00");
        // half upfront: 0.5 * 49,932 = 24,966 at the start, plus 0.5 * 3 * 1.90 * 730 = 2,080.50 monthly
        assertThat(k3.line(CostCategory.COMMITMENTS).monthly().get(0)).isCloseTo(24_966 + 2_080.50, within(1e-6));
        assertThat(k3.line(CostCategory.COMMITMENTS).monthly().get(1)).isCloseTo(2_080.50, within(1e-6));
    }

    /**
     * Hybrid: demand 150 for half the hours, 50 for the other half; server and instance carry 100 each. A server
     * costs 8,760 (life 1 year, no residual) plus 0.5 kW * 0.20 * 8,760 = 876 of energy: 9,636 a year. An
     * instance costs 1.50 an hour. N = 0: (4,380 * 2 + 4,380 * 1) * 1.50 = 19,710. N = 1: 9,636 + 4,380 * 1.50 =
     * 16,206. N = 2: 2 * 9,636 = 19,272. The first server is busy every hour (13,140 of cloud > 9,636), the
     * second half of them (6,570 < 9,636): optimum N = 1.
     */
    @Test
    void hybridCurveByHand() {
        Scenario s = scenario().financials(financials(1, 0))
                .workload(workload("bot", halfDay(150, 50)))
                .server(server("box", 8_760, 500, 500, 1, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 1.50, List.of(), null, 0, 0), 100)
                .build();
        HybridCurve curve = Tco.analyze(s).hybridCurve("box", "ams", "vm");
        assertThat(curve.points()).hasSize(3);
        assertThat(curve.points().get(0).nominal()).isCloseTo(19_710, within(1e-6));
        assertThat(curve.points().get(1).nominal()).isCloseTo(16_206, within(1e-6));
        assertThat(curve.points().get(2).nominal()).isCloseTo(19_272, within(1e-6));
        assertThat(curve.optimalServers()).isEqualTo(1);
        OptionResult hybrid = Tco.analyze(s).cheapest();
        assertThat(hybrid.name()).isEqualTo("hybrid:box@ams+vm");
        assertThat(hybrid.nominal().amount()).isEqualByComparingTo("16206.00");
        // the margin over the next best (on-prem, N = 2): 19,272 - 16,206 = 3,066
        assertThat(Tco.analyze(s).workloads().get(0).marginOverNextBest().amount()).isEqualByComparingTo("3066.00");
    }

    /**
     * NPV: one instance at 1.00 an hour for one year at 12 %: month m's 730 are paid at its end and worth
     * 730 * 1.12^(-(m+1)/12); the sum is the geometric series 730 * a (1 - a^12) / (1 - a) with a = 1.12^(-1/12).
     */
    @Test
    void npvDiscountsMonthlyAtMonthEnd() {
        Scenario s = scenario().financials(financials(1, 0.12))
                .workload(workload("bot", 100))
                .cloud(cloud("vm", 1.00, List.of(), null, 0, 0), 100)
                .build();
        double a = Math.pow(1.12, -1.0 / 12);
        double expected = 730 * a * (1 - Math.pow(a, 12)) / (1 - a);
        OptionResult o = Tco.analyze(s).cheapest();
        assertThat(o.npv().amount().doubleValue()).isCloseTo(expected, within(0.005));
        assertThat(o.nominal().amount()).isEqualByComparingTo("8760.00");
    }

    /**
     * Pooling: workload a needs 100 tokens/s in hours 0..11, b in hours 12..23. Alone each needs one server;
     * pooled, one server carries both. A server costs 10,000 (life 1 year, no residual) plus 0.5 kW * 0.20 *
     * 8,760 = 876 of energy: the pool saves 10,876.
     */
    @Test
    void poolingSharesServersBetweenPeaksThatDoNotCoincide() {
        Scenario s = scenario().financials(financials(1, 0))
                .workload(workload("a", halfDay(100, 0)))
                .workload(workload("b", halfDay(0, 100)))
                .server(server("box", 10_000, 500, 500, 1, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .build();
        TcoResult result = Tco.analyze(s);
        Pool pool = result.portfolio().pools().get(0);
        assertThat(pool.servers()).isEqualTo(1);
        assertThat(pool.serversAlone()).isEqualTo(2);
        assertThat(pool.aloneNpv().amount()).isEqualByComparingTo("21752.00");
        assertThat(pool.pooledNpv().amount()).isEqualByComparingTo("10876.00");
        assertThat(pool.savingNpv().amount()).isEqualByComparingTo("10876.00");
        assertThat(result.portfolio().bestPool()).isEqualTo("box@ams");
        assertThat(result.portfolio().poolingSavingNpv().amount()).isEqualByComparingTo("10876.00");
        assertThat(result.toTable()).contains("pool box@ams [a, b]: 1 servers shared vs 2 alone");
    }

    @Test
    void tableShowsOptionsLinesAndTheCheapest() {
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(server("box", 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        String table = Tco.analyze(s).toWideTable(); // cost lines are columns of the wide table
        assertThat(table).contains("months of 730 hours", "capex", "IT energy", "on-demand",
                "break-even vs cloud:vm:on-demand", "month 7 (h 5000)", "EUR/million tokens",
                "Cheapest: on-prem:box@ams, NPV 7504.00 EUR");
    }
}
