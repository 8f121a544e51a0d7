package org.aitco.core.operate;

import java.util.Objects;

/**
 * One input row that was read but not used, and why: the file, the line it starts on, the column and the value
 * at fault.
 *
 * @param file   the file, as given
 * @param line   the line the row starts on (the header is line 1)
 * @param column the column at fault, or {@code "(row)"} when the row as a whole is malformed
 * @param value  the offending cell as written, or the cell count for a malformed row
 * @param reason what was expected
 */
public record RowRejection(String file, long line, String column, String value, String reason) {

    public RowRejection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    /** For example {@code focus.csv:12 BilledCost ("12,5x") must be a decimal number}. */
    @Override
    public String toString() {
        return "%s:%d %s (\"%s\") %s".formatted(file, line, column, value, reason);
    }
}
