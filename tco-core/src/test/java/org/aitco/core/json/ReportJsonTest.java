package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    record Sample(Money total, Price rate, Optional<String> note, Optional<String> none, OptionalDouble share,
                  List<Double> monthly) {
    }

    @Test
    void writesMoneyExactlyAndOptionalsAsValueOrNull() throws Exception {
        var sample = new Sample(Money.of("1234.50", "EUR"), Price.of(0.2134, "EUR"), Optional.of("x"),
                Optional.empty(), OptionalDouble.of(0.25), List.of(1.0, 2.5));
        JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(sample));
        assertThat(json.get("total").get("amount").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(json.get("total").get("currency").asText()).isEqualTo("EUR");
        assertThat(json.get("total").has("zero")).isFalse();
        assertThat(json.get("rate").asText()).isEqualTo("0.2134 EUR");
        assertThat(json.get("note").asText()).isEqualTo("x");
        assertThat(json.get("none").isNull()).isTrue();
        assertThat(json.get("share").asDouble()).isEqualTo(0.25);
        assertThat(json.get("monthly").size()).isEqualTo(2);
    }

    sealed interface Outcome {
    }

    record Done(Duration time) implements Outcome {
    }

    record Holder(Outcome outcome) {
    }

    @Test
    void writesCasesOfASealedInterfaceWithTheirKindAndDurationsInSeconds() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(new Holder(new Done(Duration.ofMillis(2500)))));
        assertThat(json.get("outcome").get("kind").asText()).isEqualTo("Done");
        assertThat(json.get("outcome").get("time").asDouble()).isEqualTo(2.5);
    }

    @Test
    void writesATcoResultWhoseTotalsMatchTheResult() throws Exception {
        TcoResult result = Tco.analyze(ScenarioFiles.read(Path.of("..", "examples", "steady-chatbot.json")));
        JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(result));
        JsonNode first = json.get("workloads").get(0).get("options").get(0);
        var cheapest = result.workloads().get(0).options().get(0);
        assertThat(first.get("name").asText()).isEqualTo(cheapest.name());
        assertThat(first.get("npv").get("amount").decimalValue()).isEqualByComparingTo(cheapest.npv().amount());
    }

    /**
     * RiskReport.toJson is ReportJson's (#11 item 9: no hand-written writer beside it), in the fields the hand-written
     * one had: an input's distribution as its text, a tornado bar's swing, an absent flip value as null.
     */
    @Test
    void aRiskReportIsWrittenByReportJsonWithTheFieldsItHad() throws Exception {
        var scenario = ScenarioFiles.read(Path.of("..", "examples", "steady-chatbot.json"));
        var uncertainties = org.aitco.core.risk.UncertaintyFiles.read(
                Path.of("..", "examples", "risk", "steady-chatbot.risk.json"));
        var report = org.aitco.core.risk.Risk.analyze(scenario, uncertainties,
                org.aitco.core.risk.RiskOptions.defaults().withDraws(100));
        assertThat(report.toJson()).isEqualTo(ReportJson.toJson(report));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("inputs").get(0).get("distribution").asText())
                .isEqualTo(uncertainties.inputs().get(0).distribution().toString());
        for (int i = 0; i < report.tornado().size(); i++) {
            var bar = report.tornado().get(i);
            // swing = |difference at high - difference at low|, as TornadoBar.swing()
            assertThat(json.get("tornado").get(i).get("swing").asDouble())
                    .isEqualTo(Math.abs(bar.differenceAtHigh() - bar.differenceAtLow()));
        }
        for (int i = 0; i < report.flips().size(); i++) {
            var flip = report.flips().get(i);
            assertThat(json.get("flips").get(i).get("value").isNull()).isEqualTo(flip.value().isEmpty());
        }
        assertThat(json.fieldNames()).toIterable().containsExactly("scenario", "currency", "draws", "seed", "inputs",
                "options", "decision", "breakEven", "tornado", "flips");
    }
}
