package org.aitco.placement;

import static org.aitco.placement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void smoke() {
        double[] day = new double[24];
        for (int h = 0; h < 24; h++) {
            day[h] = h >= 8 && h < 20 ? 10_000 : 2_000;
        }
        Scenario.Builder b = base(3)
                .workload(Workload.named("bot").model("llama").hourly(DemandUnit.TOKENS_PER_SECOND, day))
                .serverType(server("srv", 250_000)).site(site("ams", "EU", 100, 400))
                .cloudOffering(cloud("p5", "EU", 40));
        tput(b, "llama", "srv", 1_000);
        tput(b, "llama", "p5", 1_000);
        Plan plan = Placement.optimise(b.build());
        System.out.println(plan.toText());
        assertThat(plan.isFeasible()).isTrue();
    }
}
