package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The fast evaluator (the default of {@link Risk#analyze(Scenario, Uncertainties, RiskOptions)}) against the
 * evaluator built on the full calculator ({@link TcoEvaluator}, the reference): the same NPVs to the cent, the same
 * families and break-even months in every draw of the bundled uncertainties, and the same report.
 */
class FastTcoEvaluatorTest {

    private static void sameAsFullCalculator(Scenario s, String riskFile) {
        Uncertainties u = UncertaintyFiles.read(Fixtures.EXAMPLES.resolve("risk").resolve(riskFile));
        Draws.Model model = Risk.bind(s, u, new TcoEvaluator());
        Evaluator fast = new FastTcoEvaluator(s);
        Evaluator full = new TcoEvaluator();
        for (int i = 0; i < 25; i++) {
            Scenario drawn = model.scenario(model.sample(Draws.stream(7, i)));
            Evaluation a = fast.evaluate(drawn);
            Evaluation b = full.evaluate(drawn);
            assertThat(a.npvByOption()).as("draw %d", i).containsExactlyEntriesOf(b.npvByOption());
            var names = b.npvByOption().keySet().stream().toList();
            for (String o : names) {
                assertThat(a.family(o)).isEqualTo(b.family(o));
                assertThat(a.breakEvenMonth(names.get(0), o)).as("draw %d: %s vs %s", i, names.get(0), o)
                        .isEqualTo(b.breakEvenMonth(names.get(0), o));
            }
        }
    }

    @Test
    void fastEvaluatorEqualsTheFullCalculatorInDrawsOfTheSteadyChatbot() {
        sameAsFullCalculator(Fixtures.steady(), "steady-chatbot.risk.json");
    }

    @Test
    void fastEvaluatorEqualsTheFullCalculatorInDrawsOfTheBurstyRnd() {
        sameAsFullCalculator(Fixtures.bursty(), "bursty-rnd.risk.json");
    }

    @Test
    void reportIsTheSameWithEitherEvaluator() {
        Scenario s = Fixtures.steady();
        Uncertainties u = UncertaintyFiles.read(Fixtures.EXAMPLES.resolve("risk").resolve("steady-chatbot.risk.json"));
        RiskOptions options = new RiskOptions(40, 11, 2);
        RiskReport fast = Risk.analyze(s, u, options);
        RiskReport full = Risk.analyze(s, u, options, new TcoEvaluator());
        assertThat(fast.toJson()).isEqualTo(full.toJson());
    }
}
