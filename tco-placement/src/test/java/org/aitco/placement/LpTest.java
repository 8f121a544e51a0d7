package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link Lp} on linear programs solved by hand: points, certified bounds, infeasibility, unboundedness. */
class LpTest {

    @Test
    void aTwoVariableMaximumAtAVertex() {
        // min -x - 2y, x + y <= 4, 0 <= x <= 3, 0 <= y <= 2: the vertex (2, 2), cost -6. Dual: y1 = -1 on the row,
        // reduced costs (-1 + 1, -2 + 1) = (0, -1), y at its upper bound 2: bound = -4 - 2 = -6.
        Lp lp = new Lp(2).cost(0, -1).cost(1, -2).bounds(0, 0, 3).bounds(1, 0, 2);
        int r = lp.row(Lp.Sense.LE, 4);
        lp.add(r, 0, 1).add(r, 1, 1);
        Lp.Solution s = lp.solve();
        assertThat(s.status()).isEqualTo(Lp.Status.OPTIMAL);
        assertThat(s.x()).containsExactly(new double[] {2, 2}, within(1e-12));
        assertThat(s.value()).isCloseTo(-6, within(1e-12));
        assertThat(s.bound()).isCloseTo(-6, within(1e-12)).isLessThanOrEqualTo(s.value());
    }

    @Test
    void equalityAndGreaterRowsWithShiftedBounds() {
        // min x + y + 3z, x + 2y = 4, x - y >= -1, x + z >= 2, 1 <= z <= 5, x, y >= 0.
        // y = (4 - x) / 2; y <= x + 1 gives x >= 2/3; z = max(1, 2 - x). Cost x/2 + 2 + 3 max(1, 2 - x):
        // 8 - 2.5 x on [2/3, 1] (falling), x/2 + 5 above 1 (rising): least at x = 1, y = 1.5, z = 1, cost 5.5.
        Lp lp = new Lp(3).cost(0, 1).cost(1, 1).cost(2, 3).bounds(2, 1, 5);
        int eq = lp.row(Lp.Sense.EQ, 4);
        lp.add(eq, 0, 1).add(eq, 1, 2);
        int ge = lp.row(Lp.Sense.GE, -1);
        lp.add(ge, 0, 1).add(ge, 1, -1);
        int ge2 = lp.row(Lp.Sense.GE, 2);
        lp.add(ge2, 0, 1).add(ge2, 2, 1);
        Lp.Solution s = lp.solve();
        assertThat(s.status()).isEqualTo(Lp.Status.OPTIMAL);
        assertThat(s.value()).isCloseTo(5.5, within(1e-9));
        assertThat(s.x()).containsExactly(new double[] {1, 1.5, 1}, within(1e-9));
        assertThat(s.bound()).isCloseTo(5.5, within(1e-9)).isLessThanOrEqualTo(s.value() + 1e-12);
    }

