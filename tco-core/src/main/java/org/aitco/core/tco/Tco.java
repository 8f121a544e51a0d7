package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;

/**
 * The entry point of the TCO calculator.
 *
 * <pre>{@code
 * var result = Tco.analyze(scenario);
 * result.cheapest();
 * System.out.println(result.toTable());
 * }</pre>
 */
public final class Tco {
    private Tco() {
    }

    /**
     * Prices every option of every workload of {@code scenario}, and the portfolio with compatible workloads
     * pooled on shared servers.
     *
     * @throws IllegalArgumentException naming the workload when one cannot be served by any option
     */
    public static TcoResult analyze(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<TcoCalculator> calculators = new ArrayList<>();
        List<WorkloadTco> analyses = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            TcoCalculator calc = TcoCalculator.of(scenario, w.name());
            calculators.add(calc);
            analyses.add(calc.analyze());
        }
        var f = scenario.financials();
        return new TcoResult(scenario.name(), f.reportingCurrency(), f.horizonYears(), f.hoursPerMonth(),
                f.discountRatePerYear(), analyses, Portfolio.of(scenario, calculators, analyses));
    }

    /** A calculator of one workload, for pricing single options and hybrid curves. */
    public static TcoCalculator calculator(Scenario scenario, String workload) {
        return TcoCalculator.of(scenario, workload);
    }
}
