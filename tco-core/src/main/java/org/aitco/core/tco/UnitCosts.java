package org.aitco.core.tco;

import org.aitco.core.model.Commitment;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;

/**
 * The calculator's cost of one unit of capacity over the horizon, discounted, for models that price capacity
 * per unit (the placement optimiser): so that a plan made from these coefficients, re-priced by the calculator,
 * costs what its maker says.
 *
 * <p>Same rules as the calculator (docs/tco-method.md): one owned server's fixed flows as {@link ServerCosts}
 * has them, plus its idle energy; one committed instance held for consecutive terms over the whole horizon as
 * {@link Engine#committed} prices each term (the last term cut by the horizon and paid pro rata); and the
 * weight of one hour of each month for flows spread over the month (end-of-month discount times the cloud or
 * energy price factor of its year).
 */
public final class UnitCosts {
    private UnitCosts() {
    }

    /**
     * Discounted cost of one server of {@code type} at {@code site} over the horizon by cost category (indexed by
     * {@link CostCategory#ordinal()}): purchases, residual and book value, maintenance, space, staff, and the
     * running cost per hour ({@link CostCategory#RUNNING}), and the energy it draws when idle
     * ({@link CostCategory#IT_ENERGY} and {@link CostCategory#COOLING_FACILITY}).
     */
    public static double[] perServer(Scenario scenario, ServerType type, Site site) {
        Horizon hz = new Horizon(scenario.financials());
        ServerCosts sc = new ServerCosts(scenario, type, site, hz);
        double[] out = new double[CostCategory.values().length];
        for (CostCategory c : CostCategory.values()) {
            double[] flows = sc.perServer[c.ordinal()];
            for (int m = 0; m < hz.months; m++) {
                out[c.ordinal()] += flows[m] * hz.discount(c, m);
            }
        }
        for (int m = 0; m < hz.months; m++) {
            double it = sc.idleWatts * hz.hoursPerMonth / 1000 * sc.energyPerKwh * hz.energyFactor[m];
            out[CostCategory.IT_ENERGY.ordinal()] += it * hz.discountEnd[m];
            out[CostCategory.COOLING_FACILITY.ordinal()] += it * (sc.pue - 1) * hz.discountEnd[m];
        }
        return out;
    }

    /**
     * Discounted cost of one instance committed under {@code commitment} in every term of the horizon: each term
     * starts at a multiple of its length, pays the year-of-its-start price level, its upfront share at its start and
     * the rest at the start of each month, or spread over each month when it is billed hourly in arrears; the last
     * term, cut by the horizon end, is paid pro rata.
     */
    public static double perCommittedInstance(Scenario scenario, Commitment commitment) {
        Horizon hz = new Horizon(scenario.financials());
        double perHour = scenario.inReportingCurrency(commitment.effectivePerHour());
        int termMonths = commitment.termYears() * 12;
        double total = 0;
        for (int first = 0; first < hz.months; first += termMonths) {
            total += termNpvPerInstance(hz, perHour, commitment.upfrontFraction(), inArrears(commitment), first,
                    Math.min(hz.months, first + termMonths));
        }
        return total;
    }

    /** Whether the recurring part of {@code commitment} is billed hourly in arrears. */
    static boolean inArrears(Commitment commitment) {
        return commitment.billing() == Commitment.Billing.HOURLY_IN_ARREARS;
    }

    /**
     * Discounted cost of one instance committed from month {@code first} to {@code last} (exclusive): the upfront
     * share at the start of {@code first}, the monthly rest at each month's start, or at its end ({@code inArrears},
     * the discount of flows spread over the month).
     */
    static double termNpvPerInstance(Horizon hz, double commitPerHour, double upfrontFraction, boolean inArrears,
                                     int first, int last) {
        double price = commitPerHour * hz.cloudFactor[first];
        double monthly = (1 - upfrontFraction) * price * hz.hoursPerMonth;
        double upfront = upfrontFraction * price * hz.hoursPerMonth * (last - first);
        double npv = upfront * hz.discountStart[first];
        double[] discount = inArrears ? hz.discountEnd : hz.discountStart;
        for (int m = first; m < last; m++) {
            npv += monthly * discount[m];
        }
        return npv;
    }

    /**
     * Weight of one hour in each month of the horizon for flows spread over the month: {@code [0][m]} for cloud
     * prices (end-of-month discount times the cloud price factor of the month's year), {@code [1][m]} for energy
     * (times the energy escalation factor).
     */
    public static double[][] hourWeights(FinancialAssumptions financials) {
        Horizon hz = new Horizon(financials);
        double[][] w = new double[2][hz.months];
        for (int m = 0; m < hz.months; m++) {
            w[0][m] = hz.discountEnd[m] * hz.cloudFactor[m];
            w[1][m] = hz.discountEnd[m] * hz.energyFactor[m];
        }
        return w;
    }
}
