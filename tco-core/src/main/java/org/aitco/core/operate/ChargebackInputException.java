package org.aitco.core.operate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.aitco.core.model.InputFileException;
import org.aitco.core.model.Violation;

/**
 * Thrown when an input file of a chargeback cannot be used at all (a mandatory column missing, mixed currencies
 * without an exchange rate, an invalid pool or configuration file); carries the file and where in it.
 *
 * <p>A JSON file (pools, configuration) is read by the same strict rules as a scenario file and reports every
 * problem at once, each with its JSON path ({@code pools[1].currency}), value and what was expected. A CSV file
 * reports the one problem that stops it at its line or header.
 *
 * <p>A bad row in an otherwise good file is not an exception: it is counted and listed as a
 * {@link RowRejection}.
 */
public final class ChargebackInputException extends InputFileException {
    private static final long serialVersionUID = 1L;

    /** Every problem of a JSON input file. */
    ChargebackInputException(String source, List<Violation> violations) {
        super(source, violations);
    }

    ChargebackInputException(Path file, long line, String problem) {
        this(file, "line " + line, problem);
    }

    /** One problem at {@code location} ({@code header}, {@code line 12}): {@code file, location: problem}. */
    ChargebackInputException(Path file, String location, String problem) {
        super(String.valueOf(Objects.requireNonNull(file, "file")),
                List.of(new Violation(Objects.requireNonNull(location, "location"), "", problem)),
                "%s, %s: %s".formatted(file, location, problem));
    }

    /** The file that is wrong. */
    public String file() {
        return source();
    }

    /**
     * Where in the file the first problem is: {@code line 12}, {@code header} or a JSON path such as
     * {@code pools[1].currency}.
     */
    public String location() {
        return violations().get(0).path();
    }
}
