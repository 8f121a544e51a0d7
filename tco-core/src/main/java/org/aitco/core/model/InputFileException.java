package org.aitco.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input file (a scenario, an uncertainty file) cannot be read: it carries every problem found, not
 * only the first, each a {@link Violation} whose path is absolute in the file ({@code $} is the whole document).
 * The message lists them one per line, each prefixed with the source name:
 * <pre>
 * steady.json: workloads[2].demand.growthPerYear (35.0) must be a fraction between -0.99 and 10. Maybe a percentage was given: write 0.35 for 35%
 * </pre>
 */
public abstract class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Violation> violations;

    protected InputFileException(String source, List<Violation> violations) {
        super(message(source, violations));
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    /** The file name or other source name given when reading. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order as far as the reader could keep it. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * For sources whose problems read better in their own form (a CSV file's {@code file, line 12: problem});
     * {@code message} must name the source and every violation.
     */
    protected InputFileException(String source, List<Violation> violations, String message) {
        super(Objects.requireNonNull(message, "message"));
        message(source, violations);
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    private static String message(String source, List<Violation> violations) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an input file exception needs at least one violation");
        }
        return violations.stream().map(v -> source + ": " + v).collect(Collectors.joining("\n"));
    }
}
