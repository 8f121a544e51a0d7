package org.aitco.placement;

import java.util.Arrays;

/**
 * A linear program {@code min c x} subject to rows {@code a_i x (<=, =, >=) b_i} and bounds {@code l <= x <= u},
 * held in double arrays, solved by ojAlgo's simplex ({@link Ojalgo#simplex}) and checked with our own arithmetic.
 *
 * <p>What an answer proves:
 * <ul>
 *   <li>{@link Status#OPTIMAL}: the point satisfies every bound and every row within {@link #TOLERANCE} (relative to
 *   the row's size: {@code max(1, |b_i|, sum_j |a_ij x_j|)}); otherwise the answer is not used (FAILED).
 *   {@link Solution#bound()} is a lower bound of the LP's optimum by weak duality, whatever the multipliers ojAlgo
 *   returned: for any {@code y} with {@code y_i >= 0} on {@code >=} rows, {@code y_i <= 0} on {@code <=} rows,
 *   {@code c x = y A x + (c - A'y) x >= sum_i y_i b_i + sum_j min over [l_j, u_j] of (c_j - a_j'y) x_j} for every
 *   feasible x. ojAlgo's multipliers are clamped to those signs, so a wrong one only weakens the bound. A reduced
 *   cost of the wrong sign on an infinite bound uses a finite bound implied by one row and the other variables'
 *   bounds, or makes the bound minus infinity. The sum is lowered by an allowance for double rounding
 *   ({@code (m + n + 4) 2^-52} times the sum of the magnitudes involved).</li>
 *   <li>{@link Status#INFEASIBLE}: proven by the same certificate on the phase-one problem (least total violation
 *   of the rows within the bounds they imply): its bound is above zero, so no point meets every row exactly; or by
 *   implied bounds that cross. Bounds with {@code l_j > u_j} are infeasible outright.</li>
 *   <li>{@link Status#UNBOUNDED}: ojAlgo's word when phase one (above) does not prove the LP infeasible (ojAlgo
 *   has called infeasible LPs unbounded); no ray is checked, and the bound is minus infinity, always valid.</li>
 *   <li>{@link Status#FAILED}: anything else (an answer that did not check out, an infeasibility not proven).</li>
 * </ul>
 *
 * <p>Rows and bounds may be changed between solves ({@link #rhs}, {@link #bounds}); {@link #copy()} keeps the
 * matrix of a problem whose structure repeats.
 */
final class Lp {

    enum Sense { LE, EQ, GE }

    enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED, FAILED }

    /**
     * An answer: the status, the point (checked, for OPTIMAL; else null), its cost {@code c x}, and a proven lower
     * bound of the LP's optimum (plus infinity when proven infeasible, minus infinity when nothing is proven).
     */
    record Solution(Status status, double[] x, double value, double bound) {
    }

    /** Relative tolerance of the check of a point against its rows and bounds. */
    static final double TOLERANCE = 1e-9;

    private static final double UNIT_ROUNDOFF = 0x1p-52;

    private int n;
    private double[] cost;
    private double[] lower;
    private double[] upper;
    private int m;
    private Sense[] sense;
    private double[] rhs;
    private int[][] index;
    private double[][] value;
    private int[] size;

    /** A problem of {@code variables} variables, each with cost 0 and bounds {@code [0, +infinity)}, and no rows. */
    Lp(int variables) {
        if (variables < 0) {
            throw new IllegalArgumentException("variables (%s) must be >= 0".formatted(variables));
        }
        n = variables;
        cost = new double[n];
        lower = new double[n];
        upper = new double[n];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        sense = new Sense[4];
        rhs = new double[4];
        index = new int[4][];
        value = new double[4][];
        size = new int[4];
    }

    private Lp(Lp o) {
        n = o.n;
        cost = o.cost.clone();
        lower = o.lower.clone();
        upper = o.upper.clone();
        m = o.m;
        sense = o.sense.clone();
        rhs = o.rhs.clone();
        size = o.size.clone();
        index = new int[o.index.length][];
        value = new double[o.value.length][];
        for (int i = 0; i < m; i++) {
            index[i] = o.index[i].clone();
            value[i] = o.value[i].clone();
        }
    }

    /** Adds a variable with cost c and bounds {@code [lo, hi]}; returns its index. */
    int variable(double c, double lo, double hi) {
        if (n == cost.length) {
            int cap = Math.max(4, 2 * n);
            cost = Arrays.copyOf(cost, cap);
            lower = Arrays.copyOf(lower, cap);
            upper = Arrays.copyOf(upper, cap);
        }
        int j = n++;
        try {
            cost(j, c).bounds(j, lo, hi);
        } catch (IllegalArgumentException e) {
            n--;
            throw e;
        }
        return j;
    }

    /** The variables of row i with a coefficient (length {@link #rowSize}). */
    int[] rowIndex(int i) {
        return index[i];
    }

    double[] rowValue(int i) {
        return value[i];
    }

    int rowSize(int i) {
        return size[i];
    }

    /** A copy with its own bounds, costs, right-hand sides and rows. */
    Lp copy() {
        return new Lp(this);
    }

    int variables() {
        return n;
    }

    int rows() {
        return m;
    }

    Lp cost(int j, double c) {
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException("cost[%d] (%s) must be finite".formatted(j, c));
        }
        cost[j] = c;
        return this;
    }

    double cost(int j) {
        return cost[j];
    }

    /** Sets {@code lo <= x_j <= hi}; {@code lo} may be minus infinity, {@code hi} plus infinity. */
    Lp bounds(int j, double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("bounds of x[%d] (%s, %s) must be numbers, lower below +infinity and "
                    .formatted(j, lo, hi) + "upper above -infinity");
        }
        lower[j] = lo;
        upper[j] = hi;
        return this;
    }

    double lower(int j) {
        return lower[j];
    }

    double upper(int j) {
        return upper[j];
    }

    /** Adds an empty row {@code (sense) b}; returns its index. */
    int row(Sense s, double b) {
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("rhs of row %d (%s) must be finite".formatted(m, b));
        }
        if (m == sense.length) {
            int cap = 2 * m;
            sense = Arrays.copyOf(sense, cap);
            rhs = Arrays.copyOf(rhs, cap);
            index = Arrays.copyOf(index, cap);
            value = Arrays.copyOf(value, cap);
            size = Arrays.copyOf(size, cap);
        }
        sense[m] = s;
        rhs[m] = b;
        index[m] = new int[4];
        value[m] = new double[4];
        return m++;
    }

    /** Adds {@code a} to the coefficient of x_j in row i. */
    Lp add(int i, int j, double a) {
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("coefficient of x[%d] in row %d (%s) must be finite".formatted(j, i, a));
        }
        if (j < 0 || j >= n) {
            throw new IllegalArgumentException("variable %d is not in 0..%d".formatted(j, n - 1));
        }
        for (int k = 0; k < size[i]; k++) {
            if (index[i][k] == j) {
                value[i][k] += a;
                return this;
            }
        }
        if (size[i] == index[i].length) {
            index[i] = Arrays.copyOf(index[i], 2 * size[i]);
            value[i] = Arrays.copyOf(value[i], 2 * size[i]);
        }
        index[i][size[i]] = j;
        value[i][size[i]++] = a;
        return this;
    }

    /** Sets the right-hand side of row i. */
    Lp rhs(int i, double b) {
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("rhs of row %d (%s) must be finite".formatted(i, b));
        }
        rhs[i] = b;
        return this;
    }

    /** Row i as a dense array of coefficients. */
    double[] row(int i) {
        double[] a = new double[n];
        for (int k = 0; k < size[i]; k++) {
            a[index[i][k]] += value[i][k];
        }
        return a;
    }

    double rhs(int i) {
        return rhs[i];
    }

    Sense sense(int i) {
        return sense[i];
    }

    /** The problem in a person's notation: {@code min ...}, one row a line, then the bounds. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("min");
        for (int j = 0; j < n; j++) {
            b.append(' ').append(cost[j] < 0 ? '-' : '+').append(' ').append(Math.abs(cost[j])).append(" x").append(j);
        }
        for (int i = 0; i < m; i++) {
            b.append('\n');
            for (int k = 0; k < size[i]; k++) {
                b.append(value[i][k] < 0 ? "- " : "+ ").append(Math.abs(value[i][k])).append(" x").append(index[i][k])
                        .append(' ');
            }
            b.append(switch (sense[i]) {
                case LE -> "<=";
                case EQ -> "=";
                case GE -> ">=";
            }).append(' ').append(rhs[i]);
        }
        for (int j = 0; j < n; j++) {
            b.append('\n').append(lower[j]).append(" <= x").append(j).append(" <= ").append(upper[j]);
        }
        return b.toString();
    }

    /** {@code c x}. */
    double objective(double[] x) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += cost[j] * x[j];
        }
        return s;
    }

    /** Solves and checks (see the class comment). */
    Solution solve() {
        for (int j = 0; j < n; j++) {
            if (lower[j] > upper[j]) {
                return new Solution(Status.INFEASIBLE, null, Double.NaN, Double.POSITIVE_INFINITY);
            }
        }
        Ojalgo.Simplex r = simplex();
        switch (r.state()) {
            case "OPTIMAL":
            case "DISTINCT":
                return optimal(r);
            case "INFEASIBLE":
                return provenInfeasible()
                        ? new Solution(Status.INFEASIBLE, null, Double.NaN, Double.POSITIVE_INFINITY)
                        : failed();
            case "UNBOUNDED":
                // ojAlgo has said UNBOUNDED of an infeasible LP: ask phase one first.
                return provenInfeasible()
                        ? new Solution(Status.INFEASIBLE, null, Double.NaN, Double.POSITIVE_INFINITY)
                        : new Solution(Status.UNBOUNDED, null, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
            default:
                return failed();
        }
    }

    private static Solution failed() {
        return new Solution(Status.FAILED, null, Double.NaN, Double.NEGATIVE_INFINITY);
    }

    private Solution optimal(Ojalgo.Simplex r) {
        double[] x = r.x() == null ? null : toModel(r.x());
        if (x == null || !feasible(x)) {
            return failed();
        }
        return new Solution(Status.OPTIMAL, x, objective(x), bound(cost, multipliers(r)));
    }

    /** ojAlgo's multipliers of the model's rows (zero when it gave none; upper-bound rows are not needed). */
    private double[] multipliers(Ojalgo.Simplex r) {
        double[] y = new double[m];
        if (r.multipliers() != null) {
            for (int i = 0; i < m; i++) {
                double v = r.multipliers()[rowPosition[i]];
                y[i] = sense[i] == Sense.GE ? -v : v; // a >= row went to ojAlgo negated
            }
        }
        return y;
    }

    /** Whether x meets every bound and row within the tolerance; x is moved onto bounds it misses by less. */
    boolean feasible(double[] x) {
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(x[j])) {
                return false;
            }
            if (x[j] < lower[j]) {
                if (lower[j] - x[j] > TOLERANCE * Math.max(1, Math.abs(lower[j]))) {
                    return false;
                }
                x[j] = lower[j];
            }
            if (x[j] > upper[j]) {
                if (x[j] - upper[j] > TOLERANCE * Math.max(1, Math.abs(upper[j]))) {
                    return false;
                }
                x[j] = upper[j];
            }
        }
        for (int i = 0; i < m; i++) {
            double s = 0;
            double scale = Math.max(1, Math.abs(rhs[i]));
            for (int k = 0; k < size[i]; k++) {
                double t = value[i][k] * x[index[i][k]];
                s += t;
                scale = Math.max(scale, Math.abs(t));
            }
            double violation = switch (sense[i]) {
                case LE -> s - rhs[i];
                case GE -> rhs[i] - s;
                case EQ -> Math.abs(s - rhs[i]);
            };
            if (!(violation <= TOLERANCE * scale)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The weak-duality bound {@code sum_i y_i b_i + sum_j min over [l_j, u_j] of (c_j - a_j'y) x_j} for costs
     * {@code c}, with each {@code y_i} clamped to its valid sign, less a rounding allowance.
     */
    double bound(double[] c, double[] multipliers) {
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double v = Double.isFinite(multipliers[i]) ? multipliers[i] : 0;
            y[i] = switch (sense[i]) {
                case LE -> Math.min(0, v);
                case GE -> Math.max(0, v);
                case EQ -> v;
            };
        }
        double[] d = reducedCosts(c, y);
        double theta = 1;
        for (int j = 0; j < n; j++) {
            boolean wrong = d[j] < 0 && upper[j] == Double.POSITIVE_INFINITY
                    || d[j] > 0 && lower[j] == Double.NEGATIVE_INFINITY;
            if (wrong && (c[j] > 0) == (d[j] < 0) && c[j] != 0) {
                // c_j - theta a_j'y has the right sign for theta <= c_j / (c_j - d_j), a number in (0, 1):
                // a multiplier of 1.0000000000000004 where 1 is meant costs a factor, not the whole bound.
                theta = Math.min(theta, c[j] / (c[j] - d[j]) * (1 - 1e-12));
            }
        }
        if (theta < 1) {
            double[] scaled = new double[m];
            for (int i = 0; i < m; i++) {
                scaled[i] = theta * y[i];
            }
            double b = evaluate(c, scaled, reducedCosts(c, scaled));
            if (b > Double.NEGATIVE_INFINITY) {
                return Math.max(b, evaluate(c, y, d));
            }
        }
        return evaluate(c, y, d);
    }

    /** {@code c_j - a_j'y} for every j. */
    private double[] reducedCosts(double[] c, double[] y) {
        double[] d = c.clone();
        for (int i = 0; i < m; i++) {
            if (y[i] != 0) {
                for (int k = 0; k < size[i]; k++) {
                    d[index[i][k]] -= value[i][k] * y[i];
                }
            }
        }
        return d;
    }

    /**
     * {@code sum_i y_i b_i + sum_j min over [l_j, u_j] of d_j x_j} less the rounding allowance, for y of valid
     * signs and its reduced costs d; an infinite bound on the wrong side uses an implied one, or gives minus
     * infinity.
     */
    private double evaluate(double[] c, double[] y, double[] d) {
        double[] magnitude = new double[n];
        for (int j = 0; j < n; j++) {
            magnitude[j] = Math.abs(c[j]);
        }
        double sum = 0;
        double scale = 0;
        for (int i = 0; i < m; i++) {
            if (y[i] == 0) {
                continue;
            }
            sum += y[i] * rhs[i];
            scale += Math.abs(y[i] * rhs[i]);
            for (int k = 0; k < size[i]; k++) {
                magnitude[index[i][k]] += Math.abs(value[i][k] * y[i]);
            }
        }
        double[][] implied = null;
        for (int j = 0; j < n; j++) {
            if (d[j] == 0) {
                continue;
            }
            double at = d[j] > 0 ? lower[j] : upper[j];
            if (Double.isInfinite(at)) {
                if (implied == null) {
                    implied = impliedBounds();
                }
                at = d[j] > 0 ? implied[0][j] : implied[1][j];
                if (Double.isInfinite(at)) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            sum += d[j] * at;
            scale += magnitude[j] * Math.abs(at);
        }
        return sum - (m + n + 4) * UNIT_ROUNDOFF * scale;
    }

    /** Rounds of bound propagation in {@link #impliedBounds()}. */
    private static final int PROPAGATION_ROUNDS = 4;

    /**
     * Bounds of each variable implied by the rows: {@code [0][j]} lower, {@code [1][j]} upper. Each round takes every
     * row alone with the bounds so far ({@code a_ij x_j <= b_i - least activity of the others} for {@code <=} rows,
     * the mirror for {@code >=}, both for {@code =}); each new bound is moved outward by a relative 1e-12 of the
     * magnitudes involved, against rounding. Valid for every point that meets the rows and declared bounds; a lower
     * bound above an upper one proves that there is no such point.
     */
    double[][] impliedBounds() {
        double[] lo = lower.clone();
        double[] hi = upper.clone();
        for (int round = 0; round < PROPAGATION_ROUNDS; round++) {
            double[] l0 = lo.clone();
            double[] h0 = hi.clone();
            boolean changed = false;
            for (int i = 0; i < m; i++) {
                // Least and greatest activity of the row, the number of infinite terms in each, and their size.
                double minAct = 0;
                double maxAct = 0;
                double magnitude = Math.abs(rhs[i]);
                int minInf = 0;
                int maxInf = 0;
                for (int k = 0; k < size[i]; k++) {
                    double a = value[i][k];
                    int j = index[i][k];
                    double l = a > 0 ? l0[j] : h0[j];
                    double u = a > 0 ? h0[j] : l0[j];
                    if (Double.isInfinite(l)) {
                        minInf++;
                    } else {
                        minAct += a * l;
                        magnitude += Math.abs(a * l);
                    }
                    if (Double.isInfinite(u)) {
                        maxInf++;
                    } else {
                        maxAct += a * u;
                        magnitude += Math.abs(a * u);
                    }
                }
                for (int k = 0; k < size[i]; k++) {
                    double a = value[i][k];
                    if (a == 0) {
                        continue;
                    }
                    int j = index[i][k];
                    double l = a > 0 ? l0[j] : h0[j];
                    double u = a > 0 ? h0[j] : l0[j];
                    double margin = 1e-12 * (1 + magnitude) / Math.abs(a);
                    if (sense[i] != Sense.GE) {
                        // a x_j <= b - (least activity of the others)
                        double others = Double.isInfinite(l) ? (minInf == 1 ? minAct : Double.NaN)
                                : (minInf == 0 ? minAct - a * l : Double.NaN);
                        if (!Double.isNaN(others)) {
                            double v = (rhs[i] - others) / a;
                            if (a > 0 && v + margin + 1e-12 * Math.abs(v) < hi[j]) {
                                hi[j] = v + margin + 1e-12 * Math.abs(v);
                                changed = true;
                            } else if (a < 0 && v - margin - 1e-12 * Math.abs(v) > lo[j]) {
                                lo[j] = v - margin - 1e-12 * Math.abs(v);
                                changed = true;
                            }
                        }
                    }
                    if (sense[i] != Sense.LE) {
                        // a x_j >= b - (greatest activity of the others)
                        double others = Double.isInfinite(u) ? (maxInf == 1 ? maxAct : Double.NaN)
                                : (maxInf == 0 ? maxAct - a * u : Double.NaN);
                        if (!Double.isNaN(others)) {
                            double v = (rhs[i] - others) / a;
                            if (a > 0 && v - margin - 1e-12 * Math.abs(v) > lo[j]) {
                                lo[j] = v - margin - 1e-12 * Math.abs(v);
                                changed = true;
                            } else if (a < 0 && v + margin + 1e-12 * Math.abs(v) < hi[j]) {
                                hi[j] = v + margin + 1e-12 * Math.abs(v);
                                changed = true;
                            }
                        }
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return new double[][] {lo, hi};
    }

    /**
     * Infeasibility proven by the phase-one problem: least total violation {@code sum s} of the rows (each row with
     * its own non-negative violation variables) within the bounds the rows imply ({@link #impliedBounds()}, which
     * any point meeting every row meets). A proven lower bound above zero, or implied bounds that cross, say that no
     * point meets every row.
     */
    private boolean provenInfeasible() {
        int extra = 0;
        for (int i = 0; i < m; i++) {
            extra += sense[i] == Sense.EQ ? 2 : 1;
        }
        // A point that meets every row also meets the bounds the rows imply: phase one may keep to them.
        double[][] implied = impliedBounds();
        Lp p = new Lp(n + extra);
        for (int j = 0; j < n; j++) {
            if (implied[0][j] > implied[1][j]) {
                return true;
            }
            p.bounds(j, implied[0][j], implied[1][j]);
        }
        int s = n;
        for (int i = 0; i < m; i++) {
            int r = p.row(sense[i], rhs[i]);
            for (int k = 0; k < size[i]; k++) {
                p.add(r, index[i][k], value[i][k]);
            }
            if (sense[i] != Sense.GE) {
                p.cost(s, 1).add(r, s++, -1);
            }
            if (sense[i] != Sense.LE) {
                p.cost(s, 1).add(r, s++, 1);
            }
        }
        Ojalgo.Simplex r = p.simplex();
        if (!r.state().equals("OPTIMAL") && !r.state().equals("DISTINCT") || r.multipliers() == null) {
            return false;
        }
        // Only the multipliers matter here: the bound holds whatever the point.
        return p.bound(p.cost, p.multipliers(r)) > 0;
    }

    // ojAlgo's form: x_j = shift_j + sign_j * x'_col[j] (x' >= 0), a free x_j as x'_col - x'_(col + 1);
    // fixed variables have no column. Filled by simplex(), read by toModel() and optimal().
    private int[] column;
    private int[] rowPosition;

    private Ojalgo.Simplex simplex() {
        column = new int[n];
        double[] shift = new double[n];
        double[] sign = new double[n];
        int cols = 0;
        for (int j = 0; j < n; j++) {
            if (lower[j] == upper[j]) {
                column[j] = -1;
                shift[j] = lower[j];
            } else if (Double.isFinite(lower[j])) {
                column[j] = cols++;
                shift[j] = lower[j];
                sign[j] = 1;
            } else if (Double.isFinite(upper[j])) {
                column[j] = cols++;
                shift[j] = upper[j];
                sign[j] = -1;
            } else {
                column[j] = cols;
                cols += 2;
                sign[j] = 1;
            }
        }
        freeColumn = new boolean[n];
        for (int j = 0; j < n; j++) {
            freeColumn[j] = column[j] >= 0 && Double.isInfinite(lower[j]) && Double.isInfinite(upper[j]);
        }
        shiftOf = shift;
        signOf = sign;
        double[] c = new double[cols];
        for (int j = 0; j < n; j++) {
            if (column[j] >= 0) {
                c[column[j]] += sign[j] * cost[j];
                if (freeColumn[j]) {
                    c[column[j] + 1] -= cost[j];
                }
            }
        }
        double[] implied = impliedUpper();
        int nLe = 0;
        int nEq = 0;
        for (int i = 0; i < m; i++) {
            if (sense[i] == Sense.EQ) {
                nEq++;
            } else {
                nLe++;
            }
        }
        int nUpper = 0;
        for (int j = 0; j < n; j++) {
            if (needsUpperRow(j, implied)) {
                nUpper++;
            }
        }
        double[][] le = new double[nLe + nUpper][];
        double[] leRhs = new double[nLe + nUpper];
        double[][] eq = new double[nEq][];
        double[] eqRhs = new double[nEq];
        rowPosition = new int[m];
        int li = 0;
        int ei = 0;
        for (int i = 0; i < m; i++) {
            double[] a = new double[cols];
            double b = rhs[i];
            for (int k = 0; k < size[i]; k++) {
                int j = index[i][k];
                double v = value[i][k];
                b -= v * shift[j];
                if (column[j] >= 0) {
                    a[column[j]] += sign[j] * v;
                    if (freeColumn[j]) {
                        a[column[j] + 1] -= v;
                    }
                }
            }
            if (sense[i] == Sense.GE) {
                for (int k = 0; k < cols; k++) {
                    a[k] = -a[k];
                }
                b = -b;
            }
            if (sense[i] == Sense.EQ) {
                eq[ei] = a;
                eqRhs[ei] = b;
                rowPosition[i] = nLe + nUpper + ei++;
            } else {
                le[li] = a;
                leRhs[li] = b;
                rowPosition[i] = li++;
            }
        }
        for (int j = 0; j < n; j++) {
            if (needsUpperRow(j, implied)) {
                double[] a = new double[cols];
                a[column[j]] = 1;
                le[li] = a;
                leRhs[li++] = upper[j] - lower[j];
            }
        }
        if (cols == 0) {
            return trivial(le, leRhs, eq, eqRhs);
        }
        if (le.length + eq.length == 0) {
            // No row: every column at its bound 0, unless a negative cost makes the problem unbounded.
            for (double cj : c) {
                if (cj < 0) {
                    return new Ojalgo.Simplex("UNBOUNDED", null, null);
                }
            }
            return new Ojalgo.Simplex("OPTIMAL", new double[cols], new double[0]);
        }
        Ojalgo.Simplex r = Ojalgo.simplex(c, le, leRhs, eq, eqRhs);
        // multipliers come in ojAlgo's row order (<= rows, then equalities): rowPosition maps the model's rows.
        return r;
    }

    private boolean[] freeColumn;
    private double[] shiftOf;
    private double[] signOf;

    private boolean needsUpperRow(int j, double[] implied) {
        return column[j] >= 0 && Double.isFinite(lower[j]) && Double.isFinite(upper[j]) && implied[j] > upper[j];
    }

    /**
     * Upper bounds implied by a row with non-negative coefficients over variables with finite non-negative lower
     * bounds ({@code <=} or {@code =}): such a bound needs no row of its own in ojAlgo's problem (the check of the
     * answer still tests it).
     */
    private double[] impliedUpper() {
        double[] hi = new double[n];
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        for (int i = 0; i < m; i++) {
            if (sense[i] == Sense.GE) {
                continue;
            }
            double least = 0;
            boolean ok = true;
            for (int k = 0; k < size[i] && ok; k++) {
                int j = index[i][k];
                ok = value[i][k] >= 0 && lower[j] >= 0 && Double.isFinite(lower[j]);
                least += value[i][k] * lower[j];
            }
            if (!ok) {
                continue;
            }
            for (int k = 0; k < size[i]; k++) {
                double a = value[i][k];
                if (a > 0) {
                    int j = index[i][k];
                    hi[j] = Math.min(hi[j], (rhs[i] - (least - a * lower[j])) / a);
                }
            }
        }
        return hi;
    }

    /** No column left (every variable fixed): the rows decide alone. */
    private Ojalgo.Simplex trivial(double[][] le, double[] leRhs, double[][] eq, double[] eqRhs) {
        for (double b : leRhs) {
            if (b < -TOLERANCE * Math.max(1, Math.abs(b))) {
                return new Ojalgo.Simplex("INFEASIBLE", null, null);
            }
        }
        for (double b : eqRhs) {
            if (Math.abs(b) > TOLERANCE * Math.max(1, Math.abs(b))) {
                return new Ojalgo.Simplex("INFEASIBLE", null, null);
            }
        }
        return new Ojalgo.Simplex("OPTIMAL", new double[0], new double[le.length + eq.length]);
    }

    private double[] toModel(double[] xs) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = shiftOf[j];
            if (column[j] >= 0) {
                x[j] += signOf[j] * xs[column[j]];
                if (freeColumn[j]) {
                    x[j] -= xs[column[j] + 1];
                }
            }
        }
        return x;
    }
}
