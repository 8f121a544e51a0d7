package org.aitco.core.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when an input file cannot be read as text: it is missing, a directory, larger than the limit, or not
 * UTF-8. The message names the file, what was found and what was expected, for example
 * {@code scenario.json: is not UTF-8 text (byte 0xE9 at line 3, byte offset 57); save it as UTF-8}.
 *
 * <p>A checked {@link IOException}, so that a {@link java.io.Reader} from {@link InputFiles#reader} can throw it
 * from {@code read}; parsers that wrap I/O errors keep it as the cause.
 */
public final class UnreadableFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    /** An exception for {@code file}: {@code problem} says what was found and what was expected. */
    public UnreadableFileException(Path file, String problem) {
        this(file, problem, null);
    }

    /** The same, with the I/O error that caused it. */
    public UnreadableFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = String.valueOf(Objects.requireNonNull(file, "file"));
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file as it was given. */
    public String file() {
        return file;
    }

    /** What is wrong with it and what was expected, without the file name. */
    public String problem() {
        return problem;
    }
}
