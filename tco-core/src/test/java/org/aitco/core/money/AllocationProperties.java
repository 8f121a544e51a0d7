package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    private static Long[] box(long[] a) {
        Long[] out = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
