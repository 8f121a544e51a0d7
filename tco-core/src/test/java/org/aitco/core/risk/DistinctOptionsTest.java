package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 6: the risk analysis compares distinct options only. All on-prem and the hybrid whose best split is
 * all on-prem have the same cash flows; they are one row, named together, and the decision is against another
 * option.
 */
class DistinctOptionsTest {
    private static final String ON_PREM = "on-prem:box@ams";
    private static final String HYBRID = "hybrid:box@ams+vm";

    /**
     * One workload of {@code hourly} tokens/s (a repeated day), one server type serving 1,000 tokens/s (40,000 EUR),
     * one cloud offering serving 1,000 tokens/s at {@code cloudPerHour} EUR on demand. 3 years, 5 % a year.
     */
    private static Scenario scenario(double cloudPerHour, double... hourly) {
        return Scenario.builder("twins", "EUR")
                .horizonYears(3)
                .discountRatePerYear(0.05)
                .accelerator(Accelerator.named("gpu").memoryGb(80).boardWatts(700))
                .serverType(ServerType.named("box").accelerator("gpu", 8).purchasePrice("40000 EUR")
                        .idleWatts(1_000).peakWatts(6_000).rackUnits(4).usefulLifeYears(5)
                        .residualValueFraction(0.1).maintenancePerYearFraction(0.1))
                .site(Site.named("ams").jurisdiction("EU").energyPerKwh("0.20 EUR").pue(1.3)
                        .space(SpaceCost.perKwMonth(Price.parse("150 EUR"))).powerCapacityKw(500)
                        .rackUnitsCapacity(400).staffPerServerYear("2000 EUR"))
                .cloudOffering(CloudOffering.named("vm").provider("X").region("eu").jurisdiction("EU")
                        .instanceType("big").accelerator("gpu", 8).onDemandPerHour(cloudPerHour + " EUR")
                        .egressPerGb("0 EUR"))
                .throughput("m", "box", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 1_000)
                .throughput("m", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 1_000)
                .workload(Workload.named("bot").owner("o").model("m").hourly(DemandUnit.TOKENS_PER_SECOND, hourly)
                        .allowedIn("EU"))
                .build();
    }

    /** A flat load of exactly two servers: every own server is busy all the time, so no hybrid leaves any out. */
    private static final double[] FLAT = {2_000};

    @Test
    void onPremAndTheAllOnPremHybridAreOneRowAndTheDecisionIsAgainstAnotherOption() {
        Scenario s = scenario(40, FLAT);
        // The premise, from the calculator: the hybrid's optimum is both servers, and it costs what on-prem costs.
        TcoResult tco = Tco.analyze(s);
        assertThat(tco.hybridCurve("box", "ams", "vm").optimalServers()).isEqualTo(2);
        assertThat(tco.options().stream().filter(o -> o.name().equals(HYBRID)).findFirst().orElseThrow().npv())
                .isEqualTo(tco.options().stream().filter(o -> o.name().equals(ON_PREM)).findFirst().orElseThrow()
                        .npv());
        // Energy and the server price move both alike; the cloud at 40 EUR/h never beats a server busy all the time
        // (a server costs well under 40,000 / 8,760 + 6 kW x 1.3 x 0.30 EUR + staff and space = a few EUR/h).
        Uncertainties u = Uncertainties.builder()
                .input("sites[ams].energyPerKwh", Distribution.uniform(0.10, 0.30))
                .input("serverTypes[box].purchasePrice", Distribution.uniform(30_000, 50_000))
                .build();
        RiskReport r = Risk.analyze(s, u, new RiskOptions(200, 5, 2));

        OptionRisk twins = r.option(ON_PREM);
        assertThat(r.option(HYBRID)).isSameAs(twins);
        assertThat(twins.members()).containsExactlyInAnyOrder(ON_PREM, HYBRID);
        assertThat(twins.option()).isEqualTo(String.join(" = ", twins.members()));
        assertThat(twins.family()).contains("on-prem", "hybrid");
        assertThat(r.options()).hasSize(2); // the twins and cloud on demand
        // the decision is against the other option, so the merged row is cheapest in every draw and the decision's
        // first option is cheaper in every draw: no "cheapest 100 %" next to "cheaper in 0 %"
        assertThat(r.decision().first()).isEqualTo(twins.option());
        assertThat(r.decision().second()).isEqualTo("cloud:vm:on-demand");
        assertThat(twins.probabilityCheapest()).isEqualTo(1.0);
        assertThat(r.decision().probabilityFirstCheaper()).isEqualTo(1.0);
        // and no tornado of zeros: the energy price moves on-prem's cost, not the cloud's
        assertThat(r.tornado()).allSatisfy(t -> assertThat(t.swing()).isPositive());
        assertThat(r.toText()).contains(ON_PREM + " = " + HYBRID, "x = y: x and y have the same cash flows")
                .contains("Decision: " + twins.option() + " against cloud:vm:on-demand");
        assertThat(r.toJson()).contains("\"members\" : [ \"" + twins.members().get(0));
    }

