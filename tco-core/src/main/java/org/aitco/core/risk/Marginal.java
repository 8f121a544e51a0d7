package org.aitco.core.risk;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * A distribution prepared for sampling: maps a standard normal draw {@code z} to a value, through the
 * distribution's inverse CDF at {@code Phi(z)}. Built once per input and shared by all threads (stateless).
 *
 * <p>Normal and lognormal inputs use their closed form ({@code mean + sd z}, {@code median exp(sigma z)}, which
 * are their inverse CDFs at {@code Phi(z)}) with {@code z} clamped to the {@link Distribution#TAIL} quantiles;
 * PERT inputs invert the Beta CDF by Newton's method from a table ({@link BetaInverse}); the others call
 * commons-math3's closed-form inverse CDFs.
 */
abstract class Marginal {
    /** {@code Phi^-1(1 - TAIL)}: where unbounded distributions are cut. */
    static final double Z_MAX = -inverseStandardNormal(Distribution.TAIL);

    /** The value at the standard normal draw {@code z}. */
    abstract double at(double z);

    /** The standard normal inverse CDF; -infinity at 0, +infinity at 1. */
    static double inverseStandardNormal(double p) {
        return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY
                : Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    /** The standard normal CDF. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    static Marginal of(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            double v = f.value();
            return constant(v);
        }
        if (d instanceof Distribution.Normal n) {
            if (n.sd() == 0) {
                return constant(n.mean());
            }
            double mean = n.mean();
            double sd = n.sd();
            return new Marginal() {
                @Override
                double at(double z) {
                    return mean + sd * clamp(z);
                }
            };
        }
        if (d instanceof Distribution.LogNormal l) {
            if (l.sigma() == 0) {
                return constant(l.median());
            }
            double median = l.median();
            double sigma = l.sigma();
            return new Marginal() {
                @Override
                double at(double z) {
                    return median * Math.exp(sigma * clamp(z));
                }
            };
        }
        if (d instanceof Distribution.Uniform u) {
            if (u.low() == u.high()) {
                return constant(u.low());
            }
            var dist = new UniformRealDistribution((org.apache.commons.math3.random.RandomGenerator) null, u.low(), u.high());
            return viaCdf(dist::inverseCumulativeProbability);
        }
        if (d instanceof Distribution.Triangular t) {
            if (t.low() == t.high()) {
                return constant(t.low());
            }
            var dist = new TriangularDistribution((org.apache.commons.math3.random.RandomGenerator) null, t.low(), t.mode(), t.high());
            return viaCdf(dist::inverseCumulativeProbability);
        }
        if (d instanceof Distribution.Pert p) {
            if (p.low() == p.high()) {
                return constant(p.low());
            }
            BetaInverse beta = new BetaInverse(p.beta());
            double low = p.low();
            double range = p.high() - p.low();
            return viaCdf(q -> low + range * beta.at(q));
        }
        throw new IllegalArgumentException("unknown distribution " + d);
    }

    private static double clamp(double z) {
        return Math.max(-Z_MAX, Math.min(Z_MAX, z));
    }

    private static Marginal constant(double v) {
        return new Marginal() {
            @Override
            double at(double z) {
                return v;
            }
        };
    }

    private static Marginal viaCdf(java.util.function.DoubleUnaryOperator inverse) {
        return new Marginal() {
            @Override
            double at(double z) {
                return inverse.applyAsDouble(phi(z));
            }
        };
    }

    /**
     * The inverse CDF of a Beta distribution, to double precision and cheaply: commons-math3's
     * {@code inverseCumulativeProbability} brackets and solves with tens of evaluations of the CDF (the regularized
     * incomplete beta function) to an absolute accuracy of 1e-9; here a table of 257 quantiles (made once with it)
     * gives a start and a bracket, and Newton's method on the CDF (density in closed form), kept inside the bracket
     * by bisection, stops when a step is below 1e-15: two or three CDF evaluations a draw.
     */
    static final class BetaInverse {
        private static final int CELLS = 256;
        private final double alpha;
        private final double beta;
        private final double logBeta;
        private final double[] x = new double[CELLS + 1];
        /** commons-math3's own inverse, used when the table cannot be made (shapes out of range). */
        private final BetaDistribution fallback;

        BetaInverse(BetaDistribution d) {
            alpha = d.getAlpha();
            beta = d.getBeta();
            double lb = Double.NaN;
            boolean tabled = alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta);
            try {
                lb = org.apache.commons.math3.special.Beta.logBeta(alpha, beta);
                for (int i = 0; i <= CELLS && tabled; i++) {
                    x[i] = i == 0 ? 0 : i == CELLS ? 1 : d.inverseCumulativeProbability((double) i / CELLS);
                }
            } catch (RuntimeException e) {
                // the distribution is rejected when it is checked (its bounds applied to the scenario) or fails
                // where commons-math3 fails: keep its behaviour
                tabled = false;
            }
            logBeta = lb;
            fallback = tabled && Double.isFinite(lb) ? null : d;
        }

        double cdf(double v) {
            return v <= 0 ? 0 : v >= 1 ? 1 : org.apache.commons.math3.special.Beta.regularizedBeta(v, alpha, beta);
        }

        /** The value whose CDF is {@code p}. */
        double at(double p) {
            if (fallback != null) {
                return fallback.inverseCumulativeProbability(p);
            }
            if (!(p > 0)) {
                return 0;
            }
            if (p >= 1) {
                return 1;
            }
            double cell = p * CELLS;
            int i = Math.min(CELLS - 1, (int) cell);
            // the table is exact to 1e-9: widen its bracket by that much
            double lo = Math.max(0, x[i] - 1e-8);
            double hi = Math.min(1, x[i + 1] + 1e-8);
            double v = x[i] + (x[i + 1] - x[i]) * (cell - i);
            for (int iteration = 0; iteration < 100; iteration++) {
                double f = cdf(v) - p;
                if (f == 0) {
                    return v;
                }
                if (f > 0) {
                    hi = v;
                } else {
                    lo = v;
                }
                double density = Math.exp((alpha - 1) * Math.log(v) + (beta - 1) * Math.log1p(-v) - logBeta);
                double next = v - f / density;
                if (!(next > lo && next < hi)) {
                    next = 0.5 * (lo + hi);
                }
                if (Math.abs(next - v) <= 1e-15 || hi - lo <= 1e-15) {
                    return next;
                }
                v = next;
            }
            return v;
        }
    }
}
