package org.aitco.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic output files: all or nothing, the previous file intact on failure, no temporary file left. */
class OutputFilesTest {

    @Test
    void writesTheWholeTextAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        OutputFiles.write(target, "{\"a\": 1}\n");
        assertThat(Files.readString(target)).isEqualTo("{\"a\": 1}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureHalfwayLeavesThePreviousFileAsItWasAndNoPartialFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.json");
        Files.writeString(target, "previous");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        // what a full disk does: some bytes go out, then the write fails
        assertThatThrownBy(() -> OutputFiles.write(target, out -> {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFiles.CannotWriteException.class)
                .hasMessage("cannot write " + target + ": No space left on device; the previous " + target
                        + " is left as it was");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        OutputFiles.write(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }

    @Test
    void aFailureWithoutAPreviousFileSaysNothingWasWritten(@TempDir Path dir) {
        Path target = dir.resolve("new.json");
        assertThatThrownBy(() -> OutputFiles.write(target, out -> {
            throw new IOException("No space left on device");
        })).hasMessage("cannot write " + target + ": No space left on device; no file was written");
        assertThat(target).doesNotExist();
    }
}