    @Test
    void aFreeVariableAndANegativeLowerBound() {
        // min x - y, x free, -3 <= y <= -1, x >= 2y + 1 (x - 2y >= 1): x = 2y + 1, cost y + 1, least at y = -3: -2.
        Lp lp = new Lp(2).cost(0, 1).cost(1, -1).bounds(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .bounds(1, -3, -1);
        int r = lp.row(Lp.Sense.GE, 1);
        lp.add(r, 0, 1).add(r, 1, -2);
        Lp.Solution s = lp.solve();
        assertThat(s.status()).isEqualTo(Lp.Status.OPTIMAL);
        assertThat(s.x()).containsExactly(new double[] {-5, -3}, within(1e-9));
        assertThat(s.value()).isCloseTo(-2, within(1e-9));
        assertThat(s.bound()).isCloseTo(-2, within(1e-9));
    }

    @Test
    void infeasibilityIsProven() {
        // x + y >= 3 with 0 <= x, y <= 1: at most 2.
        Lp lp = new Lp(2).cost(0, 1).bounds(0, 0, 1).bounds(1, 0, 1);
        int r = lp.row(Lp.Sense.GE, 3);
        lp.add(r, 0, 1).add(r, 1, 1);
        Lp.Solution s = lp.solve();
        assertThat(s.status()).isEqualTo(Lp.Status.INFEASIBLE);
        assertThat(s.bound()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void crossedBoundsAreInfeasible() {
        Lp lp = new Lp(1).bounds(0, 2, 1);
        assertThat(lp.solve().status()).isEqualTo(Lp.Status.INFEASIBLE);
    }

    @Test
    void unboundedIsMinusInfinity() {
        // min -x, x - y <= 1, x, y >= 0: x = y + 1 grows without end.
        Lp lp = new Lp(2).cost(0, -1);
        int r = lp.row(Lp.Sense.LE, 1);
        lp.add(r, 0, 1).add(r, 1, -1);
        Lp.Solution s = lp.solve();
        assertThat(s.status()).isEqualTo(Lp.Status.UNBOUNDED);
        assertThat(s.bound()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void anyMultipliersGiveAValidBoundAndWrongOnesAWeakerOne() {
        // min x + y, x + y >= 2, 0 <= x, y <= 5: optimum 2 with y = 1 on the row (reduced costs 0).
        Lp lp = new Lp(2).cost(0, 1).cost(1, 1).bounds(0, 0, 5).bounds(1, 0, 5);
        int r = lp.row(Lp.Sense.GE, 2);
        lp.add(r, 0, 1).add(r, 1, 1);
        double[] c = {1, 1};
        assertThat(lp.bound(c, new double[] {1})).isCloseTo(2, within(1e-12));
        // y = 0.5: 0.5 * 2 + min over [0, 5] of 0.5 x twice = 1.
        assertThat(lp.bound(c, new double[] {0.5})).isCloseTo(1, within(1e-12));
        // y = 3: 6 + (1 - 3) * 5 twice = -14.
        assertThat(lp.bound(c, new double[] {3})).isCloseTo(-14, within(1e-12));
        // y = -1 has the wrong sign for a >= row: clamped to 0, bound 0.
        assertThat(lp.bound(c, new double[] {-1})).isCloseTo(0, within(1e-12));
    }

    @Test
    void anInfiniteBoundWithAWrongReducedCostUsesAnImpliedBoundOrGivesMinusInfinity() {
        // min x, x - y <= 0 (x <= y), y <= 4, x >= 0 with no upper bound: implied x <= 4.
        Lp lp = new Lp(2).cost(0, 1).bounds(1, 0, 4);
        int r = lp.row(Lp.Sense.LE, 0);
        lp.add(r, 0, 1).add(r, 1, -1);
        double[] c = {1, 0};
        // y = -2 (valid sign for <=): reduced costs (1 + 2, 0 - 2) = (3, -2): 3 * 0 + (-2) * 4 = -8.
        assertThat(lp.bound(c, new double[] {-2})).isCloseTo(-8, within(1e-9));
        // Without y's upper bound nothing bounds x or y above: minus infinity.
        lp.bounds(1, 0, Double.POSITIVE_INFINITY);
        assertThat(lp.bound(c, new double[] {-2})).isEqualTo(Double.NEGATIVE_INFINITY);
        // With y = 0 every reduced cost has the right sign: bound 0, the optimum.
        assertThat(lp.bound(c, new double[] {0})).isZero();
    }

    @Test
    void aPointOffItsRowsIsNotFeasible() {
        Lp lp = new Lp(2).bounds(0, 0, 1).bounds(1, 0, 1);
        int r = lp.row(Lp.Sense.EQ, 1);
        lp.add(r, 0, 1).add(r, 1, 1);
        assertThat(lp.feasible(new double[] {0.5, 0.5})).isTrue();
        assertThat(lp.feasible(new double[] {0.5, 0.5 + 1e-12})).isTrue();
        assertThat(lp.feasible(new double[] {0.5, 0.5 + 1e-6})).isFalse();
        assertThat(lp.feasible(new double[] {1.5, -0.5})).isFalse();
    }

    @Test
    void badNumbersAreRefusedWithTheirValue() {
        Lp lp = new Lp(1);
        assertThatThrownBy(() -> lp.cost(0, Double.NaN)).hasMessageContaining("cost[0] (NaN)");
        assertThatThrownBy(() -> lp.bounds(0, Double.POSITIVE_INFINITY, 1)).hasMessageContaining("(Infinity, 1.0)");
        assertThatThrownBy(() -> lp.row(Lp.Sense.LE, Double.NaN)).hasMessageContaining("rhs of row 0 (NaN)");
    }
}
