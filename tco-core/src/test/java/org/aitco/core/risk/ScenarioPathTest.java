package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.aitco.core.model.Scenario;
import org.aitco.core.money.Price;
import org.junit.jupiter.api.Test;

class ScenarioPathTest {
    private static final Scenario S = Fixtures.steady();

    private static Scenario set(String path, double value) {
        return ScenarioPath.parse(path).bind(S).apply(S, value);
    }

    private static double base(String path) {
        return ScenarioPath.parse(path).bind(S).base();
    }

    @Test
    void everyKindOfFieldCanBeSetByPath() {
        assertThat(set("financials.discountRatePerYear", 0.1).financials().discountRatePerYear()).isEqualTo(0.1);
        assertThat(set("financials.cloudPriceChangePerYear", -0.2).financials().cloudPriceChangePerYear())
                .isEqualTo(-0.2);
        assertThat(set("financials.energyEscalationPerYear", 0.05).financials().energyEscalationPerYear())
                .isEqualTo(0.05);
        assertThat(set("sites[fra-colo].energyPerKwh", 0.25).site("fra-colo").orElseThrow().energyPerKwh())
                .isEqualTo(Price.of(0.25, "EUR"));
        assertThat(set("serverTypes[dgx-h100].purchasePrice", 250_000).serverType("dgx-h100").orElseThrow()
                .purchasePrice()).isEqualTo(Price.of(250_000, "USD"));
        assertThat(set("cloudOfferings[aws-p5-fra].onDemandPerHour", 50).cloudOffering("aws-p5-fra").orElseThrow()
                .onDemandPerHour()).isEqualTo(Price.of(50, "USD"));
        assertThat(set("cloudOfferings[aws-p5-fra].spotPerHour", 30).cloudOffering("aws-p5-fra").orElseThrow()
                .spotPerHour()).contains(Price.of(30, "USD"));
        assertThat(set("cloudOfferings[aws-p5-fra].commitments[1].effectivePerHour", 20).cloudOffering("aws-p5-fra")
                .orElseThrow().commitments().get(1).effectivePerHour()).isEqualTo(Price.of(20, "USD"));
        assertThat(set("throughput[0].perSecond", 9000).throughput().get(0).perSecond()).isEqualTo(9000);
        assertThat(set("workloads[support-bot].demand.growthPerYear", 0.4).workload("support-bot").orElseThrow()
                .demand().growthPerYear()).isEqualTo(0.4);
        // scale 1.5: the first hour 3,000 tokens/s becomes 4,500, the peak 12,000 becomes 18,000
        var scaled = set("workloads[support-bot].demand.scale", 1.5).workload("support-bot").orElseThrow().demand();
        assertThat(scaled.hourlyAt(0)).isEqualTo(4500);
        assertThat(scaled.peak()).isEqualTo(18_000);
        assertThat(scaled.growthPerYear()).isEqualTo(0.25);
    }

    @Test
    void onlyTheAddressedFieldChanges() {
        Scenario changed = set("sites[fra-colo].pue", 1.2);
        assertThat(changed.site("fra-colo").orElseThrow().pue()).isEqualTo(1.2);
        assertThat(changed.withWorkloads(S.workloads()).sites().get(0).energyPerKwh())
                .isEqualTo(S.sites().get(0).energyPerKwh());
        assertThat(changed.workloads()).isEqualTo(S.workloads());
        assertThat(changed.serverTypes()).isEqualTo(S.serverTypes());
        assertThat(changed.financials()).isEqualTo(S.financials());
        // setting the value it already has gives an equal scenario
        assertThat(set("sites[fra-colo].energyPerKwh", 0.19)).isEqualTo(S);
        assertThat(set("workloads[internal-assistant].demand.scale", 1)).isEqualTo(S);
    }

    @Test
    void baseValuesAreTheScenariosOwn() {
        assertThat(base("financials.discountRatePerYear")).isEqualTo(0.08);
        assertThat(base("sites[fra-colo].energyPerKwh")).isEqualTo(0.19);
        assertThat(base("serverTypes[dgx-h100].purchasePrice")).isEqualTo(199_000);
        assertThat(base("workloads[support-bot].demand.scale")).isEqualTo(1);
        assertThat(base("workloads[support-bot].demand.growthPerYear")).isEqualTo(0.25);
        assertThat(new BigDecimal("0.19").doubleValue()).isEqualTo(0.19);
    }

    @Test
    void pathsThatDoNotExistOrCannotBeUncertainAreNamed() {
        assertThatThrownBy(() -> base("financials.discountRate")).hasMessage("path (financials.discountRate): "
                + "financials has no field discountRate; its fields are [horizonYears, discountRatePerYear, "
                + "energyEscalationPerYear, cloudPriceChangePerYear, hoursPerMonth, reportingCurrency]");
        assertThatThrownBy(() -> base("serverTypes[dgx-h200].purchasePrice")).hasMessage(
                "path (serverTypes[dgx-h200].purchasePrice): serverTypes has no element named dgx-h200; it has "
                        + "[dgx-h100, l40s-8gpu-4u]");
        assertThatThrownBy(() -> base("serverTypes[dgx-h100].acceleratorsPerServer")).hasMessageContaining(
                "serverTypes[dgx-h100].acceleratorsPerServer is a whole number");
        assertThatThrownBy(() -> base("serverTypes[dgx-h100].name")).hasMessage("path (serverTypes[dgx-h100].name): "
                + "serverTypes[dgx-h100].name is a name or text and cannot be uncertain; only numbers and prices can");
        assertThatThrownBy(() -> base("workloads[support-bot].slo")).hasMessageContaining(
                "workloads[support-bot].slo is a choice among fixed values and cannot be uncertain");
        assertThatThrownBy(() -> base("workloads[support-bot].interruptible")).hasMessageContaining(
                "is a yes/no flag and cannot be uncertain");
        assertThatThrownBy(() -> base("sites.energyPerKwh")).hasMessage(
                "path (sites.energyPerKwh): sites is a list; pick one element with sites[name] or sites[index]");
        assertThatThrownBy(() -> base("sites[fra-colo]")).hasMessageContaining(
                "sites[fra-colo] is a group of fields; name one of them");
        assertThatThrownBy(() -> base("workloads[support-bot].demand")).hasMessage(
                "path (workloads[support-bot].demand): workloads[support-bot].demand is a demand profile; give "
                        + "workloads[support-bot].demand.growthPerYear or workloads[support-bot].demand.scale");
        assertThatThrownBy(() -> base("workloads[support-bot].demand.hourly")).hasMessageContaining(
                "has the uncertain fields growthPerYear and scale");
        assertThatThrownBy(() -> base("throughput[9].perSecond")).hasMessage("path (throughput[9].perSecond): "
                + "throughput has unnamed elements: select one by index from 0 to 3, not [9]");
        assertThatThrownBy(() -> base("financials[0].discountRatePerYear")).hasMessage(
                "path (financials[0].discountRatePerYear): financials is not a list; remove [0]");
    }

    @Test
    void valuesTheModelRejectsAreNamedWithThePath() {
        assertThatThrownBy(() -> set("financials.discountRatePerYear", 1.5))
                .hasMessageStartingWith("financials.discountRatePerYear (1.5) is not a valid value: "
                        + "discountRatePerYear (1.5) must be a fraction between 0 and 1");
        assertThatThrownBy(() -> set("sites[fra-colo].energyPerKwh", -0.1))
                .hasMessageStartingWith("sites[fra-colo].energyPerKwh (-0.1) is not a valid value: price (-0.1 EUR) "
                        + "must not be negative");
    }
}
