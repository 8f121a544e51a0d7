package org.aitco.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exact allocation of an amount of money into parts, in minor units of its currency, by the largest-remainder
 * method (Hamilton's method): the parts always sum exactly to the total.
 *
 * <p>The rule, for a total of {@code T} minor units and non-negative weights {@code w[i]} summing to {@code W}:
 * <ol>
 *   <li>each part first gets {@code floor(|T| * w[i] / W)} minor units, computed exactly in integers;</li>
 *   <li>the minor units left over ({@code |T|} minus the sum of the floors, fewer than the number of parts) go one
 *       each to the parts with the largest remainders {@code |T| * w[i] mod W};</li>
 *   <li>ties between equal remainders go to the lower index (for {@link #byKey} the smaller key): the result
 *       depends only on the inputs, never on hash order or timing;</li>
 *   <li>a negative total (a credit or refund) is split as its absolute value and every part negated, so a credit
 *       mirrors the charge it reverses exactly.</li>
 * </ol>
 * Consequences, proved by property tests: every part is within one minor unit of its exact share
 * {@code T * w[i] / W}; a part with a larger weight is never smaller than one with a smaller weight; a zero
 * weight gets zero. As with every largest-remainder method, a part can shrink by one minor unit when the total
 * grows (the Alabama paradox); chargeback splits each total once, so that does not arise there.
 *
 * <p>Weights that are all zero leave nothing to split by: {@link #split} rejects them with an error, and a
 * caller that wants an even split says so with {@link #evenly}. Negative weights are rejected.
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * Splits {@code total} by decimal weights (for example accelerator-hours, tokens or percentages).
     *
     * @return one part per weight, in the order of the weights, summing exactly to {@code total}
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights are empty: cannot split %s into no parts".formatted(total));
        }
        int scale = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = weights.get(i);
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("weights[%d] (%s) must be a number >= 0".formatted(i, w));
            }
            scale = Math.max(scale, w.stripTrailingZeros().scale());
        }
        BigInteger[] integral = new BigInteger[weights.size()];
        for (int i = 0; i < integral.length; i++) {
            integral[i] = weights.get(i).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        }
        long[] small = new long[integral.length];
        for (int i = 0; i < integral.length; i++) {
            if (integral[i].bitLength() > 62) {
                return toMoney(splitBig(total.minorUnits(), integral, total), total.currency());
            }
            small[i] = integral[i].longValue();
        }
        // The same rule on whole numbers of the common scale, on the primitive path.
        return toMoney(splitMinor(total.minorUnits(), small, total), total.currency());
    }

    /**
     * Splits {@code total} by whole-number weights (for example tokens or requests served).
     *
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public static List<Money> split(Money total, long... weights) {
        Objects.requireNonNull(total, "total");
        return toMoney(splitMinor(total.minorUnits(), weights, total), total.currency());
    }

    /**
     * Splits {@code totalMinor} minor units by whole-number weights; the primitive form of {@link #split(Money,
     * long...)} for large allocations (a million parts without a {@link Money} per part).
     *
     * @return the parts in minor units, in the order of the weights, summing exactly to {@code totalMinor}
     */
    public static long[] splitMinor(long totalMinor, long[] weights) {
        return splitMinor(totalMinor, weights, totalMinor + " minor units");
    }

    private static long[] splitMinor(long totalMinor, long[] weights, Object what) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights are empty: cannot split %s into no parts".formatted(what));
        }
        long sum = 0;
        boolean overflow = false;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[%d] (%d) must be >= 0".formatted(i, weights[i]));
            }
            long s = sum + weights[i];
            if (s < 0) {
                overflow = true;
            }
            sum = s;
        }
        if (overflow || totalMinor == Long.MIN_VALUE) {
            BigInteger[] big = new BigInteger[weights.length];
            for (int i = 0; i < big.length; i++) {
                big[i] = BigInteger.valueOf(weights[i]);
            }
            return splitBig(totalMinor, big, what);
        }
        if (sum == 0) {
            throw allZero(what, weights.length);
        }
        long abs = Math.abs(totalMinor);
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long hi = Math.multiplyHigh(abs, weights[i]);
            long lo = abs * weights[i];
            if (hi != 0 || lo < 0) {
                // |T| * w does not fit in a long: fall back to exact big integers for the whole split.
                BigInteger[] big = new BigInteger[weights.length];
                for (int j = 0; j < big.length; j++) {
                    big[j] = BigInteger.valueOf(weights[j]);
                }
                return splitBig(totalMinor, big, what);
            }
            parts[i] = lo / sum;
            remainders[i] = lo % sum;
            given += parts[i];
        }
        distributeLeftover(parts, remainders, abs - given);
        if (totalMinor < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /**
     * Splits {@code total} by weights given per key; ties go to the smaller key.
     *
     * @return the parts by key, in key order, summing exactly to {@code total}
     */
    public static <K extends Comparable<? super K>> SortedMap<K, Money> byKey(Money total,
            Map<K, BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        SortedMap<K, BigDecimal> sorted = new TreeMap<>(weights);
        List<Money> parts = split(total, new ArrayList<>(sorted.values()));
        SortedMap<K, Money> out = new TreeMap<>();
        int i = 0;
        for (K key : sorted.keySet()) {
            out.put(key, parts.get(i++));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** Splits {@code total} into {@code parts} equal parts; the first parts get the leftover minor units. */
    public static List<Money> evenly(Money total, int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts (%d) must be a whole number > 0".formatted(parts));
        }
        long[] ones = new long[parts];
        Arrays.fill(ones, 1);
        return split(total, ones);
    }

    /**
     * Rounds exact amounts (such as cloud bill lines with ten decimals) to money so that the rounded parts sum
     * exactly to the rounded sum of the exact amounts (rounded half to even).
     *
     * <p>Each amount first takes the floor of its value in minor units; the minor units still missing go to the
     * amounts with the largest discarded fractions, ties to the lower index. Every part is then within one minor
     * unit of its exact amount. Amounts may be negative.
     */
    public static List<Money> roundToTotal(List<BigDecimal> exact, Currency currency) {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        long[] parts = new long[exact.size()];
        BigDecimal[] fractions = new BigDecimal[exact.size()];
        BigDecimal sum = BigDecimal.ZERO;
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigDecimal x = Objects.requireNonNull(exact.get(i), "exact[" + i + "]").movePointRight(digits);
            BigDecimal floor = x.setScale(0, RoundingMode.FLOOR);
            parts[i] = minorUnits(floor, "exact[" + i + "] (" + exact.get(i).toPlainString() + " " + currency + ")",
                    currency);
            fractions[i] = x.subtract(floor);
            try {
                given = Math.addExact(given, parts[i]);
            } catch (ArithmeticException e) {
                throw new ArithmeticException("the sum of exact[0..%d] is too large to be counted in minor units of %s"
                        .formatted(i, currency));
            }
            sum = sum.add(x);
        }
        long target = minorUnits(sum.setScale(0, RoundingMode.HALF_EVEN),
                "the sum of the amounts (" + sum.movePointLeft(digits).toPlainString() + " " + currency + ")",
                currency);
        long leftover = target - given;
        if (leftover > 0) {
            Integer[] order = new Integer[parts.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = fractions[b].compareTo(fractions[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < leftover; k++) {
                parts[order[k]]++;
            }
        }
        return toMoney(parts, currency);
    }

    /**
     * A whole number of minor units as a long; an {@link ArithmeticException} naming {@code what} when it does
     * not fit (the sums of parts that fit then fit too, since the parts are between zero and the total).
     */
    private static long minorUnits(BigDecimal minor, String what, Currency currency) {
        if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                || minor.compareTo(BigDecimal.valueOf(-Long.MAX_VALUE)) < 0) {
            throw new ArithmeticException("%s is too large to be counted in minor units of %s (at most %s)"
                    .formatted(what, currency, BigDecimal.valueOf(Long.MAX_VALUE, currency.getDefaultFractionDigits())
                            .toPlainString()));
        }
        return minor.longValueExact();
    }

    private static long[] splitBig(long totalMinor, BigInteger[] weights, Object what) {
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : weights) {
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw allZero(what, weights.length);
        }
        // |T| can be 2^63 (T = Long.MIN_VALUE), which no long holds: parts stay BigInteger until they carry the sign.
        BigInteger abs = BigInteger.valueOf(totalMinor).abs();
        BigInteger[] big = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = abs.multiply(weights[i]).divideAndRemainder(sum);
            big[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        long leftover = abs.subtract(given).longValueExact();
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; k < leftover; k++) {
            big[order[k]] = big[order[k]].add(BigInteger.ONE);
        }
        long[] parts = new long[weights.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = (totalMinor < 0 ? big[i].negate() : big[i]).longValueExact();
        }
        return parts;
    }

    /**
     * Gives one more unit to the {@code leftover} parts with the largest remainders, ties to the lower index,
     * without boxing: the threshold remainder is found by sorting a copy of the remainders.
     */
    private static void distributeLeftover(long[] parts, long[] remainders, long leftover) {
        if (leftover <= 0) {
            return;
        }
        long[] sorted = remainders.clone();
        Arrays.sort(sorted);
        long threshold = sorted[sorted.length - (int) leftover];
        long above = 0;
        for (long r : remainders) {
            if (r > threshold) {
                above++;
            }
        }
        long atThreshold = leftover - above;
        for (int i = 0; i < parts.length; i++) {
            if (remainders[i] > threshold) {
                parts[i]++;
            } else if (remainders[i] == threshold && atThreshold > 0) {
                parts[i]++;
                atThreshold--;
            }
        }
    }

    private static IllegalArgumentException allZero(Object what, int n) {
        return new IllegalArgumentException(("weights are all zero (%d parts): nothing to split %s by. "
                + "Maybe split it evenly with Allocation.evenly, or charge it to a named owner").formatted(n, what));
    }

    private static List<Money> toMoney(long[] parts, Currency currency) {
        List<Money> out = new ArrayList<>(parts.length);
        for (long p : parts) {
            out.add(Money.ofMinor(p, currency));
        }
        return Collections.unmodifiableList(out);
    }
}
