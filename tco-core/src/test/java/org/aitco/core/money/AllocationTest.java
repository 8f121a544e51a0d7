package org.aitco.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AllocationTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void splitsTenDollarsInThreeByLargestRemainderWithTieToLowerIndex() {
        // 1000 cents * 1/3 = 333.33 each: floors 333+333+333 = 999, one cent left; all remainders equal (1000 mod 3
        // = 1), so the tie goes to index 0: 3.34, 3.33, 3.33.
        assertThat(Allocation.split(Money.of("10.00", "USD"), 1, 1, 1))
                .containsExactly(Money.of("3.34", "USD"), Money.of("3.33", "USD"), Money.of("3.33", "USD"));
    }

    @Test
    void givesLeftoverCentsToLargestRemainders() {
        // 100.00 USD by accelerator-hours 10.5, 20.25, 69.25 (sum 100): exact shares 10.50, 20.25, 69.25 cents*100;
        // use 1.00 USD instead: 100 cents * 10.5/100 = 10.5, 20.25, 69.25 -> floors 10, 20, 69 = 99;
        // remainders .5, .25, .25 -> the cent goes to index 0: 0.11, 0.20, 0.69.
        List<Money> parts = Allocation.split(Money.of("1.00", "USD"),
                List.of(new BigDecimal("10.5"), new BigDecimal("20.25"), new BigDecimal("69.25")));
        assertThat(parts).containsExactly(Money.of("0.11", "USD"), Money.of("0.20", "USD"), Money.of("0.69", "USD"));
    }

    @Test
    void mirrorsACreditExactly() {
        // -10.00 is split as 10.00 (3.34, 3.33, 3.33) and negated.
        assertThat(Allocation.split(Money.of("-10.00", "USD"), 1, 1, 1))
                .containsExactly(Money.of("-3.34", "USD"), Money.of("-3.33", "USD"), Money.of("-3.33", "USD"));
    }

    @Test
    void zeroWeightGetsNothing() {
        // 7 cents by 0, 2, 5: 7*2/7 = 2, 7*5/7 = 5, exact.
        assertThat(Allocation.split(Money.of("0.07", "USD"), 0, 2, 5))
                .containsExactly(Money.of("0.00", "USD"), Money.of("0.02", "USD"), Money.of("0.05", "USD"));
    }

    @Test
    void rejectsAllZeroEmptyAndNegativeWeights() {
        assertThatThrownBy(() -> Allocation.split(Money.of("5.00", "USD"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights are all zero (2 parts): nothing to split 5.00 USD by")
                .hasMessageContaining("Allocation.evenly");
        assertThatThrownBy(() -> Allocation.split(Money.of("5.00", "USD"), new long[0]))
                .hasMessageContaining("weights are empty");
        assertThatThrownBy(() -> Allocation.split(Money.of("5.00", "USD"), List.of(BigDecimal.ONE, new BigDecimal("-2"))))
                .hasMessage("weights[1] (-2) must be a number >= 0");
    }

    @Test
    void splitsEvenlyWithLeftoverToFirstParts() {
        // 1001 yen in 4: 250 each = 1000, one yen left to the first part (JPY has no minor digits).
        assertThat(Allocation.evenly(new Money(new BigDecimal("1001"), JPY), 4))
                .extracting(Money::minorUnits).containsExactly(251L, 250L, 250L, 250L);
    }

    @Test
    void byKeyBreaksTiesBySmallerKey() {
        // 0.05 USD between "b" and "a" with equal weights: 2.5 cents each, the leftover cent goes to key "a".
        var parts = Allocation.byKey(Money.of("0.05", "USD"), Map.of("b", BigDecimal.ONE, "a", BigDecimal.ONE));
        assertThat(parts).containsExactly(Map.entry("a", Money.of("0.03", "USD")), Map.entry("b", Money.of("0.02", "USD")));
    }

    @Test
    void roundsBillLinesToTheRoundedTotal() {
        // Three cloud lines of 0.333333 USD: exact sum 0.999999 -> 1.00 USD. Floors 33+33+33 = 99 cents, one cent to
        // the largest fraction (all .3333, tie -> index 0): 0.34, 0.33, 0.33. Rounding each line alone would give 0.99.
        List<Money> parts = Allocation.roundToTotal(List.of(new BigDecimal("0.333333"), new BigDecimal("0.333333"),
                new BigDecimal("0.333333")), USD);
        assertThat(parts).containsExactly(Money.of("0.34", "USD"), Money.of("0.33", "USD"), Money.of("0.33", "USD"));
    }

    @Test
    void roundsCreditsAndChargesTogether() {
        // 1.005 + (-0.004) = 1.001 -> 1.00. Minor units 100.5 and -0.4: floors 100 and -1 = 99; one cent missing
        // goes to the largest fraction: 0.6 (of -0.4 = -1 + 0.6) beats 0.5: 1.00 and 0.00.
        List<Money> parts = Allocation.roundToTotal(List.of(new BigDecimal("1.005"), new BigDecimal("-0.004")), USD);
        assertThat(parts).containsExactly(Money.of("1.00", "USD"), Money.of("0.00", "USD"));
    }

    @Test
    void fallsBackToBigIntegersWhenProductsOverflow() {
        // 9e16 cents by weights 1 and 2 with a weight sum far above 2^63 / 9e16: exact thirds 3e16 and 6e16.
        long big = 3_000_000_000_000L;
        long[] parts = Allocation.splitMinor(90_000_000_000_000_000L, new long[] {big, 2 * big});
        assertThat(parts).containsExactly(30_000_000_000_000_000L, 60_000_000_000_000_000L);
    }

    @Test
    void splitsTheSmallestLongTotal() {
        // Long.MIN_VALUE = -2^63 = -9223372036854775808 has no positive long: |T| = 2^63 is split in BigInteger and
        //   negated before it becomes a long. One weight: the whole total. Weights 1 and 1: 2^62 each, negated.
        //   Weights 1 and 2: 2^63 / 3 = 3074457345618258602.67 and 6148914691236517205.33 -> floors
        //   3074457345618258602 + 6148914691236517205 = 9223372036854775807, one unit left to the larger
        //   remainder .67 (index 0): 3074457345618258603 and 6148914691236517205, negated.
        assertThat(Allocation.splitMinor(Long.MIN_VALUE, new long[] {1})).containsExactly(Long.MIN_VALUE);
        assertThat(Allocation.splitMinor(Long.MIN_VALUE, new long[] {1, 1}))
                .containsExactly(-4_611_686_018_427_387_904L, -4_611_686_018_427_387_904L);
        assertThat(Allocation.splitMinor(Long.MIN_VALUE, new long[] {1, 2}))
                .containsExactly(-3_074_457_345_618_258_603L, -6_148_914_691_236_517_205L);
        assertThat(Allocation.split(Money.ofMinor(Long.MIN_VALUE, Currency.getInstance("USD")),
                List.of(BigDecimal.ONE, BigDecimal.ZERO))).extracting(Money::minorUnits)
                .containsExactly(Long.MIN_VALUE, 0L);
    }

    /** Was: a bare "ArithmeticException: Overflow" from longValueExact (#10): the message names the amount. */
    @Test
    void roundingAnAmountBeyondALongOfMinorUnitsNamesIt() {
        assertThatThrownBy(() -> Allocation.roundToTotal(List.of(new BigDecimal("14.97"), new BigDecimal("1e30")), USD))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("exact[1] (1000000000000000000000000000000 USD) is too large to be counted in minor units "
                        + "of USD (at most 92233720368547758.07)");
        // Each amount fits (9e16 USD = 9e18 cents < 9.22e18), their sum does not.
        assertThatThrownBy(() -> Allocation.roundToTotal(List.of(new BigDecimal("9e16"), new BigDecimal("9e16")), USD))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("the sum of exact[0..1] is too large to be counted in minor units of USD");
    }
}
