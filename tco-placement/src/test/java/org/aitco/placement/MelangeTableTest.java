package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.json.MelangeConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mélange's public example over rates 1 to 128 requests/s and slice factors 1, 2, 4, 8: the oracle's optimum is the
 * published table (proven optima, to the cent), and the optimiser must reach it and prove it.
 */
class MelangeTableTest {
    static final int[] RATES = {1, 2, 4, 8, 16, 30, 32, 64, 128};
    static final int[] SLICE_FACTORS = {1, 2, 4, 8};
    /**
     * Proven optimal cost per hour, by rate (rows) and slice factor (columns), for the example's GPUs and distribution;
     * from the table published with the example (an exact MIP on a symmetry-free formulation and enumeration).
     */
    static final double[][] PUBLISHED = {
            {1.01, 1.01, 1.01, 1.01},
            {1.01, 1.01, 1.01, 1.01},
            {2.02, 2.02, 2.02, 2.02},
            {3.67, 3.67, 3.67, 3.67},
            {3.67, 3.67, 3.67, 3.67},
            {6.70, 5.69, 5.69, 5.69},
            {7.34, 5.69, 5.69, 5.69},
            {11.01, 11.01, 11.01, 11.01},
            {18.35, 18.35, 18.35, 18.35}};

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int r = 0; r < RATES.length; r++) {
            for (int k = 0; k < SLICE_FACTORS.length; k++) {
                out.add(Arguments.of(RATES[r], SLICE_FACTORS[k], PUBLISHED[r][k]));
            }
        }
        return out;
    }

    static MelangeConfig config(int rate, int k) {
        return MelangeTest.EXAMPLE.withTotalRequestRate(rate).withSliceFactor(k);
    }

    @ParameterizedTest(name = "rate {0}, k = {1}: {2} per hour")
    @MethodSource("cases")
    void theOracleFindsThePublishedOptimum(int rate, int k, double published) {
        Oracle.Result r = MelangeTest.oracle(config(rate, k));
        assertThat(r.optimal()).isTrue();
        assertThat(Math.abs(r.cost() / Melange.HOURS - published)).as("oracle %s per hour", r.cost() / Melange.HOURS)
                .isLessThan(0.005);
    }

    @ParameterizedTest(name = "rate {0}, k = {1}: {2} per hour")
    @MethodSource("cases")
    void theOptimiserIsNeverBelowTheOptimum(int rate, int k, double published) {
        MelangeAllocation a = Melange.optimise(config(rate, k));
        assertThat(a.costPerHour()).isGreaterThanOrEqualTo(published - 1e-9);
    }

    @ParameterizedTest(name = "rate {0}, k = {1}: {2} per hour")
    @MethodSource("cases")
    void theOptimiserFindsAndProvesTheOptimum(int rate, int k, double published) {
        MelangeAllocation a = Melange.optimise(config(rate, k));
        Oracle.Result oracle = MelangeTest.oracle(config(rate, k));
        assertThat(a.costPerHour()).isCloseTo(oracle.cost() / Melange.HOURS,
                org.assertj.core.api.Assertions.within(1e-6 * published));
        assertThat(Math.abs(a.costPerHour() - published)).isLessThan(0.005);
        assertThat(a.status()).isInstanceOf(PlanStatus.Optimal.class);
    }
}
