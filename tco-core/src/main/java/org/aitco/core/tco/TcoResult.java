package org.aitco.core.tco;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The TCO comparison of a scenario: every workload's priced options and the portfolio. Immutable, made of plain
 * records, so it serialises to JSON as it is.
 *
 * <p>For a scenario with one workload, {@link #options()}, {@link #cheapest()}, {@link #hybridCurve} and
 * {@link #breakEven} answer for that workload; with several, pick one with {@link #workload(String)}.
 *
 * @param scenario            the scenario's name
 * @param currency            the reporting currency of every amount
 * @param horizonYears        years compared
 * @param hoursPerMonth       the month convention: month k (from 1) spans hours {@code (k-1)*hoursPerMonth} to
 *                            {@code k*hoursPerMonth}
 * @param discountRatePerYear the discount rate of the NPVs, applied monthly
 * @param workloads           each workload's options
 * @param portfolio           the workloads together, pooled where it pays
 */
public record TcoResult(String scenario, Currency currency, int horizonYears, int hoursPerMonth,
                        double discountRatePerYear, List<WorkloadTco> workloads, Portfolio portfolio) {

    public TcoResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(currency, "currency");
        workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
        Objects.requireNonNull(portfolio, "portfolio");
    }

    /** The analysis of the workload named {@code name}. */
    public WorkloadTco workload(String name) {
        return workloads.stream().filter(w -> w.workload().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("workload (%s) is not in scenario %s: %s".formatted(name, scenario,
                        workloads.stream().map(WorkloadTco::workload).toList())));
    }

    private WorkloadTco single() {
        if (workloads.size() != 1) {
            throw new IllegalArgumentException(("scenario %s has %d workloads %s; pick one with "
                    + "result.workload(\"name\")").formatted(scenario, workloads.size(),
                    workloads.stream().map(WorkloadTco::workload).toList()));
        }
        return workloads.get(0);
    }

    /** The options of the only workload, cheapest first. */
    public List<OptionResult> options() {
        return single().options();
    }

    /** The cheapest option (by NPV) of the only workload. */
    public OptionResult cheapest() {
        return single().cheapest();
    }

    /** A hybrid cost curve of the only workload. */
    public HybridCurve hybridCurve(String serverType, String site, String cloudOffering) {
        return single().hybridCurve(serverType, site, cloudOffering);
    }

    /** The break-even between two options of the only workload. */
    public Optional<BreakEven> breakEven(String a, String b) {
        return single().breakEven(a, b);
    }

    /**
     * The comparison as text that fits 120 columns: one table per workload (option, own servers, NPV, distance to
     * the cheapest, break-even, unit cost, utilisation), then the portfolio.
     */
    public String toTable() {
        return TcoTables.result(this, false);
    }

    /** The same as {@link #toTable()} with every column: each cost line and the nominal total as well. */
    public String toWideTable() {
        return TcoTables.result(this, true);
    }

    /** Every option of every workload as CSV (RFC 4180 with a header row), every column of the wide table. */
    public String toCsv() {
        return TcoTables.csv(this);
    }

    /** Most workloads {@link #toString()} lists; it says how many more there are. */
    private static final int SHOWN_WORKLOADS = 16;

    /**
     * A summary of at most 20 lines for JShell and logs: the scenario, each workload's cheapest option (the first
     * 16 workloads) and the portfolio. {@link #toTable()} has everything.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("TcoResult %s: %d workload%s, %d years, %s, NPV at %.1f %%/yr".formatted(
                scenario, workloads.size(), workloads.size() == 1 ? "" : "s", horizonYears,
                currency.getCurrencyCode(), 100 * discountRatePerYear));
        for (WorkloadTco w : workloads.subList(0, Math.min(SHOWN_WORKLOADS, workloads.size()))) {
            b.append("\n  ").append(w);
        }
        if (workloads.size() > SHOWN_WORKLOADS) {
            b.append("\n  ... and %d more workloads: toTable() lists them".formatted(workloads.size() - SHOWN_WORKLOADS));
        }
        return b.append("\n  ").append(portfolio).toString();
    }
}
