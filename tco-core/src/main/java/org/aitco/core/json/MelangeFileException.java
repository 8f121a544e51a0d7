package org.aitco.core.json;

import java.util.List;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Violation;

/**
 * Thrown when a Mélange configuration file cannot be read: malformed JSON, or JSON that is not a valid
 * configuration; every problem found, each with its JSON path ({@code gpu_info.A10G.cost}) and value.
 */
public final class MelangeFileException extends InputFileException {
    private static final long serialVersionUID = 1L;

    MelangeFileException(String source, List<Violation> violations) {
        super(source, violations);
    }
}
