package org.aitco.core.risk;

import java.util.List;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Violation;

/**
 * Thrown when an uncertainty file cannot be read: malformed JSON, an unknown field, a wrong type or a value out
 * of range, each with its path in the file ({@code inputs[2].high}).
 */
public final class UncertaintyFileException extends InputFileException {
    private static final long serialVersionUID = 1L;

    UncertaintyFileException(String source, List<Violation> violations) {
        super(source, violations);
    }
}
