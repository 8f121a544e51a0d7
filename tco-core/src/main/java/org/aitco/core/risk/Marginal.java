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
 * the others call commons-math3's inverse CDF.
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
            BetaDistribution beta = p.beta();
            double low = p.low();
            double range = p.high() - p.low();
            return viaCdf(q -> low + range * beta.inverseCumulativeProbability(q));
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
}
