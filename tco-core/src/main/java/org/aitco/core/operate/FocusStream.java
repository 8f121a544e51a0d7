package org.aitco.core.operate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * Reads a FOCUS CSV file (plain or gzip-compressed) in chunks of whole records and hands each row to a sink, on
 * one thread or several: a reader thread cuts the bytes at their last LF and counts lines, and workers scan
 * ({@link FocusScanner}: strict UTF-8, RFC 4180), parse and validate the chunks. Each chunk has its own sink; the sinks
 * are merged in file order, so the result is the one of a single thread.
 *
 * <p>The reader does not track quotes (that would cost a pass over every byte): a chunk whose last LF turns out to be
 * inside a quoted cell (the worker finds its last record still open) is merged up to that record, the chunks after
 * it are dropped unmerged, and their bytes are cut again from that record on, quotes respected, for the rest of the
 * file. Errors found in a chunk are thrown only when it is merged, so a chunk cut wrongly never reports one.
 *
 * <p>Limits, so that an endless or binary stream stops with a clear error: at most {@link Limits#maxBytes} bytes
 * (after decompression) and {@link Limits#maxRecordBytes} per record.
 */
final class FocusStream {
    static final int CHUNK_BYTES = 4 << 20;

    /** How much a FOCUS input may hold, and the size of the chunks handed to the threads. */
    record Limits(long maxBytes, int maxRecordBytes, int chunkBytes) {
        static final Limits DEFAULT = new Limits(1L << 40, 8 << 20, CHUNK_BYTES);

        Limits(long maxBytes, int maxRecordBytes) {
            this(maxBytes, maxRecordBytes, CHUNK_BYTES);
        }

        Limits {
            if (maxBytes < 1 || maxRecordBytes < 1 || chunkBytes < 1) {
                throw new IllegalArgumentException("limits (%d bytes, %d bytes per record) must be positive"
                        .formatted(maxBytes, maxRecordBytes));
            }
        }
    }

    /** Receives the rows of one chunk. */
    interface Sink {
        void row(FocusRow row);

        void reject(RowRejection rejection);

        /**
         * Takes the current record of {@code r}, which has one cell per column: by default made a {@link FocusRow}
         * (or a rejection) and handed to {@link #row}. A sink that needs fewer cells may read them itself.
         */
        default void record(FocusScanner r, FocusReader.Columns columns, FocusReader.RowCache cache) {
            rowOf(r, columns, cache, this);
        }
    }

    /** The current record of {@code r} as a row handed to {@code sink}, or as a rejection naming the bad cell. */
    static void rowOf(FocusScanner r, FocusReader.Columns columns, FocusReader.RowCache cache, Sink sink) {
        String[] cells = cache.cells(columns.width);
        boolean[] wanted = columns.wanted;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = wanted[i] ? r.text(i) : null;
        }
        try {
            sink.row(columns.row(r.line, cells, cache));
        } catch (Cells.BadCell e) {
            sink.reject(new RowRejection(r.fileName(), r.line, e.column, e.value, e.reason));
        }
    }

    /** Receives progress: bytes read so far (of the file, compressed or not) and rows. */
    interface Progress {
        void update(long bytesRead, long rows, boolean done);
    }

    private FocusStream() {
    }

    /**
     * Reads {@code file} into sinks made by {@code fresh}, merged into the first with {@code merge}, and returns
     * it.
     */
    static <S extends Sink> S read(Path file, Currency currencyIfAbsent, int threads, Limits limits,
            Progress progress, Supplier<S> fresh, BiConsumer<S, S> merge) {
        if (Files.isDirectory(file)) {
            throw new ChargebackInputException(file, "file", "is a directory; a FOCUS CSV file was expected");
        }
        if (!Files.isRegularFile(file)) {
            throw new ChargebackInputException(file, "file", Files.exists(file)
                    ? "is not a regular file; a FOCUS CSV file was expected"
                    : "does not exist; a FOCUS CSV file was expected");
        }
        try (CountingInput counted = new CountingInput(Files.newInputStream(file));
                InputStream in = open(file, counted)) {
            // A file smaller than a chunk gets a buffer of its size (a gzip file, whose size says nothing, a chunk).
            long size = in instanceof GZIPInputStream ? Long.MAX_VALUE : Files.size(file);
            Chunker chunker = new Chunker(file, in, limits, (int) Math.min(limits.chunkBytes(), Math.max(1 << 16,
                    size + 1)));
            byte[] headerBytes = chunker.header();
            if (headerBytes == null) {
                throw new ChargebackInputException(file, 1, "the file is empty; a header row was expected");
            }
            String[] header = decodeHeader(file, headerBytes);
            FocusReader.Columns columns = new FocusReader.Columns(file, header, currencyIfAbsent);
            S result = fresh.get();
            ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "focus-reader");
                t.setDaemon(true);
                return t;
            }) : null;
            try {
                // Chunks in file order, parsed or being parsed; merged in that order.
                Deque<Pending<S>> pending = new ArrayDeque<>();
                long rows = 0;
                int ahead = pool == null ? 0 : 2 * threads;
                while (true) {
                    Chunk c = chunker.next();
                    if (c == null) {
                        if (pending.isEmpty()) {
                            break;
                        }
                        mergeNext(pending, chunker, result, merge);
                        continue; // a chunk read again may have been handed back
                    }
                    Callable<Parsed<S>> job = () -> parse(file, columns, c, fresh.get());
                    pending.add(new Pending<>(c, pool == null ? CompletableFuture.completedFuture(job.call())
                            : pool.submit(job)));
                    while (pending.size() > ahead) {
                        mergeNext(pending, chunker, result, merge);
                    }
                    rows = Math.max(rows, c.firstLine);
                    if (progress != null) {
                        progress.update(counted.count, rows, false);
                    }
                }
                if (progress != null) {
                    progress.update(counted.count, chunker.lines, true);
                }
                return result;
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        } catch (IOException e) {
            throw new ChargebackInputException(file, "file", "cannot be read: " + e.getMessage());
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e);
        }
    }

    /**
     * Merges the first pending chunk into {@code result} (or throws the error its parsing found). When that chunk
     * was cut inside a quoted cell (a line end inside quotes at its end), the chunks after it were cut wrongly:
     * their results are dropped and their bytes handed back to the chunker, from the record left open, to be cut
     * exactly (quotes respected) from there on.
     */
    private static <S extends Sink> void mergeNext(Deque<Pending<S>> pending, Chunker chunker, S result,
            BiConsumer<S, S> merge) {
        Pending<S> first = pending.poll();
        Parsed<S> p = get(first.parsed);
        if (p.error != null) {
            throw p.error;
        }
        merge.accept(result, p.sink);
        if (p.openFrom >= 0) {
            // The chunks after it, in order; their buffers may still be read by a worker, so they are not reused.
            List<Chunk> later = new ArrayList<>();
            for (Pending<S> q : pending) {
                q.parsed.cancel(false);
                later.add(q.chunk);
            }
            pending.clear();
            chunker.readAgain(first.chunk, p.openFrom, p.openLine, later);
        }
        chunker.recycle(first.chunk.bytes);
    }

    /** A chunk handed to a worker, and its result to come. */
    private record Pending<S>(Chunk chunk, Future<Parsed<S>> parsed) {
    }

    /**
     * What parsing a chunk gave: its sink, or the error it found (thrown when the chunk is merged, if it was cut
     * right), and where a record still inside quotes at its end starts (-1 for none).
     */
    private record Parsed<S>(S sink, RuntimeException error, int openFrom, long openLine) {
    }

    private static <S> S get(Future<S> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading FOCUS chunks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The stream of a file, decompressed when it starts with the gzip magic bytes 1f 8b. */
    private static InputStream open(Path file, InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private static String[] decodeHeader(Path file, byte[] bytes) {
        String text = decode(file, 1, bytes, 0, bytes.length).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ChargebackInputException(file, 1,
                    "is not UTF-8 text: it holds NUL bytes (a UTF-16 export?); save the file as UTF-8");
        }
        String[] header;
        try {
            header = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofSingleCsvRecord(text).getFields().toArray(new String[0]);
        } catch (CsvParseException e) {
            throw new ChargebackInputException(file, 1, "is not a CSV header: " + e.getMessage());
        }
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].trim();
        }
        return header;
    }

    private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));

    private static CharBuffer decode(Path file, long firstLine, byte[] bytes, int offset, int length) {
        try {
            return UTF8.get().reset().decode(ByteBuffer.wrap(bytes, offset, length));
        } catch (CharacterCodingException e) {
            long line = firstLine;
            // The line of the first byte that is not UTF-8: decode line by line up to it.
            int start = offset;
            CharsetDecoder d = UTF8.get();
            for (int i = offset; i <= offset + length; i++) {
                if (i == offset + length || bytes[i] == '\n') {
                    try {
                        d.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    start = i + 1;
                }
            }
            throw new ChargebackInputException(file, line,
                    "is not UTF-8 text (a Latin-1 or UTF-16 export?); save the file as UTF-8");
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final ThreadLocal<FocusReader.RowCache> CACHE = ThreadLocal.withInitial(FocusReader.RowCache::new);

    /** Parses one chunk into {@code sink}. */
    private static <S extends Sink> Parsed<S> parse(Path file, FocusReader.Columns columns, Chunk chunk, S sink) {
        FocusScanner r = new FocusScanner(file, chunk.bytes, chunk.length, chunk.firstLine, chunk.speculative);
        FocusReader.RowCache cache = CACHE.get();
        try {
            while (r.next()) {
                if (r.fields != columns.width) {
                    sink.reject(new RowRejection(r.fileName(), r.line, "(row)", r.fields + " cells",
                            "must have %d cells, one per header column".formatted(columns.width)));
                } else {
                    sink.record(r, columns, cache);
                }
            }
        } catch (RuntimeException e) {
            // Thrown when the chunk is merged: a chunk that was cut inside a quoted cell is read again instead.
            return new Parsed<>(sink, e, -1, 0);
        }
        return new Parsed<>(sink, null, r.openFrom, r.openLine);
    }

    /**
     * Records of the file: bytes, and the line the first starts on. A speculative chunk was cut at its last LF
     * without regard to quotes (see {@link Chunker}).
     */
    private record Chunk(byte[] bytes, int length, long firstLine, boolean speculative) {
    }

    /**
     * Cuts the stream into chunks, counting lines: at the last LF (speculatively, see the class comment), or once a
     * quoted line end has been met, at the last LF outside quotes; enforces the limits.
     */
    private static final class Chunker {
        private final Path file;
        private final InputStream in;
        private final Limits limits;
        private byte[] carry = new byte[0];
        private int carryLength;
        private boolean eof;
        private long total;
        /** The line the next chunk starts on. */
        long lines = 1;

        /** Buffers of chunks already parsed, to read the next chunks into (no 4 MB array allocated per chunk). */
        private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> free =
                new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** Hands back the buffer of a chunk that has been parsed; the caller keeps no reference to it. */
        void recycle(byte[] buffer) {
            if (buffer.length == chunkBytes) {
                free.offer(buffer);
            }
        }

        private byte[] buffer(int size) {
            if (size == chunkBytes) {
                byte[] b = free.poll();
                if (b != null) {
                    return b;
                }
            }
            return new byte[size];
        }

        /** The size of a chunk's buffer: the limits' chunk size, or less for a small file. */
        private final int chunkBytes;

        Chunker(Path file, InputStream in, Limits limits, int chunkBytes) {
            this.chunkBytes = chunkBytes;
            this.file = file;
            this.in = in;
            this.limits = limits;
        }

        private ChargebackInputException tooLong() {
            return new ChargebackInputException(file, lines, ("a record longer than %d bytes (no line end outside "
                    + "quotes): not a FOCUS CSV file, or a quoted cell is not closed").formatted(limits.maxRecordBytes()));
        }

        private int scanEnd;
        private boolean scanQuoted;
        private long scanNewlines;
        private long scanNewlinesAtEnd;

        /**
         * Finds the last newline outside quotes in {@code buf[0, length)} (the first when {@code one}): the index
         * after it (0 when there is none), whether the bytes end inside quotes, and the newlines up to it and in all.
         */
        private void scan(byte[] buf, int length, boolean one) {
            boolean quoted = false;
            int end = 0;
            long newlines = 0;
            long newlinesAtEnd = 0;
            int i = 0;
            if (!one) {
                // Eight bytes at a time: which are quotes and LFs, and whether each byte is inside quotes (the
                // prefix parity of the quotes before it), so the last LF outside quotes is found without a branch
                // per byte.
                long carry = 0; // all ones inside quotes
                for (; i + 8 <= length; i += 8) {
                    long w = (long) LONGS.get(buf, i);
                    long q = Swar.eq(w, Swar.QUOTES) >>> 7;
                    long nl = Swar.eq(w, Swar.LFS) >>> 7;
                    if ((q | nl) == 0) {
                        continue;
                    }
                    long p = q ^ (q << 8);
                    p ^= p << 16;
                    p ^= p << 32;
                    long inside = p ^ (carry & Swar.ONES);
                    long outsideNl = nl & ~inside;
                    if (outsideNl != 0) {
                        int idx = (63 - Long.numberOfLeadingZeros(outsideNl)) >>> 3;
                        end = i + idx + 1;
                        long upTo = idx == 7 ? -1L : (1L << (8 * idx + 8)) - 1;
                        newlinesAtEnd = newlines + Long.bitCount(nl & upTo);
                    }
                    newlines += Long.bitCount(nl);
                    carry = -((inside >>> 56) & 1);
                }
                quoted = carry != 0;
            }
            for (; i < length; i++) {
                byte b = buf[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    newlines++;
                    if (!quoted) {
                        end = i + 1;
                        newlinesAtEnd = newlines;
                        if (one) {
                            break;
                        }
                    }
                }
            }
            scanEnd = end;
            scanQuoted = quoted;
            scanNewlines = newlines;
            scanNewlinesAtEnd = newlinesAtEnd;
        }

        /** The header record's bytes (a UTF-8 byte-order mark kept), or null for an empty file. */
        byte[] header() throws IOException {
            Chunk first = next(true);
            if (first == null) {
                return null;
            }
            byte[] header = java.util.Arrays.copyOf(first.bytes, first.length);
            recycle(first.bytes);
            return header;
        }

        Chunk next() throws IOException {
            return next(false);
        }

        /**
         * Cuts at the last LF, quotes or not, and counts the LFs (eight bytes at a time): most files have no line end
         * inside quotes, and the worker that parses a chunk finds when its last LF was inside a quoted cell (see
         * {@link #readAgain}). Sets the fields {@link #scan} sets; {@code scanQuoted} is not known (false).
         */
        private void scanSpeculative(byte[] buf, int length) {
            int end = length;
            while (end > 0 && buf[end - 1] != '\n') {
                end--;
            }
            scanEnd = end;
            scanQuoted = false;
            scanNewlinesAtEnd = countNewlines(buf, 0, end);
            scanNewlines = eof ? scanNewlinesAtEnd + countNewlines(buf, end, length) : scanNewlinesAtEnd;
        }

        private static long countNewlines(byte[] buf, int from, int to) {
            long n = 0;
            int i = from;
            for (; i + 8 <= to; i += 8) {
                n += Long.bitCount(Swar.eq((long) LONGS.get(buf, i), Swar.LFS));
            }
            for (; i < to; i++) {
                if (buf[i] == '\n') {
                    n++;
                }
            }
            return n;
        }

        /** Whether chunks are cut exactly (quotes respected) from now on, rather than speculatively. */
        private boolean exact;

        /**
         * The chunk {@code open} was cut at an LF inside a quoted cell (its record from {@code from}, on line
         * {@code line}, is still open at its end), so the chunks after it ({@code later}, in order) were cut wrongly:
         * hands their bytes back, from that record on, and cuts exactly from now on.
         */
        void readAgain(Chunk open, int from, long line, List<Chunk> later) {
            long size = (long) open.length - from + carryLength;
            for (Chunk c : later) {
                size += c.length;
            }
            if (size > Integer.MAX_VALUE - 16) {
                throw tooLong();
            }
            byte[] back = new byte[(int) size];
            int p = open.length - from;
            System.arraycopy(open.bytes, from, back, 0, p);
            for (Chunk c : later) {
                System.arraycopy(c.bytes, 0, back, p, c.length);
                p += c.length;
            }
            System.arraycopy(carry, 0, back, p, carryLength);
            carry = back;
            carryLength = back.length;
            lines = line;
            exact = true;
        }

        /** The next chunk of whole records (only the first record when {@code one}), or null at the end. */
        private Chunk next(boolean one) throws IOException {
            int size = Math.max(chunkBytes, carryLength * 2);
            byte[] buf = buffer(size);
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int length = carryLength;
            while (true) {
                while (!eof && length < buf.length) {
                    int n = in.read(buf, length, buf.length - length);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw new ChargebackInputException(file, lines, ("the FOCUS input exceeds %d bytes, the "
                                + "limit; split it, or raise the limit").formatted(limits.maxBytes()));
                    }
                    length += n;
                }
                if (length == 0) {
                    return null;
                }
                // The last record end: a newline outside quotes; or, cutting speculatively, the last newline.
                boolean speculative = !one && !exact;
                if (speculative) {
                    scanSpeculative(buf, length);
                } else {
                    scan(buf, length, one);
                }
                int end = scanEnd;
                long newlinesAtEnd = scanNewlinesAtEnd;
                if (end == 0 && length > limits.maxRecordBytes()) {
                    throw tooLong();
                }
                if (eof && (end == 0 || end < length && !one)) {
                    if (scanQuoted) {
                        throw new ChargebackInputException(file, lines + newlinesAtEnd,
                                "a quoted cell is not closed before the end of the file");
                    }
                    end = length;
                    newlinesAtEnd = scanNewlines;
                }
                if (end > 0) {
                    carryLength = length - end;
                    carry = carryLength == 0 ? carry : java.util.Arrays.copyOfRange(buf, end, length);
                    Chunk c = new Chunk(buf, end, lines, speculative);
                    lines += newlinesAtEnd;
                    return c;
                }
                if (length >= limits.maxRecordBytes()) {
                    throw tooLong();
                }
                buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2,
                        (long) limits.maxRecordBytes() + limits.chunkBytes()));
            }
        }
    }

    /** Counts the bytes read from the file (compressed bytes for gzip), for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        volatile long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
