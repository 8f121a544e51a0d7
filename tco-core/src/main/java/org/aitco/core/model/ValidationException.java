package org.aitco.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value or a scenario is invalid; carries every {@link Violation} found, not only the
 * first, so that a file with several mistakes can be fixed in one go.
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(message(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " problems:\n" + violations.stream()
                .map(v -> "  " + v)
                .collect(Collectors.joining("\n"));
    }
}
