package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties of exact allocation over generated bills (lists of line amounts) and usage weights. */
class AllocationProperties {
    private static final Currency USD = Currency.getInstance("USD");

    /** A bill: line amounts in cents (charges and credits) and a usage weight per owner, at least one positive. */
    record Bill(List<Long> linesCents, long[] weights) {
        long totalCents() {
            return linesCents.stream().mapToLong(Long::longValue).sum();
        }
    }

    @Provide
    Arbitrary<Bill> bills() {
        Arbitrary<List<Long>> lines = Arbitraries.longs().between(-5_000_00L, 50_000_00L).list().ofMinSize(1).ofMaxSize(50);
        Arbitrary<long[]> weights = Arbitraries.longs().between(0, 1_000_000L).array(long[].class).ofMinSize(1).ofMaxSize(40)
                .map(w -> {
                    w[w.length - 1] = w[w.length - 1] + 1; // at least one weight is positive
                    return w;
                });
        return Combinators.combine(lines, weights).as(Bill::new);
    }

    @Property
    void partsSumExactlyToTheBillTotal(@ForAll("bills") Bill bill) {
        long[] parts = Allocation.splitMinor(bill.totalCents(), bill.weights());
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(bill.totalCents());
    }

    @Property
    void everyPartIsWithinOneCentOfItsExactShare(@ForAll("bills") Bill bill) {
        long[] w = bill.weights();
        long[] parts = Allocation.splitMinor(bill.totalCents(), w);
        BigInteger sum = BigInteger.ZERO;
        for (long x : w) {
            sum = sum.add(BigInteger.valueOf(x));
        }
        for (int i = 0; i < w.length; i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(bill.totalCents()).multiply(BigInteger.valueOf(w[i])))
                    .divide(new BigDecimal(sum), 12, RoundingMode.HALF_EVEN);
            assertThat(exact.subtract(BigDecimal.valueOf(parts[i])).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property
    void isDeterministicAndAgreesWithTheDecimalPath(@ForAll("bills") Bill bill) {
        long[] first = Allocation.splitMinor(bill.totalCents(), bill.weights());
        long[] second = Allocation.splitMinor(bill.totalCents(), bill.weights().clone());
        List<BigDecimal> decimals = new ArrayList<>();
        for (long w : bill.weights()) {
            decimals.add(BigDecimal.valueOf(w, 3)); // weights in thousandths: same ratios, other code path
        }
        List<Money> viaDecimals = Allocation.split(Money.ofMinor(bill.totalCents(), USD), decimals);
        assertThat(second).isEqualTo(first);
        assertThat(viaDecimals).extracting(Money::minorUnits).containsExactly(box(first));
    }

    @Property
    void largerWeightNeverGetsLessAndEqualWeightsDifferByAtMostOneCent(@ForAll("bills") Bill bill) {
        long total = Math.abs(bill.totalCents());
        long[] w = bill.weights();
        long[] parts = Allocation.splitMinor(total, w);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i] > w[j]) {
                    assertThat(parts[i]).isGreaterThanOrEqualTo(parts[j]);
                } else if (w[i] == w[j]) {
                    assertThat(Math.abs(parts[i] - parts[j])).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Property
    void aCreditMirrorsTheCharge(@ForAll("bills") Bill bill) {
        long[] charge = Allocation.splitMinor(bill.totalCents(), bill.weights());
        long[] credit = Allocation.splitMinor(-bill.totalCents(), bill.weights());
        for (int i = 0; i < charge.length; i++) {
            assertThat(credit[i]).isEqualTo(-charge[i]);
        }
    }

    @Property
    void zeroWeightsGetZero(@ForAll("bills") Bill bill) {
        long[] parts = Allocation.splitMinor(bill.totalCents(), bill.weights());
        for (int i = 0; i < parts.length; i++) {
            if (bill.weights()[i] == 0) {
                assertThat(parts[i]).isZero();
            }
        }
    }

    @Property
    void evenSplitPartsDifferByAtMostOneAndSumExactly(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long cents,
            @ForAll @IntRange(min = 1, max = 50) int n) {
        List<Money> parts = Allocation.evenly(Money.ofMinor(cents, USD), n);
        long max = parts.stream().mapToLong(Money::minorUnits).max().orElseThrow();
        long min = parts.stream().mapToLong(Money::minorUnits).min().orElseThrow();
        assertThat(parts.stream().mapToLong(Money::minorUnits).sum()).isEqualTo(cents);
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property
    void roundedBillLinesSumToTheRoundedExactTotal(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = -2_000_000_000L, max = 90_000_000_000L) Long> nanoDollars) {
        // Bill lines with 9 decimals, like FOCUS exports; rounding each on its own would drift, the sum must not.
        List<BigDecimal> exact = nanoDollars.stream().map(n -> BigDecimal.valueOf(n, 9)).toList();
        BigDecimal exactSum = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> parts = Allocation.roundToTotal(exact, USD);
        BigDecimal partsSum = parts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(partsSum).isEqualByComparingTo(exactSum.setScale(2, RoundingMode.HALF_EVEN));
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).amount().subtract(exact.get(i)).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    // ---- The big-number paths: weights and products that overflow a long, decimal weights beyond 19 digits. ----

    /** A split whose weights or products overflow a long: weights near Long.MAX_VALUE / 2, totals near +-1e17. */
    record BigSplit(long totalMinor, long[] weights) {
    }

    @Provide
    Arbitrary<BigSplit> bigSplits() {
        long half = Long.MAX_VALUE / 2;
        // Few distinct big values so that equal weights (ties of remainders) are common; some small and zero ones.
        Arbitrary<Long> weight = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(half - 1_000_000L, half)),
                Tuple.of(3, Arbitraries.of(half, half - 1, Long.MAX_VALUE / 3, Long.MAX_VALUE)),
                Tuple.of(2, Arbitraries.longs().between(0, 1_000L)),
                Tuple.of(1, Arbitraries.just(0L)));
        Arbitrary<long[]> weights = weight.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            long[] w = list.stream().mapToLong(Long::longValue).toArray();
            if (Arrays.stream(w).allMatch(x -> x == 0)) {
                w[w.length - 1] = 1;
            }
            return w;
        });
        long e17 = 100_000_000_000_000_000L;
        Arbitrary<Long> total = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(-e17, e17)),
                Tuple.of(2, Arbitraries.longs().between(e17 - 1_000, e17).map(x -> -x)),
                Tuple.of(2, Arbitraries.longs().between(e17 - 1_000, e17)),
                Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, -Long.MAX_VALUE, Long.MIN_VALUE, 0L, 1L, -1L)));
        return Combinators.combine(total, weights).as(BigSplit::new);
    }

    /**
     * The rule of Allocation's Javadoc computed independently in BigInteger: floors of |T| w / W, the leftover units
     * one each to the largest remainders, ties to the lower index, a negative total mirrored.
     */
    static BigInteger[] reference(BigInteger total, BigInteger[] w) {
        BigInteger sum = Arrays.stream(w).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger abs = total.abs();
        BigInteger[] parts = new BigInteger[w.length];
        BigInteger[] rem = new BigInteger[w.length];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < w.length; i++) {
            BigInteger[] qr = abs.multiply(w[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            rem[i] = qr[1];
            given = given.add(qr[0]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> rem[i]).reversed().thenComparing(i -> i));
        int leftover = abs.subtract(given).intValueExact();
        for (int k = 0; k < leftover; k++) {
            parts[order.get(k)] = parts[order.get(k)].add(BigInteger.ONE);
        }
        if (total.signum() < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].negate();
            }
        }
        return parts;
    }

    private static BigInteger[] big(long[] w) {
        return Arrays.stream(w).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    /** Checks parts against the exact shares T w / W: the exact sum, within one unit, and the reference rule. */
    private static void assertExactSplit(BigInteger total, BigInteger[] w, long[] parts) {
        BigInteger sum = Arrays.stream(w).reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(Arrays.stream(parts).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(total);
        for (int i = 0; i < w.length; i++) {
            // |part - T w / W| < 1  <=>  |part * W - T w| < W, in integers.
            BigInteger diff = BigInteger.valueOf(parts[i]).multiply(sum).subtract(total.multiply(w[i])).abs();
            assertThat(diff).as("part %d (%d) of %s by %s", i, parts[i], total, Arrays.toString(w)).isLessThan(sum);
        }
        assertThat(Arrays.stream(parts).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new))
                .containsExactly(reference(total, w));
    }

    @Property
    void bigWeightsSplitExactlyAsTheReference(@ForAll("bigSplits") BigSplit s) {
        long[] parts = Allocation.splitMinor(s.totalMinor(), s.weights());
        assertExactSplit(BigInteger.valueOf(s.totalMinor()), big(s.weights()), parts);
    }

    @Property
    void bigWeightsMirrorCredits(@ForAll("bigSplits") BigSplit s) {
        Assume.that(s.totalMinor() != Long.MIN_VALUE); // -Long.MIN_VALUE is no long: no charge to mirror
        long[] charge = Allocation.splitMinor(s.totalMinor(), s.weights());
        long[] credit = Allocation.splitMinor(-s.totalMinor(), s.weights());
        for (int i = 0; i < charge.length; i++) {
            assertThat(credit[i]).isEqualTo(-charge[i]);
        }
    }

    @Property
    void bigWeightsAsDecimalsAgreeWithTheLongPath(@ForAll("bigSplits") BigSplit s) {
        long[] viaLongs = Allocation.splitMinor(s.totalMinor(), s.weights());
        List<BigDecimal> decimals = Arrays.stream(s.weights()).mapToObj(w -> BigDecimal.valueOf(w, 4)).toList();
        List<Money> viaDecimals = Allocation.split(Money.ofMinor(s.totalMinor(), USD), decimals);
        assertThat(viaDecimals).extracting(Money::minorUnits).containsExactly(box(viaLongs));
    }

    /** Decimal weights with 20 to 40 significant digits and up to 15 decimals, totals near +-1e17 cents. */
    record DecimalSplit(long totalMinor, List<BigDecimal> weights) {
    }

    @Provide
    Arbitrary<DecimalSplit> decimalSplits() {
        Arbitrary<BigDecimal> weight = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(0, 15)).as(BigDecimal::new);
        Arbitrary<BigDecimal> maybeZero = Arbitraries.frequencyOf(Tuple.of(9, weight),
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)));
        Arbitrary<List<BigDecimal>> weights = maybeZero.list().ofMinSize(1).ofMaxSize(10).map(list -> {
            if (list.stream().allMatch(w -> w.signum() == 0)) {
                List<BigDecimal> copy = new ArrayList<>(list);
                copy.set(copy.size() - 1, new BigDecimal("12345678901234567890.123"));
                return copy;
            }
            return list;
        });
        long e17 = 100_000_000_000_000_000L;
        return Combinators.combine(Arbitraries.longs().between(-e17, e17), weights).as(DecimalSplit::new);
    }

    @Property
    void decimalWeightsBeyondNineteenDigitsSplitExactlyAsTheReference(@ForAll("decimalSplits") DecimalSplit s) {
        List<Money> parts = Allocation.split(Money.ofMinor(s.totalMinor(), USD), s.weights());
        // The reference scales the weights to whole numbers itself: w * 10^maxScale.
        int scale = s.weights().stream().mapToInt(w -> Math.max(0, w.scale())).max().orElseThrow();
        BigInteger[] w = s.weights().stream().map(x -> x.movePointRight(scale).toBigIntegerExact())
                .toArray(BigInteger[]::new);
        assertExactSplit(BigInteger.valueOf(s.totalMinor()), w,
                parts.stream().mapToLong(Money::minorUnits).toArray());
        List<Money> credit = Allocation.split(Money.ofMinor(-s.totalMinor(), USD), s.weights());
        for (int i = 0; i < parts.size(); i++) {
            assertThat(credit.get(i).minorUnits()).isEqualTo(-parts.get(i).minorUnits());
        }
    }

    private static Long[] box(long[] a) {
        Long[] out = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
