package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aitco.core.model.Scenario;
import org.aitco.testing.Scenarios;

/** Properties of the scenario JSON format over generated valid scenarios. */
class ScenarioJsonProperties {

    @Property(tries = 300)
    void readingTheWrittenJsonGivesAnEqualScenario(@ForAll("scenarios") Scenario scenario) {
        String json = ScenarioFiles.toJson(scenario);

        Scenario back = ScenarioFiles.fromJson(json, "generated.json");

        assertThat(back).isEqualTo(scenario);
        // The generator must reach every shape the format has, not only the easy ones.
        int currencies = 1 + scenario.exchangeRates().rates().size();
        Statistics.label("currencies").collect(currencies)
                .coverage(c -> c.check(3).percentage(p -> p > 5));
        Statistics.label("hours per profile").collect(scenario.workloads().get(0).demand().cycleHours())
                .coverage(c -> c.check(168).percentage(p -> p > 5));
        Statistics.label("on-prem and cloud").collect(!scenario.serverTypes().isEmpty(),
                        !scenario.cloudOfferings().isEmpty())
                .coverage(c -> c.check(true, true).percentage(p -> p > 10));
        Statistics.label("spot offered").collect(scenario.cloudOfferings().stream()
                        .anyMatch(o -> o.spotPerHour().isPresent()))
                .coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 300)
    void writingIsCanonicalSoARoundTripGivesTheSameText(@ForAll("scenarios") Scenario scenario) {
        String json = ScenarioFiles.toJson(scenario);

        String again = ScenarioFiles.toJson(ScenarioFiles.fromJson(json, "generated.json"));

        assertThat(again).isEqualTo(json);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }
}
