package org.aitco.core.tco;

import org.aitco.core.model.FinancialAssumptions;

/**
 * The time grid of a calculation: months of {@code hoursPerMonth} hours, years of 12 months, and per month the
 * price factors (escalation at each anniversary) and discount factors.
 *
 * <p>Discounting is monthly at {@code (1 + r)^(1/12) - 1}, the monthly rate equivalent to the annual rate r: a flow
 * at the start of month m (0-based) is worth {@code (1 + r)^(-m/12)}, one at its end {@code (1 + r)^(-(m+1)/12)}.
 */
final class Horizon {
    final int months;
    final int hoursPerMonth;
    final int hours;
    final int hoursPerYear;
    /** Discount factor of a flow at the start of each month. */
    final double[] discountStart;
    /** Discount factor of a flow at the end of each month. */
    final double[] discountEnd;
    /** Energy price factor of each month: (1 + escalation)^year. */
    final double[] energyFactor;
    /** Cloud price factor of each month: (1 + change)^year. */
    final double[] cloudFactor;

    Horizon(FinancialAssumptions f) {
        this(f, f.discountRatePerYear(), f.energyEscalationPerYear(), f.cloudPriceChangePerYear());
    }

    /** The grid of {@code f} with other rates: a discount rate, energy escalation and cloud price change per year. */
    Horizon(FinancialAssumptions f, double r, double energyEscalationPerYear, double cloudPriceChangePerYear) {
        months = f.horizonMonths();
        hoursPerMonth = f.hoursPerMonth();
        hours = f.horizonHours();
        hoursPerYear = f.hoursPerYear();
        discountStart = new double[months];
        discountEnd = new double[months];
        energyFactor = new double[months];
        cloudFactor = new double[months];
        // the same powers as one call per month and factor, each computed once: the end of month m is the start
        // of month m + 1, and the price factors change once a year
        double start = Math.pow(1 + r, -0 / 12.0);
        double energy = 1;
        double cloud = 1;
        for (int m = 0; m < months; m++) {
            int year = m / 12;
            if (m % 12 == 0) {
                energy = Math.pow(1 + energyEscalationPerYear, year);
                cloud = Math.pow(1 + cloudPriceChangePerYear, year);
            }
            discountStart[m] = start;
            discountEnd[m] = Math.pow(1 + r, -(m + 1) / 12.0);
            start = discountEnd[m];
            energyFactor[m] = energy;
            cloudFactor[m] = cloud;
        }
    }

    /** The discount factor of a flow of {@code category} in month {@code m}. */
    double discount(CostCategory category, int m) {
        return category.timing() == CostCategory.Timing.MONTH_START ? discountStart[m] : discountEnd[m];
    }

    /** Present value of monthly flows indexed [category][month]. */
    double npv(double[][] monthly) {
        double sum = 0;
        for (CostCategory c : CostCategory.values()) {
            double[] flows = monthly[c.ordinal()];
            double[] d = c.timing() == CostCategory.Timing.MONTH_START ? discountStart : discountEnd;
            for (int m = 0; m < months; m++) {
                sum += flows[m] * d[m];
            }
        }
        return sum;
    }

    /** Undiscounted sum of monthly flows indexed [category][month]. */
    static double nominal(double[][] monthly) {
        double sum = 0;
        for (double[] flows : monthly) {
            for (double v : flows) {
                sum += v;
            }
        }
        return sum;
    }
}
