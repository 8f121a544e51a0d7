package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The engine's sums of minor units never wrap: a sum beyond a long's range is an input error. */
class ChargebackEngineSumTest {

    @Test
    void sumsInRangeAreExact() {
        assertThat(ChargebackEngine.sum(5, -3)).isEqualTo(2);
        assertThat(ChargebackEngine.sum(Long.MAX_VALUE, -1)).isEqualTo(9_223_372_036_854_775_806L);
        assertThat(ChargebackEngine.sum(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void aSumBeyondALongIsAnErrorNotAWrappedTotal() {
        // Long.MAX_VALUE + 1 would wrap to Long.MIN_VALUE; Long.MIN_VALUE - 1 to Long.MAX_VALUE.
        assertThatThrownBy(() -> ChargebackEngine.sum(Long.MAX_VALUE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("implausible amounts");
        assertThatThrownBy(() -> ChargebackEngine.sum(Long.MIN_VALUE, -1))
                .isInstanceOf(IllegalArgumentException.class);
        // 100 amounts of 1e15 EUR are 1e17 cents each: 92 of them pass 9.22e18.
        long total = 0;
        long cents = 100_000_000_000_000_000L;
        for (int i = 0; i < 92; i++) {
            total = ChargebackEngine.sum(total, cents);
        }
        assertThat(total).isEqualTo(9_200_000_000_000_000_000L);
        long before = total;
        assertThatThrownBy(() -> ChargebackEngine.sum(before, cents)).isInstanceOf(IllegalArgumentException.class);
    }
}
