package org.aitco.spark;

import java.util.Objects;

/**
 * Thrown when an input of a Spark chargeback cannot be used at all: a path that matches nothing, a file that is
 * neither CSV nor Parquet, a FOCUS file without a mandatory column. Carries the file and where in it. A bad row in
 * a good file is not an exception: it is counted in the report.
 */
public final class SparkInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    SparkInputException(String file, String location, String problem) {
        super("%s, %s: %s".formatted(file, location, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.location = Objects.requireNonNull(location, "location");
    }

    /** The file or path that is wrong. */
    public String file() {
        return file;
    }

    /** Where in the file: {@code header}, {@code line 1}, {@code path}. */
    public String location() {
        return location;
    }
}
