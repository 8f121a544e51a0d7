package org.aitco.core.operate;

import java.util.Objects;

/**
 * How many rows of one input were rejected for one reason.
 *
 * @param file   the input (a file as given, or the name of a pre-aggregated source)
 * @param column the column at fault, or {@code "(row)"} when the row as a whole is malformed
 * @param reason what was expected, without the offending value
 * @param rows   how many rows, at least 1
 */
public record RejectionCount(String file, String column, String reason, long rows) {

    public RejectionCount {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        if (rows < 1) {
            throw new IllegalArgumentException("rows (%d) rejected for %s %s must be at least 1"
                    .formatted(rows, column, reason));
        }
    }

    @Override
    public String toString() {
        return "%s: %d row(s) with %s %s".formatted(file, rows, column, reason);
    }
}
