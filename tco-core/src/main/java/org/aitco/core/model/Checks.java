package org.aitco.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the violations of one value's fields, then throws them all at once. */
final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    /** Whether {@code value} is non-null; records "missing" otherwise. */
    boolean present(String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, "missing", "is required"));
            return false;
        }
        return true;
    }

    void name(String field, String value) {
        if (present(field, value) && value.isBlank()) {
            violations.add(new Violation(field, '"' + value + '"', "must not be blank"));
        }
    }

    void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            fail(field, value, "must be a finite number >= 0");
        }
    }

    void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            fail(field, value, "must be a finite number > 0");
        }
    }

    void positive(String field, int value) {
        if (value <= 0) {
            fail(field, value, "must be a whole number > 0");
        }
    }

    /** A fraction in [lo, hi]; a value above 1 that looks like a percentage gets a hint. */
    void fraction(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            String hint = value > 1 && value <= 100 && hi <= 10
                    ? ". Maybe a percentage was given: write %s for %s%%".formatted(value / 100, fmt(value))
                    : "";
            fail(field, value, "must be a fraction between %s and %s%s".formatted(fmt(lo), fmt(hi), hint));
        }
    }

    void range(String field, double value, double lo, double hi, String unit) {
        if (!(value >= lo && value <= hi)) {
            fail(field, value, "must be between %s and %s%s".formatted(fmt(lo), fmt(hi), unit));
        }
    }

    /** A plausibility limit: {@code value} at most {@code max}; see {@link Plausible}. */
    void atMost(String field, double value, double max, String unit) {
        if (value > max) {
            fail(field, value, "must be at most %s%s, %s".formatted(fmtLimit(max), unit, Plausible.HINT));
        }
    }

    /** A plausibility limit: {@code value} at least {@code min}; see {@link Plausible}. */
    void atLeast(String field, double value, double min, String unit) {
        if (value < min) {
            fail(field, value, "must be at least %s%s, %s".formatted(fmtLimit(min), unit, Plausible.HINT));
        }
    }

    /** A plausibility limit on a price, in its own currency; see {@link Plausible}. */
    void atMost(String field, org.aitco.core.money.Price price, java.math.BigDecimal max, String per) {
        if (price != null && price.amount().compareTo(max) > 0) {
            fail(field, price, "must be at most %s %s%s, %s".formatted(fmtLimit(max.doubleValue()), price.currency(), per, Plausible.HINT));
        }
    }

    private static String fmtLimit(double d) {
        if (d >= 1e4 || d < 1e-3) {
            String s = "%.0e".formatted(d);
            return s.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
        }
        return fmt(d);
    }

    void noBlankElements(String field, Collection<String> values) {
        int i = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                violations.add(new Violation(field + "[" + i + "]", v == null ? "null" : '"' + v + '"',
                        "must not be blank"));
            }
            i++;
        }
    }

    void fail(String field, Object value, String expected) {
        violations.add(new Violation(field, String.valueOf(value), expected));
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    /** Runs a nested check and keeps its violations under {@code prefix}. */
    void nested(String prefix, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            e.violations().forEach(v -> violations.add(v.prefixed(prefix)));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(prefix, "invalid", e.getMessage()));
        }
    }

    boolean ok() {
        return violations.isEmpty();
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
