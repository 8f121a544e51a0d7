package org.aitco.core.model;

import java.util.Currency;
import java.util.Objects;

/**
 * How money over time is valued: horizon, discount rate, price trends and the reporting conventions.
 *
 * <p>A year of the horizon has {@code 12 * hoursPerMonth} hours (8,760 with the default 730). Energy prices
 * grow by {@code energyEscalationPerYear} and cloud prices change by {@code cloudPriceChangePerYear} (negative
 * when they fall) at each anniversary. Cash flows are discounted monthly at the monthly rate equivalent to
 * {@code discountRatePerYear}.
 *
 * @param horizonYears            years compared, 1..30
 * @param discountRatePerYear     cost of capital (WACC) as a fraction, 0..1
 * @param energyEscalationPerYear yearly change of energy prices, -0.5..1
 * @param cloudPriceChangePerYear yearly change of cloud prices (commitments are fixed at purchase), -0.9..1
 * @param hoursPerMonth           hours in a month of the horizon, 672..744 (730 by convention, so a year has 8,760)
 * @param reportingCurrency       the currency results are given in
 */
public record FinancialAssumptions(int horizonYears, double discountRatePerYear, double energyEscalationPerYear,
                                   double cloudPriceChangePerYear, int hoursPerMonth,
                                   Currency reportingCurrency) {

    /** The usual month: 8,760 / 12 hours. */
    public static final int DEFAULT_HOURS_PER_MONTH = 730;

    public FinancialAssumptions {
        Checks checks = new Checks();
        if (horizonYears < 1 || horizonYears > 30) {
            checks.fail("horizonYears", horizonYears, "must be a whole number of years between 1 and 30");
        }
        checks.fraction("discountRatePerYear", discountRatePerYear, 0, 1);
        checks.fraction("energyEscalationPerYear", energyEscalationPerYear, -0.5, 1);
        checks.fraction("cloudPriceChangePerYear", cloudPriceChangePerYear, -0.9, 1);
        if (hoursPerMonth < 672 || hoursPerMonth > 744) {
            checks.fail("hoursPerMonth", hoursPerMonth, "must be a whole number of hours between 672 and 744 (730 by convention)");
        }
        checks.present("reportingCurrency", reportingCurrency);
        checks.throwIfAny();
    }

    /** Defaults: 5 years, 8 % discount rate, no price trends, 730-hour months, in {@code currency}. */
    public static FinancialAssumptions defaults(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new FinancialAssumptions(5, 0.08, 0, 0, DEFAULT_HOURS_PER_MONTH, currency);
    }

    /** Hours in the horizon. */
    public int horizonHours() {
        return horizonYears * hoursPerYear();
    }

    /** Months in the horizon. */
    public int horizonMonths() {
        return horizonYears * 12;
    }

    /** Hours in a year of the horizon. */
    public int hoursPerYear() {
        return 12 * hoursPerMonth;
    }

    public FinancialAssumptions withHorizonYears(int years) {
        return new FinancialAssumptions(years, discountRatePerYear, energyEscalationPerYear, cloudPriceChangePerYear,
                hoursPerMonth, reportingCurrency);
    }

    public FinancialAssumptions withDiscountRatePerYear(double rate) {
        return new FinancialAssumptions(horizonYears, rate, energyEscalationPerYear, cloudPriceChangePerYear,
                hoursPerMonth, reportingCurrency);
    }

    public FinancialAssumptions withEnergyEscalationPerYear(double escalation) {
        return new FinancialAssumptions(horizonYears, discountRatePerYear, escalation, cloudPriceChangePerYear,
                hoursPerMonth, reportingCurrency);
    }

    public FinancialAssumptions withCloudPriceChangePerYear(double change) {
        return new FinancialAssumptions(horizonYears, discountRatePerYear, energyEscalationPerYear, change,
                hoursPerMonth, reportingCurrency);
    }

    public FinancialAssumptions withHoursPerMonth(int hours) {
        return new FinancialAssumptions(horizonYears, discountRatePerYear, energyEscalationPerYear,
                cloudPriceChangePerYear, hours, reportingCurrency);
    }
}
