package org.aitco.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files: size limits while reading, strict UTF-8 with the position of the first bad byte. */
class InputFilesTest {

    /** Any text, written as UTF-8, reads back equal whatever the read sizes (the JDK's decoder is the oracle). */
    @Property(tries = 200)
    void anyUtf8TextReadsBackUnchanged(@ForAll @StringLength(max = 20_000) String text,
            @ForAll @IntRange(min = 1, max = 9000) int chunk) throws IOException {
        Path file = Files.createTempFile("input-files", ".txt");
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            StringBuilder read = new StringBuilder();
            try (Reader reader = InputFiles.reader(file, bytes.length + 1)) {
                char[] buffer = new char[chunk];
                int n;
                while ((n = reader.read(buffer, 0, chunk)) >= 0) {
                    read.append(buffer, 0, n);
                }
            }
            assertThat(read.toString()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ten.txt");
        Files.writeString(file, "0123456789");
        assertThat(InputFiles.readString(file, 10)).isEqualTo("0123456789");
        assertThatThrownBy(() -> InputFiles.readString(file, 9)).isInstanceOf(UnreadableFileException.class)
                .hasMessage(file + ": is larger than the limit of 9 bytes for an input file (10 bytes); expected a file of at most 9 bytes, or raise the limit (docs/bad-input.md)");
    }

    @Test
    void anEndlessStreamStopsAtTheLimitWhileReading() {
        // /dev/zero has no size: only counting while reading stops it
        assertThatThrownBy(() -> InputFiles.readString(Path.of("/dev/zero"), 1 << 20))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("/dev/zero: is larger than the limit of 1 MiB for an input file (more than 1 MiB read and it goes on)");
    }

    @Test
    void theFirstBadByteIsNamedWithItsLineAndOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        // "a,b\n" is 4 bytes, "\u00fc" 2 bytes in UTF-8 (C3 BC), "x\n" 2 more: the Latin-1 e-acute is at offset 8, line 3
        byte[] good = "a,b\n\u00fcx\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = 'z';
        Files.write(file, bytes);
        assertThatThrownBy(() -> InputFiles.readString(file, 100)).isInstanceOf(UnreadableFileException.class)
                .hasMessage(file + ": is not UTF-8 text (byte 0xE9 at line 3, byte offset 8); expected UTF-8: save it as UTF-8 (a Latin-1 or Windows-1252 file gives this)");
    }

    @Test
    void aBadByteFarIntoTheFileIsFoundAcrossBuffers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.txt");
        String line = "x".repeat(99) + "\n";
        byte[] text = line.repeat(500).getBytes(StandardCharsets.UTF_8); // 50,000 bytes, 500 lines
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        Files.write(file, bytes);
        assertThatThrownBy(() -> InputFiles.readString(file, 1 << 20))
                .hasMessageContaining("(byte 0xFF at line 501, byte offset 50000)");
    }

    @Test
    void utf16AndDirectoriesAndMissingFilesSayWhatWasExpected(@TempDir Path dir) throws IOException {
        Path utf16 = dir.resolve("u.json");
        Files.write(utf16, "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> InputFiles.readString(utf16, 100))
                .hasMessage(utf16 + ": looks like UTF-16 text (every other byte is 0); expected UTF-8: save it as UTF-8");
        Files.write(utf16, "{\"a\": 1}".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> InputFiles.readString(utf16, 100))
                .hasMessage(utf16 + ": is UTF-16 text (byte-order mark 0xFE 0xFF); expected UTF-8: save it as UTF-8");
        assertThatThrownBy(() -> InputFiles.readString(dir, 100))
                .hasMessage(dir + ": is a directory; expected a regular file");
        assertThatThrownBy(() -> InputFiles.readString(dir.resolve("none.json"), 100))
                .hasMessage(dir.resolve("none.json") + ": does not exist; expected a regular file");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, "\uFEFFBilledCost\n1".getBytes(StandardCharsets.UTF_8));
        assertThat(InputFiles.readString(file, 100)).isEqualTo("BilledCost\n1");
    }
}
