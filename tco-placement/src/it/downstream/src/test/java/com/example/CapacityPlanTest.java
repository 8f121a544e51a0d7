package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;
import org.aitco.placement.Placement;
import org.aitco.testing.PlanChecker;
import org.aitco.testing.ReadyScenarios;
import org.aitco.testing.Scenarios;
import org.junit.jupiter.api.Test;

class CapacityPlanTest {
    @Test
    void thePlanForTheSteadyChatbotMeetsEveryConstraint() {
        Scenario s = ReadyScenarios.steadyChatbot();
        assertEquals(List.of(), PlanChecker.violations(s, Placement.optimise(s)));
    }

    @Property(tries = 20)
    void ourScenarioFilesReadBackAsWritten(@ForAll("scenarios") Scenario s) {
        assertEquals(s, ScenarioFiles.fromJson(ScenarioFiles.toJson(s), "generated.json"));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }
}
