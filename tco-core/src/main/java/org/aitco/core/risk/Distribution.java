package org.aitco.core.risk;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A probability distribution of one uncertain input, sampled through its inverse cumulative distribution function
 * (commons-math3).
 *
 * <p>Each kind is a record validated on construction; a distribution whose range has collapsed to one value (low =
 * high, or a standard deviation of 0) always gives that value exactly. Unbounded distributions (normal, lognormal)
 * are sampled between their {@link #TAIL} and {@code 1 - TAIL} quantiles (normal: mean &plusmn; 4.75 sd), so that
 * a rare draw cannot leave the range of the field it describes; {@link UncertainInput} checks those two extremes
 * against the scenario.
 *
 * <p>The tornado moves an input to {@link #low()} and {@link #high()}: the bounds of a bounded distribution, the
 * 5 % and 95 % quantiles of an unbounded one.
 */
public sealed interface Distribution {

    /** The probability cut from each tail of an unbounded distribution when sampling. */
    double TAIL = 1e-6;

    /**
     * The value below which a share {@code p} (0..1) of the draws falls: the draws' own mapping
     * ({@link Marginal}) at the standard normal's p quantile, so a quantile and a draw never disagree.
     */
    default double quantile(double p) {
        checkP(p);
        return Marginal.of(this).at(Marginal.inverseStandardNormal(p));
    }

    /** The low end of the tornado: the lower bound, or the 5 % quantile when unbounded. */
    double low();

    /** The high end of the tornado: the upper bound, or the 95 % quantile when unbounded. */
    double high();

    /** The smallest value a draw can take. */
    default double minimum() {
        return quantile(0);
    }

    /** The largest value a draw can take. */
    default double maximum() {
        return quantile(1);
    }

    /** Uniform between {@code low} and {@code high}. */
    static Distribution uniform(double low, double high) {
        return new Uniform(low, high);
    }

    /** Triangular with its peak at {@code mode}. */
    static Distribution triangular(double low, double mode, double high) {
        return new Triangular(low, mode, high);
    }

    /** PERT (a Beta scaled to [low, high] with weight 4 on the mode): a smoother triangular. */
    static Distribution pert(double low, double mode, double high) {
        return new Pert(low, mode, high);
    }

    /** Normal with {@code mean} and standard deviation {@code sd}. */
    static Distribution normal(double mean, double sd) {
        return new Normal(mean, sd);
    }

    /** Lognormal: {@code ln(x)} is normal with mean {@code ln(median)} and standard deviation {@code sigma}. */
    static Distribution lognormal(double median, double sigma) {
        return new LogNormal(median, sigma);
    }

    /** Always {@code value}. */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("%s (%s) must be a finite number".formatted(field, value));
        }
    }

    private static void ordered(double low, double high) {
        finite("low", low);
        finite("high", high);
        if (low > high) {
            throw new IllegalArgumentException("low (%s) must not be above high (%s)".formatted(low, high));
        }
    }

    private static void modeWithin(double low, double mode, double high) {
        ordered(low, high);
        finite("mode", mode);
        if (mode < low || mode > high) {
            throw new IllegalArgumentException("mode (%s) must lie within [low, high] = [%s, %s]"
                    .formatted(mode, low, high));
        }
    }

    private static void checkP(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p (%s) must be a probability between 0 and 1".formatted(p));
        }
    }

    /** Uniform between {@code low} and {@code high}. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            ordered(low, high);
        }

        @Override
        public String toString() {
            return "uniform(%s, %s)".formatted(low, high);
        }
    }

    /** Triangular between {@code low} and {@code high} with its peak at {@code mode}. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            modeWithin(low, mode, high);
        }

        @Override
        public String toString() {
            return "triangular(%s, %s, %s)".formatted(low, mode, high);
        }
    }

    /**
     * PERT between {@code low} and {@code high} with mode {@code mode}: {@code low + (high - low) * B} where B is
     * Beta(1 + 4 (mode - low) / (high - low), 1 + 4 (high - mode) / (high - low)); its mean is
     * {@code (low + 4 mode + high) / 6}.
     */
    record Pert(double low, double mode, double high) implements Distribution {
        public Pert {
            modeWithin(low, mode, high);
        }

        BetaDistribution beta() {
            double range = high - low;
            return new BetaDistribution((RandomGenerator) null, 1 + 4 * (mode - low) / range, 1 + 4 * (high - mode) / range,
                    BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        }

        @Override
        public String toString() {
            return "pert(%s, %s, %s)".formatted(low, mode, high);
        }
    }

    /**
     * A distribution defined through a standard normal (normal, lognormal): sampled by its {@link Marginal}, with
     * the tornado at its 5 % and 95 % quantiles.
     */
    sealed interface Unbounded extends Distribution {
        @Override
        default double low() {
            return quantile(0.05);
        }

        @Override
        default double high() {
            return quantile(0.95);
        }
    }

    /** Normal with mean {@code mean} and standard deviation {@code sd}. */
    record Normal(double mean, double sd) implements Unbounded {
        public Normal {
            finite("mean", mean);
            finite("sd", sd);
            if (sd < 0) {
                throw new IllegalArgumentException("sd (%s) must not be negative".formatted(sd));
            }
        }

        @Override
        public String toString() {
            return "normal(mean %s, sd %s)".formatted(mean, sd);
        }
    }

    /** Lognormal with median {@code median} (> 0) and log-scale standard deviation {@code sigma}. */
    record LogNormal(double median, double sigma) implements Unbounded {
        public LogNormal {
            finite("median", median);
            finite("sigma", sigma);
            if (!(median > 0)) {
                throw new IllegalArgumentException("median (%s) of a lognormal must be > 0".formatted(median));
            }
            if (sigma < 0) {
                throw new IllegalArgumentException("sigma (%s) must not be negative".formatted(sigma));
            }
        }

        @Override
        public String toString() {
            return "lognormal(median %s, sigma %s)".formatted(median, sigma);
        }
    }

    /** Always {@code value}: an input held at a point. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            finite("value", value);
        }

        @Override
        public double low() {
            return value;
        }

        @Override
        public double high() {
            return value;
        }

        @Override
        public String toString() {
            return "fixed(%s)".formatted(value);
        }
    }
}
