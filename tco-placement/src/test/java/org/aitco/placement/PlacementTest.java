package org.aitco.placement;

import org.aitco.testing.PlanChecker;
import static org.aitco.placement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.junit.jupiter.api.Test;

class PlacementTest {

    /** 12 h at 10,000 tokens/s and 12 h at 2,000; servers and instances both do 1,000 tokens/s. */
    private static Scenario dayAndNight(double sitePowerKw, boolean cloudInEu) {
        double[] day = new double[24];
        for (int h = 0; h < 24; h++) {
            day[h] = h >= 8 && h < 20 ? 10_000 : 2_000;
        }
        Scenario.Builder b = base(3)
                .workload(Workload.named("bot").model("llama").hourly(DemandUnit.TOKENS_PER_SECOND, day)
                        .allowedIn("EU"))
                .serverType(server("srv", 250_000)).site(site("ams", "EU", sitePowerKw, 400))
                .cloudOffering(cloud("p5", cloudInEu ? "EU" : "US", 40));
        tput(b, "llama", "srv", 1_000);
        tput(b, "llama", "p5", 1_000);
        return b.build();
    }

    @Test
    void ownsTheWholeDayWhenServersAreBusyHalfTheTime() {
        Plan plan = Placement.optimise(dayAndNight(100, true));
        // Per server over 3 years (no discounting): capex 250,000 - book value 250,000 * (1 - 0.9 * 36/48) = 168,750;
        // maintenance 250,000 * 5 % * 3 = 37,500; space 6 kW * 150 * 36 = 32,400; staff 7,200;
        // idle energy 1 kW * 1.25 * 26,280 h * 0.20 = 6,570: 252,420 in all. Break-even against 40 EUR/h cloud:
        // 252,420 / ((40 - 5 kW * 1.25 * 0.20) * 26,280) = 24.8 % of the hours. Servers 3..10 are busy 50 %, so
        // all 10 are owned (60 kW of the 100 kW site), and nothing goes to the cloud.
        assertThat(plan.servers()).containsExactly(new Plan.ServerPurchase("srv", "ams", 10));
        assertThat(plan.cloud()).isEmpty();
        // Energy above idle: 6 servers busy on average * 26,280 h * 1.25 EUR = 197,100; total energy 262,800.
        assertThat(plan.cost().energy().amount()).isEqualByComparingTo("262800.00");
        assertThat(plan.cost().total().amount()).isEqualByComparingTo("2721300.00");
        assertThat(plan.workloads().get(0).explanation()).contains("busy more than 2171 h a year (25 %)");
    }

    @Test
    void aSmallSiteSendsThePeakToTheCloud() {
        // 45 kW holds floor(45 / 7.5) = 6 servers; the other 4,000 tokens/s of the day go to 4 instances.
        Plan plan = Placement.optimise(dayAndNight(45, true));
        assertThat(plan.servers()).containsExactly(new Plan.ServerPurchase("srv", "ams", 6));
        assertThat(plan.cloud()).allSatisfy(c -> assertThat(c.onDemandInstances()).isEqualTo(4));
        assertThat(plan.workloads().get(0).explanation()).contains("site ams has no room for another server");
        assertThat(PlanChecker.violations(dayAndNight(45, true), plan)).isEmpty();
    }

    @Test
    void aPowerCapTooSmallWithoutCloudIsInfeasibleAndSaysWhatBinds() {
        Plan plan = Placement.optimise(dayAndNight(45, false));
        assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
        assertThat(((PlanStatus.Infeasible) plan.status()).reason())
                .contains("workload bot peaks at 10000 tokens/s")
                .contains("powerCapacityKw 45 kW holds 6 of srv at 7.500 kW each")
                .contains("10 need 75.0 kW");
    }

    @Test
    void aResidencyNoPlatformSatisfiesIsInfeasibleAndNamesTheWorkload() {
        Scenario.Builder b = base(3)
                .workload(Workload.named("bot").model("llama").tokensPerSecond(1_000).allowedIn("CH"))
                .serverType(server("srv", 250_000)).site(site("ams", "EU", 100, 400))
                .cloudOffering(cloud("p5", "US", 40));
        tput(b, "llama", "srv", 1_000);
        tput(b, "llama", "p5", 1_000);
        Plan plan = Placement.optimise(b.build());
        assertThat(plan.status()).isInstanceOf(PlanStatus.Infeasible.class);
        assertThat(((PlanStatus.Infeasible) plan.status()).reason())
                .startsWith("workload bot (model llama at SLO LATENCY_CRITICAL) may run only in [CH]")
                .contains("p5 (US)").contains("srv at ams (EU)");
    }

    @Test
    void badOptionsAreRejectedWithTheirValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlacementOptions.defaults().withRelativeGap(5))
                .hasMessageContaining("relativeGap (5.0) must be a fraction between 0 and 0.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Placement.optimise(dayAndNight(100, true),
                                PlacementOptions.defaults().withNoSplit(java.util.Set.of("nobody"))))
                .hasMessageContaining("noSplit names workload \"nobody\"");
    }
}
