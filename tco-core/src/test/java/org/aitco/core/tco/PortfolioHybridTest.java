package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.server;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: the portfolio also pools hybrids. A pooled hybrid of two workloads of one model is the hybrid
 * of one workload whose demand is their sum: the calculator prices that one independently of the portfolio.
 */
class PortfolioHybridTest {
    /**
     * Workload a: 150 tokens/s in hours 0..11, 40 in 12..23; b: 100 in hours 0..1, 20 in 2..11, 130 in 12..23.
     * Together 250 in hours 0..1 and 170 in every other hour.
     */
    private static final double[] A = Fixtures.halfDay(150, 40);
    private static final double[] B = Fixtures.halfDay(20, 130);

    static {
        B[0] = 100;
        B[1] = 100;
    }

    /**
     * A server of 100 tokens/s at 10,000 EUR (3-year life, 0.5 kW idle, 1 kW busy, 0.20 EUR/kWh); a cloud instance
     * of 100 tokens/s at 1.50 EUR/h. 3 years at 6 %.
     */
    private static Scenario of(double[]... loads) {
        Fixtures.Builder b = scenario().financials(financials(3, 0.06))
                .server(server("box", 10_000, 500, 1_000, 3, 0, 0), 100)
                .site(site("ams", 0.20, 1.2, 0, 0))
                .cloud(cloud("vm", 1.50, List.of(), null, 0, 0), 100);
        for (int i = 0; i < loads.length; i++) {
            b.workload(workload("w" + i, loads[i]));
        }
        return b.build();
    }

    @Test
    void aPooledHybridIsTheHybridOfTheSummedDemand() {
        TcoResult two = Tco.analyze(of(A, B));
        double[] sum = new double[24];
        for (int h = 0; h < 24; h++) {
            sum[h] = A[h] + B[h];
        }
        TcoCalculator one = Tco.calculator(of(sum), "w0");
        HybridCurve curve = one.hybridCurve("box", "ams", "vm");
        OptionResult summed = one.hybrid("box", "ams", "vm", curve.optimalServers());

        Portfolio.HybridPool pool = two.portfolio().hybridPools().stream()
                .filter(p -> p.name().equals("box@ams+vm")).findFirst().orElseThrow();
        assertThat(pool.workloads()).containsExactly("w0", "w1");
        assertThat(pool.servers()).isEqualTo(curve.optimalServers());
        // both priced hour by hour; the single workload from its demand's order by month (sums agree to rounding)
        assertThat(pool.pooledNpv().amount().doubleValue()).isCloseTo(summed.npv().amount().doubleValue(),
                within(0.05));
        // alone: each workload's own optimal hybrid, summed; the saving is their difference
        double alone = two.workload("w0").option(OptionId.hybrid("box", "ams", "vm")).orElseThrow().npv().amount()
                .doubleValue() + two.workload("w1").option(OptionId.hybrid("box", "ams", "vm")).orElseThrow().npv()
                .amount().doubleValue();
        assertThat(pool.aloneNpv().amount().doubleValue()).isCloseTo(alone, within(0.01));
        assertThat(pool.savingNpv()).isEqualTo(pool.aloneNpv().minus(pool.pooledNpv()));
        // By hand: one server, busy all the time, pays (1.50 EUR/h x 8,760 h = 13,140 EUR a year of cloud against
        // 10,000 / 3 + 1 kW x 1.2 x 0.20 x 8,760 = 5,436 EUR); the second, busy at 70 % in every hour, pays too:
        // 0.7 of an instance is a whole instance at 1.50 EUR/h, while the server costs 3,333 + (0.5 + 0.35) kW
        // x 1.2 x 0.20 x 8,760 = 5,120 EUR a year; a third, busy 2 hours a day, does not: 730 h of cloud cost
        // 1,095 EUR a year, the server at least 3,333
        assertThat(pool.servers()).isEqualTo(2);
        // pooled, the peaks do not coincide: alone, a's 150 and b's 130 each need a second server or instance
        assertThat(pool.savingNpv().amount().signum()).isPositive();
        // the best plan is this pooled hybrid: it beats each workload alone at its cheapest
        assertThat(two.portfolio().bestPool()).isEqualTo("box@ams+vm");
        assertThat(two.portfolio().bestNpv()).isEqualTo(two.portfolio().cheapestAloneNpv()
                .minus(two.portfolio().poolingSavingNpv()));
        assertThat(two.toTable()).contains("pooled hybrid box@ams+vm [w0, w1]: 2 servers shared",
                "best plan: pool on box@ams+vm");
    }

    @Test
    void workloadsThatNeedDifferentCloudCapacityPerServerAreNotPooledWithTheCloud() {
        Scenario s = of(A);
        // a second model: 100 tokens/s on the server like m, but 50 on the cloud instance
        s = s.toBuilder()
                .throughput("m2", "box", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 100)
                .throughput("m2", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 50)
                .workload(Workload.named("w1").model("m2").hourly(DemandUnit.TOKENS_PER_SECOND, B))
                .build();
        TcoResult r = Tco.analyze(s);
        assertThat(r.portfolio().pools()).hasSize(1); // the all-on-prem pool needs no cloud
        assertThat(r.portfolio().hybridPools()).isEmpty();
    }
}
