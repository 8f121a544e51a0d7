package org.aitco.core.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens input files with a size limit checked while reading and strict UTF-8 decoding, so that a directory, an
 * endless stream ({@code /dev/zero}), a Latin-1 or UTF-16 file each give an {@link UnreadableFileException} that
 * names the file and says what was expected, instead of {@code OutOfMemoryError} or
 * {@code MalformedInputException: Input length = 1}.
 *
 * <pre>{@code
 * try (Reader r = InputFiles.reader(Path.of("cost.csv"), InputLimits.defaults().csvMaxBytes())) {
 *     ... // read() throws UnreadableFileException past the limit or at the first byte that is not UTF-8
 * }
 * }</pre>
 *
 * <p>A UTF-8 byte-order mark at the start is skipped. Files that are not regular files (pipes, devices) are read
 * too; the limit stops them.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * A reader of {@code file} as UTF-8 text that throws {@link UnreadableFileException} from {@code read} once
     * more than {@code maxBytes} bytes were read, or at the first malformed byte (with its line and offset).
     *
     * @throws UnreadableFileException when the file is missing, a directory, unreadable, or a regular file larger
     *                                 than {@code maxBytes}
     */
    public static Reader reader(Path file, long maxBytes) throws UnreadableFileException {
        return new Utf8Reader(file, stream(file, maxBytes));
    }

    /**
     * The bytes of {@code file}, as a stream that throws {@link UnreadableFileException} once more than
     * {@code maxBytes} were read; for parsers that decode text themselves.
     *
     * @throws UnreadableFileException as {@link #reader}
     */
    public static InputStream stream(Path file, long maxBytes) throws UnreadableFileException {
        Objects.requireNonNull(file, "file");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes (%d) must be >= 1".formatted(maxBytes));
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(file, "is a directory; expected a regular file");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw tooLarge(file, maxBytes, Files.size(file) + " bytes");
            }
            return new Bounded(file, Files.newInputStream(file), maxBytes);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "does not exist; expected a regular file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, "cannot be read: permission denied", e);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The whole of {@code file} as UTF-8 text, at most {@code maxBytes} bytes.
     *
     * @throws UnreadableFileException as {@link #reader}
     */
    public static String readString(Path file, long maxBytes) throws UnreadableFileException {
        try (Reader reader = reader(file, maxBytes)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code 134217728} as {@code 128 MiB}, {@code 1500} as {@code 1500 bytes}. */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }

    private static UnreadableFileException tooLarge(Path file, long maxBytes, String found) {
        return new UnreadableFileException(file, "is larger than the limit of %s for an input file (%s); expected a file of at most %s, or raise the limit (docs/bad-input.md)"
                .formatted(size(maxBytes), found, size(maxBytes)));
    }

    /** Counts bytes and fails past the limit; turns read errors into messages naming the file. */
    private static final class Bounded extends FilterInputStream {
        private final Path file;
        private final long maxBytes;
        private long count;

        Bounded(Path file, InputStream in, long maxBytes) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                // one byte past the limit is enough to know there is more
                n = super.read(b, off, (int) Math.min(len, maxBytes - count + 1));
            } catch (IOException e) {
                throw new UnreadableFileException(file, "cannot be read: " + e.getMessage(), e);
            }
            if (n > 0) {
                count += n;
                if (count > maxBytes) {
                    throw tooLarge(file, maxBytes, "more than " + size(maxBytes) + " read and it goes on");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /**
     * Strict UTF-8: a malformed byte is an error with its line and offset (InputStreamReader says only
     * "Input length = 1"); a UTF-16 byte-order mark or a UTF-16 start gets its own message.
     */
    private static final class Utf8Reader extends Reader {
        private final Path file;
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private long offset; // bytes decoded so far
        private long line = 1;
        private boolean started;
        private boolean eof;
        private boolean flushed;

        Utf8Reader(Path file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            CharBuffer chars = CharBuffer.wrap(cbuf, off, len);
            while (chars.position() == off) {
                if (flushed) {
                    return -1;
                }
                if (!eof && bytes.remaining() < 4) {
                    fill();
                    if (!started) {
                        start();
                    }
                    continue;
                }
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, eof);
                offset += bytes.position() - before;
                if (result.isError()) {
                    countLines(cbuf, off, chars.position());
                    throw new UnreadableFileException(file, "is not UTF-8 text (byte 0x%02X at line %d, byte offset %d); expected UTF-8: save it as UTF-8 (a Latin-1 or Windows-1252 file gives this)"
                            .formatted(bytes.get(bytes.position()) & 0xff, line, offset));
                }
                if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow() && !eof) {
                    fill();
                }
            }
            countLines(cbuf, off, chars.position());
            return chars.position() - off;
        }

        private void countLines(char[] cbuf, int from, int to) {
            for (int i = from; i < to; i++) {
                if (cbuf[i] == '\n') {
                    line++;
                }
            }
        }

        private void fill() throws IOException {
            bytes.compact();
            try {
                while (bytes.hasRemaining()) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    bytes.position(bytes.position() + n);
                    if (bytes.position() >= 4) {
                        break;
                    }
                }
            } finally {
                bytes.flip();
            }
        }

        /** Skips a UTF-8 byte-order mark; rejects UTF-16 by its byte-order mark or its zero bytes. */
        private void start() throws UnreadableFileException {
            started = true;
            int n = bytes.remaining();
            int b0 = n > 0 ? bytes.get(0) & 0xff : -1;
            int b1 = n > 1 ? bytes.get(1) & 0xff : -1;
            int b2 = n > 2 ? bytes.get(2) & 0xff : -1;
            int b3 = n > 3 ? bytes.get(3) & 0xff : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                bytes.position(3);
                offset = 3;
            } else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                throw new UnreadableFileException(file, "is UTF-16 text (byte-order mark 0x%02X 0x%02X); expected UTF-8: save it as UTF-8"
                        .formatted(b0, b1));
            } else if (n >= 4 && ((b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0) || (b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0))) {
                throw new UnreadableFileException(file, "looks like UTF-16 text (every other byte is 0); expected UTF-8: save it as UTF-8");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
