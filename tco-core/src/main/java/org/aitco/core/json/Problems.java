package org.aitco.core.json;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.model.Violation;

/** The problems found in one file so far, with absolute JSON paths. */
final class Problems {
    /** The path of the whole document. */
    static final String ROOT = "$";

    private final List<Violation> violations = new ArrayList<>();

    void add(String path, String value, String expected) {
        violations.add(new Violation(path.isEmpty() ? ROOT : path, value, expected));
    }

    void add(Violation violation) {
        violations.add(violation.path().isEmpty()
                ? new Violation(ROOT, violation.value(), violation.expected())
                : violation);
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    List<Violation> all() {
        return List.copyOf(violations);
    }
}
