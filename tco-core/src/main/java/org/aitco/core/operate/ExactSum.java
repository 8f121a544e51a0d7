package org.aitco.core.operate;

import java.math.BigDecimal;

/**
 * An exact sum of decimals, kept as a scaled {@code long} while it fits and spilled into a {@link BigDecimal} when an
 * addition would overflow: the value, and its scale, are those of adding every term with {@link BigDecimal#add}
 * starting from {@link BigDecimal#ZERO} (the scale is the largest scale of the terms, at least 0).
 *
 * <p>Terms of up to 18 digits (every FOCUS cost cell we have seen) cost a {@code long} addition; a rescale happens only
 * when a term has more decimals than all before it.
 */
final class ExactSum {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The part of the sum held as {@code units / 10^scale}. */
    private long units;
    private int scale;
    /** The part spilled, or null. */
    private BigDecimal big;

    /** Adds {@code unscaled / 10^termScale}, {@code termScale >= 0}. */
    void add(long unscaled, int termScale) {
        if (termScale == scale) {
            long r = units + unscaled;
            if (((units ^ r) & (unscaled ^ r)) < 0) {
                spill();
                units = unscaled;
            } else {
                units = r;
            }
            return;
        }
        if (termScale < scale) {
            int d = scale - termScale;
            if (d < POW10.length) {
                long hi = Math.multiplyHigh(unscaled, POW10[d]);
                long lo = unscaled * POW10[d];
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    add(lo, scale);
                    return;
                }
            }
            addBig(BigDecimal.valueOf(unscaled, termScale));
            return;
        }
        // A term with more decimals: rescale the long part up, or spill it.
        int d = termScale - scale;
        if (d < POW10.length) {
            long hi = Math.multiplyHigh(units, POW10[d]);
            long lo = units * POW10[d];
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                units = lo;
                scale = termScale;
                add(unscaled, termScale);
                return;
            }
        }
        spill();
        scale = termScale;
        units = unscaled;
    }

    /** Adds any decimal; one of negative scale is added exactly as well. */
    void add(BigDecimal term) {
        if (term.scale() >= 0 && term.scale() <= 40 && term.precision() <= 18) {
            add(term.unscaledValue().longValueExact(), term.scale());
        } else {
            addBig(term);
        }
    }

    private void addBig(BigDecimal term) {
        big = big == null ? BigDecimal.ZERO.add(term) : big.add(term);
    }

    private void spill() {
        addBig(BigDecimal.valueOf(units, scale));
        units = 0;
    }

    /** Adds {@code other}'s value. */
    void add(ExactSum other) {
        add(other.units, other.scale);
        if (other.big != null) {
            addBig(other.big);
        }
    }

    /** The exact sum; its scale is the largest scale of the terms, at least 0. */
    BigDecimal value() {
        BigDecimal v = BigDecimal.valueOf(units, scale);
        if (big == null) {
            return v;
        }
        return big.add(v);
    }
}
