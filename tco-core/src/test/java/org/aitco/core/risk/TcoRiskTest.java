package org.aitco.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aitco.core.model.Scenario;
import org.aitco.core.money.Money;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.aitco.core.tco.WorkloadTco;
import org.junit.jupiter.api.Test;

/** The risk analysis on the library's TCO calculator and the bundled examples. */
class TcoRiskTest {

    /** The bundled uncertainties with every input collapsed to its value in the scenario. */
    private static Uncertainties collapsed(Scenario s, String riskFile) {
        Uncertainties u = UncertaintyFiles.read(Fixtures.EXAMPLES.resolve("risk").resolve(riskFile));
        var b = Uncertainties.builder();
        for (UncertainInput in : u.inputs()) {
            b.input(in.path(), Distribution.fixed(ScenarioPath.parse(in.path()).bind(s).base()));
        }
        u.correlations().forEach(c -> b.correlate(c.first(), c.second(), c.rho()));
        return b.build();
    }

    /** Each option's NPV summed over the workloads that all have it, straight from {@link Tco#analyze}. */
    private static Map<String, Double> tcoNpvs(Scenario s) {
        TcoResult r = Tco.analyze(s);
        Map<String, Double> out = new LinkedHashMap<>();
        for (OptionResult o : r.workloads().get(0).options()) {
            Money total = Money.zero(o.currency());
            boolean all = true;
            for (WorkloadTco w : r.workloads()) {
                var match = w.options().stream().filter(x -> x.name().equals(o.name())).findFirst();
                all &= match.isPresent();
                total = match.map(x -> x.npv()).orElse(Money.zero(o.currency())).plus(total);
            }
            if (all) {
                out.put(o.name(), total.amount().doubleValue());
            }
        }
        return out;
    }

    private static void pointCollapsedEqualsTco(String scenarioFile, String riskFile) {
        Scenario s = scenarioFile.startsWith("steady") ? Fixtures.steady() : Fixtures.bursty();
        Map<String, Double> expected = tcoNpvs(s);
        RiskReport r = Risk.analyze(s, collapsed(s, riskFile), new RiskOptions(3, 9, 2));
        // options with the same cash flows (and so the same NPV in every draw) are one row, named by its members
        assertThat(r.options()).flatExtracting(OptionRisk::members)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(r.options()).extracting(OptionRisk::family).anyMatch(f -> f.contains("cloud"))
                .anyMatch(f -> f.contains("on-prem")).anyMatch(f -> f.contains("hybrid"));
        for (OptionRisk o : r.options()) {
            assertThat(o.option()).isEqualTo(String.join(" = ", o.members()));
            for (String member : o.members()) {
                double v = expected.get(member);
                assertThat(o.baseNpv()).as(member).isEqualTo(v);
                assertThat(o.npv()).as(member).isEqualTo(new Summary(v, v, v, v));
            }
            assertThat(o.availableShare()).isEqualTo(1.0);
        }
        String cheapest = expected.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(r.decision().first()).isEqualTo(cheapest);
        assertThat(r.option(cheapest).probabilityCheapest()).isEqualTo(1.0);
        assertThat(r.decision().difference().p50()).isEqualTo(expected.get(cheapest)
                - expected.get(r.option(r.decision().second()).members().get(0)));
    }

    @Test
    void pointCollapsedMonteCarloEqualsTheCalculatorOnTheSteadyChatbot() {
        pointCollapsedEqualsTco("steady-chatbot.json", "steady-chatbot.risk.json");
    }

    @Test
    void pointCollapsedMonteCarloEqualsTheCalculatorOnTheBurstyRnd() {
        pointCollapsedEqualsTco("bursty-rnd.json", "bursty-rnd.risk.json");
    }

    @Test
    void oneWorkloadUsesTheCalculatorsBreakEven() {
        Scenario s = Fixtures.steady();
        Scenario one = s.withWorkloads(s.workloads().subList(1, 2));
        var u = Uncertainties.builder().input("sites[fra-colo].energyPerKwh", Distribution.fixed(0.19)).build();
        RiskReport r = Risk.analyze(one, u, new RiskOptions(2, 1, 1));
        WorkloadTco w = Tco.analyze(one).workloads().get(0);
        var be = w.breakEven(r.decision().first(), r.decision().second());
        assertThat(r.breakEven().shareWithinHorizon()).isEqualTo(be.isPresent() ? 1.0 : 0.0);
        be.ifPresent(b -> assertThat(r.breakEven().month().orElseThrow().p50()).isEqualTo(b.month()));
        assertThat(r.option(w.cheapest().name()).baseNpv()).isEqualTo(w.cheapest().npv().amount().doubleValue());
    }
}
