package org.aitco.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @Test
    void aFailureHalfwayLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("model.lp");
        Files.writeString(target, "previous");
        // what a full disk does: some bytes go out, then the write fails
        assertThatThrownBy(() -> OutputFile.write(target, out -> {
            out.write("\\ half a model".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFile.UnwritableFileException.class).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + target + ": No space left on device; the previous " + target
                        + " is left as it was");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aScenarioIsWrittenThroughTheAtomicWriterAndReadBack(@TempDir Path dir) throws IOException {
        Scenario s = ScenarioFiles.read(Path.of("..", "examples", "steady-chatbot.json"));
        Path target = dir.resolve("copy.json");
        Files.writeString(target, "previous");
        ScenarioFiles.write(s, target);
        assertThat(ScenarioFiles.read(target)).isEqualTo(s);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aScenarioFileThatIsADirectoryOrNotUtf8IsNamedWithWhatWasExpected(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ScenarioFiles.read(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(dir + ": is a directory; expected a regular file")
                .hasCauseInstanceOf(UnreadableFileException.class);
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioFiles.read(latin1)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(latin1 + ": is not UTF-8 text (byte 0xE9 at line 1");
    }
}
