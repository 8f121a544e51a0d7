package org.aitco.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aitco.core.input.OutputFile;

/**
 * Output files of the command line: checked before a command computes anything, and written atomically.
 *
 * <p>Writing is {@link OutputFile}'s: a temporary file in the target's folder, forced to disk, then moved over the
 * target in one step; when writing fails (a full disk) the previous file is left as it was.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Thrown when an output file could not be written; the message names it and says what is left. */
    static final class CannotWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Checks the output options of a parsed command line before anything is computed: each names a file in an
     * existing folder, not a directory or device, not an input of the same command, and not another output.
     *
     * @throws Cli.UsageException        naming the option and the file, for an output that is an input
     * @throws IllegalArgumentException naming the option and the file, for one that cannot be written
     */
    static void check(Command command, Options options) {
        List<String[]> inputs = new ArrayList<>();
        String argument = command.arguments().replaceAll("[\\[\\].]", "");
        options.positional().forEach(p -> inputs.add(new String[] {argument, p}));
        List<String[]> outputs = new ArrayList<>();
        for (Map.Entry<String, String> given : options.given().entrySet()) {
            Option.Kind kind = command.option(given.getKey()).orElseThrow().kind();
            if (kind == Option.Kind.INPUT) {
                inputs.add(new String[] {given.getKey(), given.getValue()});
            } else if (kind == Option.Kind.OUTPUT) {
                outputs.add(new String[] {given.getKey(), given.getValue()});
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            String option = outputs.get(i)[0];
            Path file = Path.of(outputs.get(i)[1]);
            writable(option, file);
            for (String[] input : inputs) {
                if (same(file, Path.of(input[1]))) {
                    throw new Cli.UsageException("%s %s is the input file %s of this command; refusing to overwrite an input file, give another file name"
                            .formatted(option, file, input[0]));
                }
            }
            for (int j = 0; j < i; j++) {
                if (same(file, Path.of(outputs.get(j)[1]))) {
                    throw new Cli.UsageException("%s and %s both name %s; give each output its own file"
                            .formatted(outputs.get(j)[0], option, file));
                }
            }
        }
    }

    /** A default output file (report.html) that was not given: checked like a given one. */
    static void checkDefault(String option, Path file, Options options) {
        writable(option, file);
        for (String input : options.positional()) {
            if (same(file, Path.of(input))) {
                throw new Cli.UsageException("%s (default %s) is also an input of this command; refusing to overwrite an input file"
                        .formatted(option, file));
            }
        }
    }

    /**
     * A file that can be written: not a directory or device, in a folder that exists. Bad input (exit code 1),
     * since it is about the file system, not the command line's form.
     */
    private static void writable(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("%s (%s) is a directory; give the name of a file to write"
                    .formatted(option, file));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("%s (%s) exists and is not a regular file; give the name of a file to write"
                    .formatted(option, file));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("%s (%s): the folder %s does not exist; expected an existing folder"
                    .formatted(option, file, folder));
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically ({@link OutputFile}). */
    static void write(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code target} atomically with the library's one writer, {@link OutputFile}.
     *
     * @throws CannotWriteException naming the file and the reason; the target is then as it was before
     */
    static void write(Path target, OutputFile.Content content) {
        try {
            OutputFile.write(target, content);
        } catch (OutputFile.UnwritableFileException e) {
            throw new CannotWriteException(e.getMessage(), e.getCause());
        }
    }
}
