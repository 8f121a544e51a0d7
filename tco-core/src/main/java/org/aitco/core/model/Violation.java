package org.aitco.core.model;

import java.util.Objects;

/**
 * One reason why an input was rejected: where it is ({@code workloads[2].demand.growthPerYear}), the value found
 * and what was expected.
 *
 * @param path     the field, as a JSON path relative to the object that was checked
 * @param value    the offending value as text ({@code "35.0"}, {@code "missing"})
 * @param expected what the field must be, with a hint where one helps
 */
public record Violation(String path, String value, String expected) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
    }

    /** The same violation one level deeper: {@code prefixed("workloads[2]")}. */
    public Violation prefixed(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(prefix, value, expected);
        }
        return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, value, expected);
    }

    /** For example {@code workloads[2].demand.growthPerYear (35.0) must be a fraction between -1 and 10}. */
    @Override
    public String toString() {
        return path + " (" + value + ") " + expected;
    }
}
