package org.aitco.core.risk;

import org.aitco.core.model.Scenario;

/**
 * What the Monte Carlo needs from a TCO calculator: a scenario in, the NPV of each option out.
 *
 * <p>{@link Risk#analyze(Scenario, Uncertainties, RiskOptions)} uses the library's calculator; other
 * implementations (a closed-form model in a test, a calculator of one's own) go to
 * {@link Risk#analyze(Scenario, Uncertainties, RiskOptions, Evaluator)}. It is called from several threads at once
 * and must be safe for that; it must be a pure function of the scenario, or the same seed will not give the same
 * numbers.
 */
@FunctionalInterface
public interface Evaluator {

    /**
     * Prices every option of {@code scenario}.
     *
     * @throws IllegalArgumentException when the scenario cannot be priced
     */
    Evaluation evaluate(Scenario scenario);
}
