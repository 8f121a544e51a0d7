package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.eur;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Currency;
import java.util.List;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked examples of the on-prem running cost per hour and of commitments billed hourly in arrears; the
 * arithmetic is in the comments.
 */
class RunningCostAndBillingTest {

    private static double sum(OptionResult o, CostCategory c) {
        return o.line(c).monthly().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** One server of price {@code price} with no power draw, 1 accelerator, 1 U, a 5-year life, no residual. */
    private static ServerType box(double price, double runningPerHour) {
        return ServerType.named("box").accelerator("gpu", 1).purchasePrice(eur(price)).idleWatts(0).peakWatts(1000)
                .rackUnits(1).usefulLifeYears(5).runningCostPerHour(eur(runningPerHour)).build();
    }

    /**
     * A server at P = 10,000 with a running cost of r = 0.87 an hour (no energy: the site's price is 0) against a
     * cloud instance at c = 2.20 an hour, both carrying the constant 100 tokens/s over 2 years (17,520 hours).
     * Break-even hour = P / (c - r) = 10,000 / 1.33 = 7,518.797 hours, in month floor(7,518.797 / 730) + 1 = 11.
     * The running line is 0.87 * 730 = 635.10 a month, 24 * 635.10 = 15,242.40 in all; with the book value of
     * 10,000 - 10,000 * 24 / 60 = 6,000 credited at the end, the option costs 10,000 - 6,000 + 15,242.40 =
     * 19,242.40. Nothing of it is energy or maintenance.
     */
    @Test
    void theRunningCostIsItsOwnLineAndEntersTheBreakEven() {
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(box(10_000, 0.87), 100)
                .site(site("ams", 0, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        TcoResult result = Tco.analyze(s);
        OptionResult onPrem = result.workloads().get(0).option("on-prem:box@ams");

        assertThat(onPrem.line(CostCategory.RUNNING).monthly().get(0)).isCloseTo(635.10, within(1e-9));
        assertThat(onPrem.line(CostCategory.RUNNING).monthly().get(23)).isCloseTo(635.10, within(1e-9));
        assertThat(onPrem.line(CostCategory.RUNNING).nominal().amount()).isEqualByComparingTo("15242.40");
        assertThat(onPrem.line(CostCategory.IT_ENERGY).nominal().isZero()).isTrue();
        assertThat(onPrem.line(CostCategory.MAINTENANCE).nominal().isZero()).isTrue();
        assertThat(onPrem.nominal().amount()).isEqualByComparingTo("19242.40");

        BreakEven be = result.breakEven("on-prem:box@ams", "cloud:vm:on-demand").orElseThrow();
        assertThat(be.hour()).isCloseTo(10_000 / 1.33, within(1e-6));
        assertThat(be.month()).isEqualTo(11);
    }

    /**
     * Discounted, the running line is an annuity paid at each month's end: 635.10 * sum_{m=1..24} v^m with
     * v = 1.08^(-1/12), that is 635.10 * v * (1 - v^24) / (1 - v), computed here in closed form. With v =
     * 0.9936071 and v^24 = 1.08^-2 = 0.8573388, the sum of the 24 factors is 0.9936071 * 0.1426612 / 0.0063929
     * = 22.173, so the line's NPV is 635.10 * 22.173 = 14,082.0.
     */
    @Test
    void theRunningCostIsDiscountedAsPaidInArrears() {
        Scenario s = scenario().financials(financials(2, 0.08))
                .workload(workload("bot", 100))
                .server(box(10_000, 0.87), 100)
                .site(site("ams", 0, 1.0, 0, 0))
                .build();
        OptionResult onPrem = Tco.calculator(s, "bot").onPrem("box", "ams");
        double v = Math.pow(1.08, -1.0 / 12);
        double annuity = v * (1 - Math.pow(v, 24)) / (1 - v);
        assertThat(annuity).isCloseTo(22.173, within(1e-3));
        assertThat(onPrem.line(CostCategory.RUNNING).npv().amount().doubleValue())
                .isCloseTo(635.10 * annuity, within(0.005));
        assertThat(635.10 * annuity).isCloseTo(14_082.0, within(0.05));
    }

    /**
     * The same commitment (1 year, no upfront, 2.50 an hour, on demand 4.00) billed at each month's start and
     * hourly in arrears; the constant 100 tokens/s needs one instance every hour, so K = 1 either way (4.00 >
     * 2.50). Both pay 2.50 * 730 = 1,825 a month, 21,900 a year, nominal. In advance month m (0-based) is
     * discounted by v^m, in arrears by v^(m+1) (v = 1.08^(-1/12)), so the NPV in arrears is exactly v times the
     * NPV in advance: with v^12 = 1 / 1.08 = 0.9259259, 1,825 * 0.0740741 / 0.0063929 = 21,146.2 against
     * 0.9936071 * 21,146.2 = 21,011.0. The recurring part is its own line ({@link CostCategory#COMMITMENTS_IN_ARREARS}).
     */
    @Test
    void aCommitmentBilledInArrearsIsDiscountedOneMonthMore() {
        Commitment advance = new Commitment(1, 0, eur(2.50));
        Commitment arrears = new Commitment(1, 0, eur(2.50), Commitment.Billing.HOURLY_IN_ARREARS);
        Scenario s = scenario().financials(financials(1, 0.08))
                .workload(workload("bot", 100))
                .cloud(cloud("vm", 4.00, List.of(advance, arrears), null, 0, 0), 100)
                .build();
        TcoCalculator calc = Tco.calculator(s, "bot");
        OptionResult a = calc.committed("vm", 0);
        OptionResult b = calc.committed("vm", 1);
        assertThat(a.committedInstances()).containsExactly(1);
        assertThat(b.committedInstances()).containsExactly(1);
        assertThat(sum(a, CostCategory.COMMITMENTS)).isCloseTo(21_900, within(1e-6));
        assertThat(sum(a, CostCategory.COMMITMENTS_IN_ARREARS)).isZero();
        assertThat(sum(b, CostCategory.COMMITMENTS)).isZero();
        assertThat(sum(b, CostCategory.COMMITMENTS_IN_ARREARS)).isCloseTo(21_900, within(1e-6));
        assertThat(b.line(CostCategory.COMMITMENTS_IN_ARREARS).monthly().get(11)).isCloseTo(1_825, within(1e-9));
        assertThat(a.nominal()).isEqualTo(b.nominal());

        double v = Math.pow(1.08, -1.0 / 12);
        double inAdvance = 1_825 * (1 - Math.pow(v, 12)) / (1 - v);
        assertThat(inAdvance).isCloseTo(21_146.2, within(0.1));
        assertThat(a.npv().amount().doubleValue()).isCloseTo(inAdvance, within(0.005));
        assertThat(b.npv().amount().doubleValue()).isCloseTo(v * inAdvance, within(0.005));
        assertThat(v * inAdvance).isCloseTo(21_011.0, within(0.1));
        // the placement optimiser's coefficient of one committed instance is the same NPV
        assertThat(UnitCosts.perCommittedInstance(s, arrears)).isCloseTo(v * inAdvance, within(1e-6));
        assertThat(UnitCosts.perCommittedInstance(s, advance)).isCloseTo(inAdvance, within(1e-6));
    }

    /**
     * Break-even of a server at P = 10,000 (no running cost, no energy) against a no-upfront commitment at 2.20 an
     * hour carrying the same constant load. Billed in arrears the commitment accrues 2.20 an hour and overtakes the
     * server at P / 2.20 = 4,545.45 hours (month 7). Billed at month start it pays 2.20 * 730 = 1,606 at each
     * month's first hour: 6 * 1,606 = 9,636 < 10,000 after month 6 has been paid, 7 * 1,606 = 11,242 at the start
     * of month 7 (hour 6 * 730 = 4,380): the crossing is 165 hours earlier, as the published analyses do not have it.
     */
    @Test
    void billingInArrearsMovesTheBreakEvenAgainstAReservation() {
        Commitment advance = new Commitment(1, 0, eur(2.20));
        Commitment arrears = new Commitment(1, 0, eur(2.20), Commitment.Billing.HOURLY_IN_ARREARS);
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(box(10_000, 0), 100)
                .site(site("ams", 0, 1.0, 0, 0))
                .cloud(cloud("vm", 4.00, List.of(advance, arrears), null, 0, 0), 100)
                .build();
        TcoResult result = Tco.analyze(s);
        TcoCalculator calc = Tco.calculator(s, "bot");
        String inAdvance = calc.committed("vm", 0).name();
        String inArrears = calc.committed("vm", 1).name();

        BreakEven a = result.breakEven("on-prem:box@ams", inAdvance).orElseThrow();
        assertThat(a.hour()).isCloseTo(4_380, within(1e-6));
        assertThat(a.month()).isEqualTo(7);
        BreakEven b = result.breakEven("on-prem:box@ams", inArrears).orElseThrow();
        assertThat(b.hour()).isCloseTo(10_000 / 2.20, within(1e-6));
        assertThat(b.month()).isEqualTo(7);
    }

    /**
     * The published figure (Lenovo Press LP2225, "On-Premise vs Cloud: Generative AI Total Cost of Ownership",
     * 23 May 2025, introduction): Llama 3.1's 39.3 million GPU hours on AWS P5 (8 H100 per p5.48xlarge) "will run
     * you over $483 M". At the on-demand price of 98.32 USD an instance-hour: 39.3e6 / 8 = 4,912,500 instance-hours,
     * 4,912,500 * 98.32 = 482,997,000 USD. Done in one year (8,760 hours) that is 4,912,500 / 8,760 = 560.8
     * instances, so 561 whole ones: 561 * 8,760 * 98.32 = 483,179,875.20 USD, over 483 M. The same GPU-hours on
     * 561 own 8-GPU servers with a running cost of 0.87 USD an hour each (an illustrative figure, not one of
     * LP2225's) add 561 * 8,760 * 0.87 = 4,275,493.20 USD of running cost: that line, not energy or maintenance.
     */
    @Test
    void reproducesThePublishedCloudCostOfTrainingOnP5AndPricesTheRunningCost() {
        double busyGpus = 39.3e6 / 8760;   // demand in GPUs busy each hour (the "tokens/s" of this stand-in)
        FinancialAssumptions f = new FinancialAssumptions(1, 0, 0, 0, 730, Currency.getInstance("USD"));
        Scenario s = Scenario.builder("lp2225", "USD").accelerator(Fixtures.GPU).financials(f)
                .workload(Workload.named("train").model("m").tokensPerSecond(busyGpus))
                .serverType(ServerType.named("sr675").accelerator("gpu", 8).purchasePrice(Price.of(0, "USD"))
                        .idleWatts(0).peakWatts(10_000).rackUnits(3).usefulLifeYears(5)
                        .runningCostPerHour(Price.of(0.87, "USD")).build())
                .site(new org.aitco.core.model.Site("dc", "EU", Price.of(0, "USD"), 1.0,
                        org.aitco.core.model.SpaceCost.perKwMonth(Price.of(0, "USD")), 100_000, 100_000,
                        Price.of(0, "USD")))
                .cloudOffering(new org.aitco.core.model.CloudOffering("p5", "AWS", "us-east-1", "EU", "p5.48xlarge",
                        "gpu", 8, Price.of(98.32, "USD"), List.of(), java.util.Optional.empty(), 0,
                        Price.of(0, "USD"), 3600))
                .throughput("m", "sr675", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 8)
                .throughput("m", "p5", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 8)
                .build();
        // 39.3e6 GPU-hours a year = 4,486.3 GPUs busy every hour, 560.8 instances of 8: 561 whole ones
        TcoCalculator calc = Tco.calculator(s, "train");
        OptionResult p5 = calc.onDemand("p5");
        assertThat(p5.nominal().amount()).isEqualByComparingTo("483179875.20");
        assertThat(p5.nominal().amount().doubleValue()).isGreaterThan(483e6);
        OptionResult own = calc.onPrem("sr675", "dc");
        assertThat(own.ownServers()).isEqualTo(561);
        assertThat(own.line(CostCategory.RUNNING).nominal().amount()).isEqualByComparingTo("4275493.20");
        assertThat(own.nominal().amount()).isEqualByComparingTo("4275493.20");
    }
}
