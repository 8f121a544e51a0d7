package org.aitco.core.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Money;
import org.aitco.core.tco.BreakEven;
import org.aitco.core.tco.CostCategory;
import org.aitco.core.tco.CostLine;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.WorkloadTco;

/**
 * The reference evaluator of the tests: the full TCO calculator as an {@link Evaluator}, every option that
 * {@link Tco} prices, the optimal hybrid (re-sized in every draw) included. The library evaluates draws with
 * {@link FastTcoEvaluator}; this one checks it.
 *
 * <p>With one workload the options are that workload's, with the calculator's NPVs (rounded money) and
 * break-even. With several, an option is "serve every workload this way": the options whose name every workload
 * has (the same cloud offering and pricing, the same server type and site, the same hybrid), their NPVs summed
 * exactly; the break-even is the calculator's, applied to the summed cost lines. Pooling workloads on shared
 * servers (the portfolio of {@link Tco#analyze}) is not an option here. Families: {@code cloud} for on-demand,
 * committed and spot, {@code on-prem}, {@code hybrid}.
 */
final class TcoEvaluator implements Evaluator {

    @Override
    public Evaluation evaluate(Scenario scenario) {
        List<WorkloadTco> analyses = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            analyses.add(Tco.calculator(scenario, w.name()).analyze());
        }
        Map<String, Double> npv = new LinkedHashMap<>();
        Map<String, String> families = new LinkedHashMap<>();
        for (OptionResult o : analyses.get(0).options()) {
            Money total = o.npv();
            boolean everywhere = true;
            for (int i = 1; i < analyses.size() && everywhere; i++) {
                OptionResult other = find(analyses.get(i), o.name());
                everywhere = other != null;
                total = everywhere ? total.plus(other.npv()) : total;
            }
            if (everywhere) {
                npv.put(o.name(), total.amount().doubleValue());
                families.put(o.name(), family(o));
            }
        }
        return new Evaluation() {
            @Override
            public Map<String, Double> npvByOption() {
                return npv;
            }

            @Override
            public OptionalDouble breakEvenMonth(String a, String b) {
                WorkloadTco w = analyses.size() == 1 ? analyses.get(0) : combined(analyses, a, b);
                return w.breakEven(a, b).map(BreakEven::month).map(m -> OptionalDouble.of(m))
                        .orElse(OptionalDouble.empty());
            }

            @Override
            public String family(String option) {
                return families.getOrDefault(option, option);
            }
        };
    }

    private static String family(OptionResult o) {
        return switch (o.kind()) {
            case CLOUD_ON_DEMAND, CLOUD_COMMITTED, CLOUD_SPOT -> "cloud";
            case ON_PREM -> "on-prem";
            case HYBRID -> "hybrid";
        };
    }

    private static OptionResult find(WorkloadTco w, String name) {
        for (OptionResult o : w.options()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** Options {@code a} and {@code b} of all workloads together, their monthly cost lines summed. */
    private static WorkloadTco combined(List<WorkloadTco> analyses, String a, String b) {
        String name = String.join("+", analyses.stream().map(WorkloadTco::workload).toList());
        return new WorkloadTco(name, analyses.get(0).costBlock(), List.of(sum(analyses, a, name),
                sum(analyses, b, name)), List.of(), List.of());
    }

    private static OptionResult sum(List<WorkloadTco> analyses, String option, String name) {
        OptionResult first = analyses.get(0).option(option);
        int months = first.months();
        List<CostLine> lines = new ArrayList<>();
        double[] cumulative = new double[months];
        Money nominal = Money.zero(first.currency());
        Money npv = Money.zero(first.currency());
        for (CostCategory c : CostCategory.values()) {
            double[] monthly = new double[months];
            Money lineNominal = Money.zero(first.currency());
            Money lineNpv = Money.zero(first.currency());
            for (WorkloadTco w : analyses) {
                CostLine line = w.option(option).line(c);
                for (int m = 0; m < months; m++) {
                    monthly[m] += line.monthly().get(m);
                }
                lineNominal = lineNominal.plus(line.nominal());
                lineNpv = lineNpv.plus(line.npv());
            }
            List<Double> values = new ArrayList<>(months);
            for (double v : monthly) {
                values.add(v);
            }
            lines.add(new CostLine(c, values, lineNominal, lineNpv));
        }
        int servers = 0;
        for (WorkloadTco w : analyses) {
            OptionResult o = w.option(option);
            nominal = nominal.plus(o.nominal());
            npv = npv.plus(o.npv());
            servers += o.ownServers();
            for (int m = 0; m < months; m++) {
                cumulative[m] += o.cumulativeNominal().get(m);
            }
        }
        List<Double> cum = new ArrayList<>(months);
        for (double v : cumulative) {
            cum.add(v);
        }
        return new OptionResult(first.id(), option, first.kind(), name, first.serverType(), first.site(),
                first.cloudOffering(),
                servers, List.of(), first.currency(), first.hoursPerMonth(), lines, nominal, npv, cum, 0,
                first.costBlock(), 0, 0, 0, 0, 0);
    }
}
