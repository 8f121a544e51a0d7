package org.aitco.core.operate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when an input file of a chargeback cannot be used at all (a mandatory column missing, mixed currencies
 * without an exchange rate, an invalid pool or configuration file); carries the file and where in it.
 *
 * <p>A bad row in an otherwise good file is not an exception: it is counted and listed as a
 * {@link RowRejection}.
 */
public final class ChargebackInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    ChargebackInputException(Path file, long line, String problem) {
        this(file, "line " + line, problem);
    }

    ChargebackInputException(Path file, String location, String problem) {
        super("%s, %s: %s".formatted(file, location, problem));
        this.file = String.valueOf(Objects.requireNonNull(file, "file"));
        this.location = Objects.requireNonNull(location, "location");
    }

    /** The file that is wrong. */
    public String file() {
        return file;
    }

    /** Where in the file: {@code line 12}, {@code header} or a JSON path such as {@code pools[1].currency}. */
    public String location() {
        return location;
    }
}
