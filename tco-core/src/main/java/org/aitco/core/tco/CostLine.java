package org.aitco.core.tco;

import java.util.List;
import java.util.Objects;
import org.aitco.core.money.Money;

/**
 * One cost category of an option: its cash flow in every month of the horizon and its totals.
 *
 * @param category what the line holds
 * @param monthly  the flow of each month (index 0 is the first month), in the reporting currency, not rounded;
 *                 negative for money received
 * @param nominal  sum of {@code monthly}, rounded to money
 * @param npv      present value of {@code monthly} at the scenario's discount rate, rounded to money
 */
public record CostLine(CostCategory category, List<Double> monthly, Money nominal, Money npv) {
    public CostLine {
        Objects.requireNonNull(category, "category");
        monthly = MonthlyValues.copyOf(Objects.requireNonNull(monthly, "monthly"));
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(npv, "npv");
    }
}
