package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 10: the optimiser tells its listener the stage, the best plan so far and the proven bound, during
 * the branch and bound too (not only when a stage starts), and what it tells is consistent: a bound never above
 * the best plan, the best plan never dearer than one told before.
 */
class PlacementProgressTest {
    private record Update(String stage, double best, double bound) {
    }

    @Test
    void theBestPlanOnlyImprovesAndTheBoundNeverExceedsIt() {
        Scenario s = ScenarioFiles.read(Path.of("..", "examples", "bursty-rnd.json"));
        List<Update> updates = java.util.Collections.synchronizedList(new ArrayList<>());
        Plan plan = Placement.optimise(s, PlacementOptions.defaults()
                .withProgress((stage, best, bound) -> updates.add(new Update(stage, best, bound))));
        assertThat(plan.isFeasible()).isTrue();
        assertThat(updates.stream().map(Update::stage).distinct().toList())
                .containsSubsequence("first stage", "local search", "branch and bound");
        double lastBest = Double.POSITIVE_INFINITY;
        for (Update u : updates) {
            if (!Double.isNaN(u.best())) {
                assertThat(u.best()).as(u.toString()).isLessThanOrEqualTo(lastBest * (1 + 1e-12));
                lastBest = u.best();
                if (Double.isFinite(u.bound())) {
                    assertThat(u.bound()).as(u.toString()).isLessThanOrEqualTo(u.best() * (1 + 1e-9));
                }
            }
        }
        // the search tells its listener at least once (at its first round of boxes, or when it improves the plan)
        // besides the stage's start
        assertThat(updates.stream().filter(u -> u.stage().equals("branch and bound")).count())
                .as(updates.toString()).isGreaterThanOrEqualTo(2);
    }
}
