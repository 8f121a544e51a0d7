package org.aitco.core.operate;

/**
 * Eight bytes at a time in a {@code long} (little-endian: byte 0 is the lowest): which bytes equal a given one, with
 * no false positives. The scanners of FOCUS files use it to pass over the bytes that need no attention.
 */
final class Swar {
    static final long ONES = 0x0101010101010101L;
    static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    static final long HIGH = 0x8080808080808080L;
    static final long QUOTES = ONES * '"';
    static final long LFS = ONES * '\n';
    static final long CRS = ONES * '\r';
    static final long COMMAS = ONES * ',';

    private Swar() {
    }

    /** 0x80 in each byte of {@code w} that equals the byte repeated in {@code pattern}, 0 in the others. */
    static long eq(long w, long pattern) {
        long x = w ^ pattern;
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
