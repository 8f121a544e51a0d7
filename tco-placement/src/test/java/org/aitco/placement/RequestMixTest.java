package org.aitco.placement;

import org.aitco.testing.PlanChecker;
import static org.aitco.placement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.aitco.core.tco.TcoCalculator;
import org.junit.jupiter.api.Test;

/** Workloads made of request classes: one service on several GPU types, and split into equal parts. */
class RequestMixTest {

    /**
     * A chatbot at 10,000 tokens/s, half in short requests and half in long ones, for one year of 8,760 hours
     * (no discounting, no trends). Cloud {@code l40s} at 10 EUR/h serves short requests at 2,500 tokens/s but long
     * ones at only 500; {@code h100} at 30 EUR/h serves both at 5,000.
     */
    static Scenario chat(int splitParts) {
        Scenario.Builder b = base(1)
                .workload(Workload.named("chat").model("llama").tokensPerSecond(10_000)
                        .requestClass("short", 0.5, "llama/short").requestClass("long", 0.5, "llama/long")
                        .splitParts(splitParts))
                .cloudOffering(cloud("l40s", "EU", 10)).cloudOffering(cloud("h100", "EU", 30));
        tput(b, "llama/short", "l40s", 2_500);
        tput(b, "llama/long", "l40s", 500);
        tput(b, "llama/short", "h100", 5_000);
        tput(b, "llama/long", "h100", 5_000);
        return b.build();
    }

    @Test
    void theCalculatorRunsTheWholeMixOnOneTypeAtItsHarmonicThroughput() {
        Scenario s = chat(1);
        TcoCalculator calc = TcoCalculator.of(s, "chat");
        // h100: 1 / (0.5 / 5,000 + 0.5 / 5,000) = 5,000 tokens/s; 10,000 / 5,000 = 2 instances * 30 * 8,760 h.
        assertThat(s.throughput(s.workloads().get(0), "h100").getAsDouble()).isCloseTo(5_000, within(1e-9));
        assertThat(calc.onDemand("h100").npv().amount()).isEqualByComparingTo("525600.00");
        // l40s: 1 / (0.5 / 2,500 + 0.5 / 500) = 1 / 0.0012 = 833.3 tokens/s; 12 instances * 10 * 8,760 h.
        assertThat(calc.onDemand("l40s").npv().amount()).isEqualByComparingTo("1051200.00");
    }

    @Test
    void shortRequestsGoToTheSmallGpuAndLongOnesToTheBigOne() {
        Scenario s = chat(1);
        Plan plan = Placement.optimise(s);

        // Per token-per-second and hour: short 10 / 2,500 = 0.004 EUR on l40s vs 30 / 5,000 = 0.006 on h100;
        // long 10 / 500 = 0.02 on l40s vs 0.006 on h100. So 5,000 short tokens/s on 2 l40s (20 EUR/h) and 5,000
        // long on 1 h100 (30 EUR/h): 50 EUR/h * 8,760 h = 438,000, below both single types (525,600 all on h100,
        // 1,051,200 all on l40s, as the calculator says above).
        assertThat(plan.cost().total().amount()).isEqualByComparingTo("438000.00");
        assertThat(plan.cloud()).allSatisfy(c -> assertThat(c.onDemandInstances())
                .isEqualTo(c.offering().equals("l40s") ? 2 : 1));
        assertThat(plan.workloads().get(0).shares()).containsOnlyKeys("h100", "l40s");
        assertThat(plan.workloads().get(0).shares().get("l40s")).isCloseTo(0.5, within(1e-9));
        assertThat(plan.workloads().get(0).explanation()).startsWith("short: 100 % on-demand on l40s")
                .contains("; long: 100 % on-demand on h100");
        assertThat(plan.dispatch()).extracting(Plan.GroupDispatch::requestClasses)
                .containsExactlyInAnyOrder(java.util.List.of("short"), java.util.List.of("long"));
        assertThat(PlanChecker.violations(s, plan)).isEmpty();
    }

    @Test
    void aWorkloadThatMayNotBeSplitGoesWholeToTheCheapestSingleType() {
        Scenario s = chat(1);
        PlacementOptions options = PlacementOptions.defaults().withNoSplit(Set.of("chat"));
        Plan plan = Placement.optimise(s, options);

        // One platform for the whole mix: h100 at 2 instances (525,600) beats l40s at 12 (1,051,200).
        assertThat(plan.cost().total().amount()).isEqualByComparingTo("525600.00");
        assertThat(plan.workloads().get(0).shares()).isEqualTo(Map.of("h100", 1.0));
        assertThat(plan.workloads().get(0).explanation()).contains("(must not be split)");
        assertThat(PlanChecker.violations(s, plan, options)).isEmpty();
    }

    @Test
    void equalPartsEachCarryTheWholeMix() {
        Scenario s = chat(2);
        PlacementOptions options = PlacementOptions.defaults().withNoSplit(Set.of("chat"));
        Plan plan = Placement.optimise(s, options);

        // Two parts of 2,500 short + 2,500 long tokens/s. Both on h100: 2 instances, 60 EUR/h. One on each: 1 h100
        // (30) + 2,500 / 2,500 + 2,500 / 500 = 6 l40s (60) = 90 EUR/h. Both on l40s: 12 l40s = 120 EUR/h.
        assertThat(plan.cost().total().amount()).isEqualByComparingTo("525600.00");
        assertThat(plan.workloads().get(0).explanation()).contains("(in 2 equal parts)");
        assertThat(PlanChecker.violations(s, plan, options)).isEmpty();
    }
}
