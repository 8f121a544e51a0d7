package org.aitco.core.operate;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * Cuts a chunk of whole CSV records (RFC 4180) into cells without decoding them: for each record, where each cell's
 * content starts and ends in the bytes, and whether it was quoted with doubled quotes inside. Only the cells a
 * reader asks for become numbers or strings, and most FOCUS columns are never asked for.
 *
 * <p>Every byte is checked to be UTF-8 as it passes (the whole chunk, used cells or not); the first byte that is not
 * is an error naming the file and its line. Records end at LF, CRLF or CR outside quotes; a record that is one empty
 * line is skipped. A quoted cell may hold commas, quotes written twice and line ends. A record that RFC 4180 does not
 * describe (a quote inside an unquoted cell, text after a closing quote) is handed to FastCSV, which decides what
 * its cells are, so such lenient input reads as it did before this scanner.
 *
 * <p>Lines are counted by LF, as the chunker that made the chunk counts them.
 */
final class FocusScanner {
    static final byte PLAIN = 0;
    static final byte QUOTED = 1;
    /** Quoted with doubled quotes inside: the content must be unescaped. */
    static final byte ESCAPED = 2;

    private static final byte NORMAL = 0;
    private static final byte COMMA = 1;
    private static final byte LF = 2;
    private static final byte CR = 3;
    private static final byte QUOTE = 4;
    private static final byte HIGH = 5;
    /** The class of each byte in an unquoted cell. */
    private static final byte[] CLASS = new byte[256];
    /** The class of each byte in a quoted cell: only quotes, LF and non-ASCII stop the scan. */
    private static final byte[] QUOTED_CLASS = new byte[256];

