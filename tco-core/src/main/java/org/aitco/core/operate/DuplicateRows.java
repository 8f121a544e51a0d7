package org.aitco.core.operate;

import java.util.Arrays;

/**
 * The rows of the FOCUS inputs of one run seen so far, as 64-bit hashes of their bytes, to count a row that repeats
 * an earlier one once: the later copy is rejected with its line ("identical to an earlier row").
 *
 * <p>Memory: an open-addressing table of {@code long}s at most half full, so 16 to 32 bytes per distinct row (1
 * million rows: 16-32 MB; 160 million: 2.5-5 GB, so turn the check off, or read the months as separate runs, for
 * inputs that large). Two different rows have the same hash with a probability of 2^-64 each: for n rows, the
 * chance that any row is wrongly taken for a duplicate is about n^2 / 2^65 (1 million rows: 3e-8; 160 million:
 * 7e-4), and such a row would be listed as rejected, not dropped silently.
 */
final class DuplicateRows {
    /** Stands for the hash 0, which marks an empty slot. */
    private static final long ZERO = 0x5bd1e9955bd1e995L;
    private long[] table = new long[1 << 12];
    private int size;
    /** Set when the table could not grow within the heap: rows after that are not checked. */
    private boolean full;
    private final int maxTableLength;

    DuplicateRows() {
        this(1 << 30);
    }

    /** A set whose table stops growing at {@code maxTableLength} slots (tests use a small one). */
    DuplicateRows(int maxTableLength) {
        this.maxTableLength = maxTableLength;
    }

    /**
     * Adds a row's hash; false when it was there already (the row is a duplicate). Once the heap cannot hold a larger
     * table, every row counts as new and {@link #full()} says so.
     */
    boolean add(long hash) {
        if (full) {
            return true;
        }
        long h = hash == 0 ? ZERO : hash;
        if (2 * (size + 1) > table.length && !grow()) {
            if (contains(h)) {
                return false;
            }
            full = true;
            return true;
        }
        int mask = table.length - 1;
        for (int slot = (int) (h ^ (h >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            long k = table[slot];
            if (k == 0) {
                table[slot] = h;
                size++;
                return true;
            }
            if (k == h) {
                return false;
            }
        }
    }

    private boolean contains(long h) {
        int mask = table.length - 1;
        for (int slot = (int) (h ^ (h >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            long k = table[slot];
            if (k == 0) {
                return false;
            }
            if (k == h) {
                return true;
            }
        }
    }

    /** Distinct rows held. */
    int size() {
        return size;
    }

    /** Whether the check stopped for want of memory, and after how many distinct rows. */
    boolean full() {
        return full;
    }

    /** Doubles the table, unless it is at its largest or would take more than half of the heap still free. */
    private boolean grow() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (table.length >= maxTableLength || 16L * table.length > free / 2) {
            return false;
        }
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = h;
            }
        }
        return true;
    }

    /**
     * The accepted rows of one chunk, in file order, with what each added to its group, so that a duplicate found
     * when the chunk is merged (in file order) can be taken out again.
     */
    static final class Log {
        long[] hashes = new long[1024];
        long[] lines = new long[1024];
        /** The group total a fast row went into; null for a row added as a {@link FocusRow}. */
        Object[] sums = new Object[1024];
        long[] billedUnits = new long[1024];
        long[] effectiveUnits = new long[1024];
        int[] billedScales = new int[1024];
        int[] effectiveScales = new int[1024];
        FocusRow[] rows = new FocusRow[1024];
        int size;

        void fast(long hash, long line, Object sum, CostCells c) {
            int i = next(hash, line);
            sums[i] = sum;
            billedUnits[i] = c.billedUnits;
            billedScales[i] = c.billedScale;
            effectiveUnits[i] = c.effectiveUnits;
            effectiveScales[i] = c.effectiveScale;
        }

        void row(long hash, FocusRow row) {
            int i = next(hash, row.line());
            rows[i] = row;
        }

        private int next(long hash, long line) {
            if (size == hashes.length) {
                int n = size * 2;
                hashes = Arrays.copyOf(hashes, n);
                lines = Arrays.copyOf(lines, n);
                sums = Arrays.copyOf(sums, n);
                billedUnits = Arrays.copyOf(billedUnits, n);
                effectiveUnits = Arrays.copyOf(effectiveUnits, n);
                billedScales = Arrays.copyOf(billedScales, n);
                effectiveScales = Arrays.copyOf(effectiveScales, n);
                rows = Arrays.copyOf(rows, n);
            }
            hashes[size] = hash;
            lines[size] = line;
            return size++;
        }
    }
}
