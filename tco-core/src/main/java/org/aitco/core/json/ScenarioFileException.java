package org.aitco.core.json;

import java.util.List;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Violation;

/**
 * Thrown when a scenario file cannot be read: malformed JSON, or JSON that does not describe a valid scenario.
 * Paths are absolute in the file ({@code workloads[2].demand.growthPerYear}); a syntax error is a single violation
 * whose value gives the line and column where parsing stopped.
 */
public final class ScenarioFileException extends InputFileException {
    private static final long serialVersionUID = 1L;

    ScenarioFileException(String source, List<Violation> violations) {
        super(source, violations);
    }
}