    static {
        CLASS[','] = COMMA;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        CLASS['"'] = QUOTE;
        QUOTED_CLASS['\n'] = LF;
        QUOTED_CLASS['"'] = QUOTE;
        for (int b = 0x80; b < 0x100; b++) {
            CLASS[b] = HIGH;
            QUOTED_CLASS[b] = HIGH;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final String fileName;
    private final byte[] chunk;
    private final int length;
    private int pos;
    /** The line of {@link #pos}. */
    private long lineAtPos;

    /** The bytes the current record's cells point into: the chunk, or {@link #scratch} for a lenient record. */
    byte[] bytes;
    int[] start = new int[64];
    int[] end = new int[64];
    byte[] kind = new byte[64];
    /** Cells of the current record. */
    int fields;
    /** The line the current record starts on. */
    long line;
    private byte[] scratch = new byte[256];
    /** The current record's bytes in the chunk, line end excluded. */
    private int recordFrom;
    private int recordTo;

    /**
     * Whether the chunk was cut at its last LF without regard to quotes: a record still inside a quoted cell at the
     * end of the chunk is then not an error but noted ({@link #openFrom}), and the chunk after it must be read again.
     */
    private final boolean speculative;
    /** In a speculative chunk, where the record that is still inside quotes at the end starts, or -1. */
    int openFrom = -1;
    /** The line {@link #openFrom} is on. */
    long openLine;

    FocusScanner(Path file, byte[] chunk, int length, long firstLine) {
        this(file, chunk, length, firstLine, false);
    }

    FocusScanner(Path file, byte[] chunk, int length, long firstLine, boolean speculative) {
        this.speculative = speculative;
        this.file = file;
        this.fileName = file.toString();
        this.chunk = chunk;
        this.length = length;
        this.lineAtPos = firstLine;
    }

    /** The file, as given. */
    String fileName() {
        return fileName;
    }

    /** Moves to the next record that is not an empty line; false at the end of the chunk. */
    boolean next() {
        while (pos < length) {
            if (scanRecord()) {
                return true;
            }
        }
        return false;
    }

    /** Scans one record from {@link #pos}; false when it is an empty line. */
    private boolean scanRecord() {
        final byte[] b = chunk;
        final int n = length;
        final int recordStart = pos;
        recordFrom = pos;
        recordTo = n;
        line = lineAtPos;
        bytes = chunk;
        int f = 0;
        int i = pos;
        while (true) {
            if (f == start.length) {
                grow();
            }
            if (i < n && b[i] == '"') {
                // A quoted cell: up to the quote that is not doubled.
                int s = i + 1;
                byte k = QUOTED;
                i = s;
                while (true) {
                    i = quotedSpecial(b, i, n);
                    if (i >= n) {
                        return open(recordStart);
                    }
                    byte c = QUOTED_CLASS[b[i] & 0xff];
                    if (c == LF) {
                        lineAtPos++;
                        i++;
                    } else if (c == HIGH) {
                        i = utf8(b, i, n);
                    } else if (i + 1 < n && b[i + 1] == '"') {
                        k = ESCAPED;
                        i += 2;
                    } else {
                        break;
                    }
                }
                start[f] = s;
                end[f] = i;
                kind[f] = k;
                f++;
                i++; // the closing quote
                if (i >= n) {
                    pos = i;
                    break;
                }
                byte c = CLASS[b[i] & 0xff];
                if (c == COMMA) {
                    i++;
                    continue;
                }
                if (c == LF || c == CR) {
                    recordTo = i;
                    pos = lineEnd(b, i, n);
                    break;
                }
                return lenient(recordStart, i);
            }
            int s = i;
            while (true) {
                i = special(b, i, n);
                if (i < n && CLASS[b[i] & 0xff] == HIGH) {
                    i = utf8(b, i, n);
                } else {
                    break;
                }
            }
            start[f] = s;
            end[f] = i;
            kind[f] = PLAIN;
            f++;
            if (i >= n) {
                pos = i;
                break;
            }
            byte c = CLASS[b[i] & 0xff];
            if (c == COMMA) {
                i++;
                continue;
            }
            if (c == QUOTE) {
                return lenient(recordStart, i);
            }
            recordTo = i;
            pos = lineEnd(b, i, n);
            break;
        }
        fields = f;
        return !(f == 1 && start[0] == end[0] && kind[0] == PLAIN);
    }

    /**
     * The current record, from {@code recordStart}, is inside quotes at the end of the chunk: an error, or in a
     * speculative chunk a note that ends the chunk. Returns false (no record).
     */
    private boolean open(int recordStart) {
        if (!speculative) {
            throw new ChargebackInputException(file, line, "a quoted cell is not closed before the end of the file");
        }
        openFrom = recordStart;
        openLine = line;
        pos = length;
        return false;
    }

    /** The first byte from {@code i} that ends or interrupts an unquoted cell (, " CR LF or non-ASCII), or n. */
    private static int special(byte[] b, int i, int n) {
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(b, i);
            long m = Swar.eq(w, Swar.COMMAS) | Swar.eq(w, Swar.QUOTES) | Swar.eq(w, Swar.LFS) | Swar.eq(w, Swar.CRS)
                    | (w & Swar.HIGH);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        while (i < n && CLASS[b[i] & 0xff] == NORMAL) {
            i++;
        }
        return i;
    }

    /** The first byte from {@code i} that a quoted cell must look at (" LF or non-ASCII), or n. */
    private static int quotedSpecial(byte[] b, int i, int n) {
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(b, i);
            long m = Swar.eq(w, Swar.QUOTES) | Swar.eq(w, Swar.LFS) | (w & Swar.HIGH);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        while (i < n && QUOTED_CLASS[b[i] & 0xff] == NORMAL) {
            i++;
        }
        return i;
    }

    /** The position after the line end at {@code i} (LF, CRLF or CR), counting the line. */
    private int lineEnd(byte[] b, int i, int n) {
        if (b[i] == '\r') {
            if (i + 1 < n && b[i + 1] == '\n') {
                lineAtPos++;
                return i + 2;
            }
            return i + 1;
        }
        lineAtPos++;
        return i + 1;
    }

    /**
     * A record that is not plain RFC 4180 from {@code recordStart} ({@code at} is the first byte that makes it so):
     * finds its end (quotes toggling, as the chunker cut the chunk), checks its bytes are UTF-8 and lets FastCSV cut
     * it; the cells then point into {@link #scratch}. Returns true (such a record is never an empty line), or false
     * when the record is still inside quotes at the end of a speculative chunk.
     */
    private boolean lenient(int recordStart, int at) {
        final byte[] b = chunk;
        final int n = length;
        boolean quoted = false;
        // Re-scan from the start: whether we are inside quotes at `at` depends on the quotes before it.
        lineAtPos = line;
        int i = recordStart;
        int recordEnd = n;
        for (; i < n; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                if (!quoted) {
                    recordEnd = i;
                    break;
                }
                lineAtPos++;
            } else if (c == '\r' && !quoted) {
                recordEnd = i;
                break;
            } else if (c < 0) {
                i = utf8(b, i, n) - 1;
            }
        }
        if (quoted) {
            return open(recordStart);
        }
        recordTo = recordEnd;
        pos = recordEnd < n ? lineEnd(b, recordEnd, n) : n;
        String text = new String(b, recordStart, recordEnd - recordStart, StandardCharsets.UTF_8);
        List<String> cells;
        try {
            cells = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofSingleCsvRecord(text).getFields();
        } catch (CsvParseException e) {
            throw new ChargebackInputException(file, line, "cannot be parsed as CSV: " + e.getMessage());
        }
        int total = 0;
        byte[][] encoded = new byte[cells.size()][];
        for (int k = 0; k < encoded.length; k++) {
            encoded[k] = cells.get(k).getBytes(StandardCharsets.UTF_8);
            total += encoded[k].length;
        }
        if (scratch.length < total) {
            scratch = new byte[Math.max(total, scratch.length * 2)];
        }
        while (start.length < encoded.length) {
            grow();
        }
        int p = 0;
        for (int k = 0; k < encoded.length; k++) {
            System.arraycopy(encoded[k], 0, scratch, p, encoded[k].length);
            start[k] = p;
            p += encoded[k].length;
            end[k] = p;
            kind[k] = PLAIN;
        }
        fields = encoded.length;
        bytes = scratch;
        return true;
    }

    private void grow() {
        start = Arrays.copyOf(start, start.length * 2);
        end = Arrays.copyOf(end, end.length * 2);
        kind = Arrays.copyOf(kind, kind.length * 2);
    }

    /**
     * Checks the UTF-8 sequence that starts at the non-ASCII byte {@code b[i]} (overlong forms, surrogates and code
     * points above U+10FFFF are not UTF-8) and returns the index after it.
     */
    private int utf8(byte[] b, int i, int n) {
        int c = b[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            throw notUtf8();
        }
        if (i + need >= n) {
            throw notUtf8();
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            throw notUtf8();
        }
        for (int k = 2; k <= need; k++) {
            int cont = b[i + k] & 0xff;
            if (cont < 0x80 || cont > 0xbf) {
                throw notUtf8();
            }
        }
        return i + need + 1;
    }

    private ChargebackInputException notUtf8() {
        return new ChargebackInputException(file, lineAtPos,
                "is not UTF-8 text (a Latin-1 or UTF-16 export?); save the file as UTF-8");
    }

    /**
     * A 64-bit hash of the current record's bytes as written (line end excluded): two records with the same bytes
     * have the same hash; two different ones the same hash with a probability of about 2^-64.
     */
    long recordHash() {
        byte[] b = chunk;
        int i = recordFrom;
        int e = recordTo;
        long h = 0x9E3779B97F4A7C15L ^ (e - i);
        for (; i + 8 <= e; i += 8) {
            h = Long.rotateLeft(h ^ ((long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (int k = 0; i < e; i++, k += 8) {
            tail |= (b[i] & 0xffL) << k;
        }
        h = Long.rotateLeft(h ^ (tail * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        // MurmurHash3's finaliser: every input bit affects every output bit.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Whether cell {@code i} is empty or the word NULL in any case, surrounding spaces aside. */
    boolean isNull(int i) {
        int s = start[i];
        int e = end[i];
        byte[] b = bytes;
        while (s < e && (b[s] & 0xff) <= ' ') {
            s++;
        }
        while (e > s && (b[e - 1] & 0xff) <= ' ') {
            e--;
        }
        return s == e || e - s == 4 && (b[s] | 0x20) == 'n' && (b[s + 1] | 0x20) == 'u' && (b[s + 2] | 0x20) == 'l'
                && (b[s + 3] | 0x20) == 'l';
    }

    /** Cell {@code i} as written (quotes removed, doubled quotes made single). */
    String text(int i) {
        String s = new String(bytes, start[i], end[i] - start[i], StandardCharsets.UTF_8);
        return kind[i] == ESCAPED ? s.replace("\"\"", "\"") : s;
    }
}
