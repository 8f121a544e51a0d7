package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Break-even from cumulative flows, by month-start / spread / month-end timing rows. */
class CrossingTest {

    private static double[][] flows(double startOfMonth0, double spreadPerMonth, int months) {
        double[][] f = new double[3][months];
        f[0][0] = startOfMonth0;
        for (int m = 0; m < months; m++) {
            f[1][m] = spreadPerMonth;
        }
        return f;
    }

    @Test
    void equalFlowsSummedInAnotherOrderDoNotBreakEven() {
        // Regression (generated variant 37820): a 3-year commitment of zero instances has on-demand's flows; summed in
        // another order they differ by ~1e-12, and the sign of that noise made a 'break-even' appear.
        double[][] a = flows(0, 1000.1, 12);
        double[][] b = flows(0, 1000.1, 12);
        b[1][3] += 1e-10;
        b[1][7] -= 2e-10;
        assertThat(Results.crossing(a, b, 730)).isNull();
    }

    @Test
    void aRealCrossingIsFoundInItsMonth() {
        // a: 10,000 upfront then 100 a month; b: 600 a month. Cumulative a - b: 10,000 - 500 m at the end of month m,
        // zero after 20 months: the crossing is in month 20 (1-based), at hour 20 x 730 = 14,600.
        double[][] a = flows(10_000, 100, 36);
        double[][] b = flows(0, 600, 36);
        double[] c = Results.crossing(a, b, 730);
        assertThat(c).isNotNull();
        assertThat(c[0]).isEqualTo(1.0);
        assertThat(c[1]).isCloseTo(14_600, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(c[2]).isEqualTo(20.0);
    }
}