    @Test
    void aHybridThatUsesTheCloudIsNotMerged() {
        // Half the hours at 2,000 tokens/s, half at 1,000, the cloud at 6 EUR/h. A server costs roughly 38,000 EUR
        // a year (capex 8,000, maintenance 4,000, staff 2,000, space 10,800, energy up to 13,700): the first one,
        // busy 8,760 h, saves 52,560 EUR of cloud and pays; the second, busy 4,380 h, would save 26,280 and does
        // not. So the hybrid owns one server and rents the peak: it differs from on-prem and from the cloud.
        double[] halfDay = new double[24];
        for (int h = 0; h < 24; h++) {
            halfDay[h] = h < 12 ? 2_000 : 1_000;
        }
        Scenario s = scenario(6, halfDay);
        TcoResult tco = Tco.analyze(s);
        assertThat(tco.hybridCurve("box", "ams", "vm").optimalServers()).isEqualTo(1);
        Uncertainties u = Uncertainties.builder()
                .input("sites[ams].energyPerKwh", Distribution.uniform(0.10, 0.30)).build();
        RiskReport r = Risk.analyze(s, u, new RiskOptions(50, 5, 1));
        assertThat(r.option(ON_PREM).members()).containsExactly(ON_PREM);
        assertThat(r.option(HYBRID).members()).containsExactly(HYBRID);
        assertThat(r.options()).hasSize(3);
        assertThat(r.toText()).doesNotContain(" = ");
    }

    @Test
    void twinsInTheScenarioAsGivenThatDifferInSomeDrawsStaySeparateButAreNotTheDecision() {
        // Flat at two servers and the cloud at 40 EUR/h: twins as given. A cloud price drawn down to 0.10 EUR/h
        // makes the cloud cheaper than a server in some draws, where the hybrid sheds servers and on-prem cannot.
        Scenario s = scenario(40, FLAT);
        Uncertainties u = Uncertainties.builder()
                .input("cloudOfferings[vm].onDemandPerHour", Distribution.uniform(0.10, 40)).build();
        RiskReport r = Risk.analyze(s, u, new RiskOptions(200, 5, 2));
        assertThat(r.option(ON_PREM).members()).containsExactly(ON_PREM);
        assertThat(r.option(HYBRID).members()).containsExactly(HYBRID);
        // they do differ: on-prem does not depend on the cloud price, the hybrid is cheaper where the cloud is cheap
        assertThat(r.option(ON_PREM).npv().p5()).isEqualTo(r.option(ON_PREM).npv().p95());
        assertThat(r.option(HYBRID).npv().p5()).isLessThan(r.option(ON_PREM).npv().p5());
        // never a decision between an option and its twin: the cheapest as given (either twin) against the cloud
        assertThat(r.decision().first()).isIn(ON_PREM, HYBRID);
        assertThat(r.decision().second()).isEqualTo("cloud:vm:on-demand");
        assertThat(r.decision().baseDifference()).isNegative();
    }
}
