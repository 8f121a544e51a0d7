package org.aitco.core.risk;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;

/** The bundled examples and a closed-form evaluator for tests. */
final class Fixtures {
    static final Path EXAMPLES = Path.of("..", "examples");

    private Fixtures() {
    }

    static Scenario steady() {
        return ScenarioFiles.read(EXAMPLES.resolve("steady-chatbot.json"));
    }

    static Scenario bursty() {
        return ScenarioFiles.read(EXAMPLES.resolve("bursty-rnd.json"));
    }

    /**
     * Two options in closed form on the steady-chatbot scenario, with d the discount rate and e the energy price
     * of fra-colo (EUR/kWh): {@code own = 1,000,000 + 5,000,000 d + 1,000,000 e}, {@code cloud = 1,490,000};
     * the break-even month is {@code 12 + 200 d}. As given (d = 0.08, e = 0.19) own is 1,590,000.
     */
    static Evaluator linear() {
        return s -> {
            double d = s.financials().discountRatePerYear();
            double e = s.site("fra-colo").orElseThrow().energyPerKwh().value();
            Map<String, Double> npv = new LinkedHashMap<>();
            npv.put("own", 1_000_000 + 5_000_000 * d + 1_000_000 * e);
            npv.put("cloud", 1_490_000.0);
            return Evaluation.of(npv, (a, b) -> OptionalDouble.of(12 + 200 * d), o -> o);
        };
    }

    /** Three options that read several fields nonlinearly, to compare against direct evaluation. */
    static Evaluator nonlinear() {
        return s -> {
            double d = s.financials().discountRatePerYear();
            double e = s.site("fra-colo").orElseThrow().energyPerKwh().value();
            double p = s.serverType("dgx-h100").orElseThrow().purchasePrice().value();
            double c = s.cloudOffering("aws-p5-fra").orElseThrow().onDemandPerHour().value();
            double g = s.workload("support-bot").orElseThrow().demand().growthPerYear();
            double peak = s.workload("support-bot").orElseThrow().demand().peak();
            Map<String, Double> npv = new LinkedHashMap<>();
            npv.put("own", p * 8 / Math.pow(1 + d, 2) + 3e5 * e * Math.sqrt(peak / 12_000));
            npv.put("cloud", c * 30_000 * Math.pow(1 + g, 2) * peak / 12_000);
            npv.put("hybrid", 0.5 * (p * 8 + c * 30_000) / (1 + d));
            return Evaluation.of(npv, (a, b) -> d > 0.09 ? OptionalDouble.empty() : OptionalDouble.of(10 + e * 50),
                    o -> o.equals("cloud") ? "cloud" : "own");
        };
    }
}
