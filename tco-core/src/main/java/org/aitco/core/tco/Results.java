package org.aitco.core.tco;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aitco.core.money.Money;

/** Turns the monthly flows of a priced option into its immutable result, and compares cumulative flows. */
final class Results {
    private Results() {
    }

    /** What an option is, apart from its flows. */
    record Spec(OptionId id, String workload, int ownServers, List<Integer> committedInstances, String costBlock,
                double reportingBlock, double unitsPerSecondPerWatt) {
    }

    static OptionResult option(Spec spec, Horizon hz, Flows flows, Currency currency) {
        List<CostLine> lines = new ArrayList<>(CostCategory.values().length);
        double[] cumulative = new double[hz.months];
        for (CostCategory c : CostCategory.values()) {
            double[] monthly = flows.monthly[c.ordinal()];
            double[] discount = c.timing() == CostCategory.Timing.MONTH_START ? hz.discountStart : hz.discountEnd;
            double nominal = 0;
            double npv = 0;
            for (int m = 0; m < hz.months; m++) {
                nominal += monthly[m];
                npv += monthly[m] * discount[m];
                cumulative[m] += monthly[m];
            }
            lines.add(new CostLine(c, MonthlyValues.of(monthly), money(nominal, currency), money(npv, currency)));
        }
        double running = 0;
        for (int m = 0; m < hz.months; m++) {
            running += cumulative[m];
            cumulative[m] = running;
        }
        double nominal = Horizon.nominal(flows.monthly);
        double npv = hz.npv(flows.monthly);
        double capacity = flows.ownCapacity + flows.cloudCapacity;
        OptionId id = spec.id();
        return new OptionResult(id, id.name(), id.kind(), spec.workload(), id.serverType(), id.site(),
                id.cloudOffering(), spec.ownServers(), spec.committedInstances(), currency, hz.hoursPerMonth,
                lines, money(nominal, currency), money(npv, currency), MonthlyValues.of(cumulative),
                flows.unitsServed, spec.costBlock(),
                flows.unitsServed > 0 ? nominal / (flows.unitsServed / spec.reportingBlock()) : 0,
                capacity > 0 ? flows.unitsServed / capacity : 0,
                flows.ownCapacity > 0 ? flows.ownServed / flows.ownCapacity : 0,
                spec.unitsPerSecondPerWatt(), nominal > 0 ? flows.unitsServed / nominal : 0);
    }

    /** {@link Money#rounded(double, Currency)}, without a decimal conversion where the result is certain. */
    static Money money(double value, Currency currency) {
        long units = minorUnits(value, currency);
        return units == OUT_OF_RANGE ? Money.rounded(value, currency)
                : new Money(BigDecimal.valueOf(units, Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /**
     * {@code value} rounded to the currency's minor units half-even, as {@link Money#rounded(double, Currency)}
     * rounds it, or {@link #OUT_OF_RANGE} when that does not fit a long. Away from a half unit (more than 1e-3 of
     * a minor unit) and below 1e12 minor units, the double's own rounding cannot change the result; elsewhere it
     * asks {@link Money#rounded(double, Currency)}.
     */
    static long minorUnits(double value, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        double scaled = value * POWERS_OF_TEN[digits];
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(scaled) < 1e12 && Math.abs(fraction - 0.5) > 1e-3) {
            return (long) Math.floor(scaled + 0.5);
        }
        BigInteger units = Money.rounded(value, currency).amount().unscaledValue();
        return units.bitLength() < 63 ? units.longValueExact() : OUT_OF_RANGE;
    }

    /** Marks an amount whose minor units do not fit a long. */
    static final long OUT_OF_RANGE = Long.MIN_VALUE;

    static final double[] POWERS_OF_TEN = {1, 10, 100, 1000, 1e4, 1e5, 1e6};

    /** The monthly totals of an option's lines by timing: [MONTH_START, SPREAD_OVER_MONTH, MONTH_END][month]. */
    static double[][] byTiming(OptionResult o) {
        double[][] t = new double[3][o.months()];
        for (int m = 0; m < o.months(); m++) {
            for (CostCategory.Timing timing : CostCategory.Timing.values()) {
                double sum = 0;
                for (CostLine line : o.lines()) {
                    if (line.category().timing() == timing) {
                        sum += line.monthly().get(m);
                    }
                }
                t[timing.ordinal()][m] = sum;
            }
        }
        return t;
    }

    /**
     * The first crossing of the cumulative undiscounted costs of {@code a} and {@code b}, or null when the option
     * dearer at first never becomes no dearer. Month-start flows fall at the month's first hour, spread flows
     * accrue linearly over its hours, month-end flows at its last instant.
     */
    static BreakEven breakEven(OptionResult a, OptionResult b) {
        if (a.hoursPerMonth() != b.hoursPerMonth() || a.months() != b.months()) {
            throw new IllegalArgumentException("options %s and %s have different horizons".formatted(a.name(),
                    b.name()));
        }
        double[] c = crossing(byTiming(a), byTiming(b), a.hoursPerMonth());
        return c == null ? null : result(a, b, (int) c[0], c[1], (int) c[2]);
    }

    /**
     * The first crossing of two options' cumulative costs given as monthly totals by timing
     * ({@code [MONTH_START, SPREAD_OVER_MONTH, MONTH_END][month]}): {@code {sign, hour, month}} where sign is +1
     * when {@code a} was dearer before, or null when the dearer one never becomes no dearer.
     */
    static double[] crossing(double[][] a, double[][] b, int hpm) {
        // Differences within rounding noise count as zero: two options with the same flows (a commitment of zero
        // instances and on-demand) summed in another order must not "break even" on a 1e-12 sign flip.
        double scale = 0;
        for (int t = 0; t < a.length; t++) {
            for (int m = 0; m < a[t].length; m++) {
                scale += Math.abs(a[t][m]) + Math.abs(b[t][m]);
            }
        }
        double tol = 1e-9 * scale + 1e-9;
        int start0 = CostCategory.Timing.MONTH_START.ordinal();
        int spread0 = CostCategory.Timing.SPREAD_OVER_MONTH.ordinal();
        int end0 = CostCategory.Timing.MONTH_END.ordinal();
        double diff = 0; // cumulative cost of a minus b
        int sign = 0;
        for (int m = 0; m < a[0].length; m++) {
            double start = diff + a[start0][m] - b[start0][m];
            if (sign != 0 && start * sign <= tol) {
                return new double[] {sign, (double) m * hpm, m + 1};
            }
            sign = sign != 0 ? sign : signBeyond(start, tol);
            double spread = start + a[spread0][m] - b[spread0][m];
            if (sign != 0 && spread * sign <= tol) {
                double hour = m * (double) hpm + hpm * Math.max(0, Math.min(1, start / (start - spread)));
                return new double[] {sign, hour, m + 1};
            }
            sign = sign != 0 ? sign : signBeyond(spread, tol);
            diff = spread + a[end0][m] - b[end0][m];
            if (sign != 0 && diff * sign <= tol) {
                return new double[] {sign, (m + 1) * (double) hpm, m + 1};
            }
            sign = sign != 0 ? sign : signBeyond(diff, tol);
        }
        return null;
    }

    private static int signBeyond(double x, double tol) {
        return Math.abs(x) > tol ? (int) Math.signum(x) : 0;
    }

    private static BreakEven result(OptionResult a, OptionResult b, int sign, double hour, int month) {
        return sign > 0 ? new BreakEven(a.name(), b.name(), hour, month) : new BreakEven(b.name(), a.name(), hour,
                month);
    }
}
