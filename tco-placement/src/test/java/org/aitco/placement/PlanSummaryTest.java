package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aitco.core.money.Money;
import org.junit.jupiter.api.Test;

/** {@link Plan#toString()} is a summary of at most 20 lines, however large the plan (issue #11, item 7). */
class PlanSummaryTest {

    @Test
    void aPlanOfFiftyWorkloadsPrintsInTwentyLines() {
        Money zero = Money.zero(java.util.Currency.getInstance("EUR"));
        Money total = Money.rounded(1234.5, java.util.Currency.getInstance("EUR"));
        List<Plan.WorkloadPlacement> workloads = new ArrayList<>();
        for (int w = 0; w < 50; w++) {
            workloads.add(new Plan.WorkloadPlacement("w" + w, Map.of("cl", 1.0), "all on cl"));
        }
        List<Plan.CloudUse> cloud = new ArrayList<>();
        for (int t = 0; t < 168; t++) {
            cloud.add(new Plan.CloudUse("cl", t, t % 7, 0));
        }
        Plan plan = new Plan("big", new PlanStatus.Optimal(0, Duration.ofMillis(1500)),
                List.of(new Plan.ServerPurchase("srv", "ams", 3)), List.of(), List.of(), cloud, List.of(), workloads,
                List.of(), new Plan.CostBreakdown(zero, zero, zero, zero, zero, total, zero, zero, zero, total),
                new Plan.ModelSize(1, 1, 168, 0, 0, 0, 1234.5, 0), List.of());

        String text = plan.toString();

        assertThat(text.lines().count()).isEqualTo(20);
        assertThat(text).startsWith("Plan for big: OPTIMAL").contains("3 x srv at ams").contains("cl=6")
                .contains("w0: {cl=1.0}").endsWith("... and 36 more (toText() lists them all)");
    }
}
