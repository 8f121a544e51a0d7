package org.aitco.core.input;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.model.Violation;

/** The problems found in one file so far, with absolute JSON paths; reading carries on after each one. */
public final class Problems {
    /** The path of the whole document. */
    public static final String ROOT = "$";

    private final List<Violation> violations = new ArrayList<>();

    public void add(String path, String value, String expected) {
        violations.add(new Violation(path.isEmpty() ? ROOT : path, value, expected));
    }

    public void add(Violation violation) {
        violations.add(violation.path().isEmpty()
                ? new Violation(ROOT, violation.value(), violation.expected())
                : violation);
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public int size() {
        return violations.size();
    }

    public List<Violation> all() {
        return List.copyOf(violations);
    }
}
