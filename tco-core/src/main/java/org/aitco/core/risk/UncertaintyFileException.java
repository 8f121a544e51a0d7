package org.aitco.core.risk;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aitco.core.model.Violation;

/**
 * Thrown when an uncertainty file cannot be read: malformed JSON, an unknown field, a wrong type or a value out
 * of range. It carries every problem found, each a {@link Violation} whose path is absolute in the file
 * ({@code inputs[2].high}; {@code $} is the whole document); the message lists them one per line, prefixed with
 * the source name.
 */
public final class UncertaintyFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Violation> violations;

    UncertaintyFileException(String source, List<Violation> violations) {
        super(message(source, violations));
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    /** The file name or other source name given when reading. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String source, List<Violation> violations) {
        Objects.requireNonNull(source, "source");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an UncertaintyFileException needs at least one violation");
        }
        return violations.stream().map(v -> source + ": " + v).collect(Collectors.joining("\n"));
    }
}
