package org.aitco.core.tco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import org.aitco.core.json.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** toString() of a result is a summary a person reads in JShell: at most 20 lines (#11 item 7). */
class SummaryToStringTest {

    @Test
    void aTcoResultPrintsItsCheapestOptionsAndPortfolio() {
        TcoResult r = Tco.analyze(ScenarioFiles.read(Path.of("../examples/steady-chatbot.json")));
        String text = r.toString();
        // A header, one line per workload (2), the portfolio.
        assertThat(text.lines()).hasSize(4);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("TcoResult steady-chatbot: 2 workloads, 5 years, EUR, NPV at 8.0 %/yr");
        for (WorkloadTco w : r.workloads()) {
            assertThat(text).contains("  %s: %d options, cheapest %s".formatted(w.workload(), w.options().size(),
                    w.cheapest()));
        }
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("  portfolio: best NPV "
                + r.portfolio().bestNpv());
    }

    @Test
    void manyWorkloadsStillFitTwentyLines() {
        TcoResult r = Tco.analyze(ScenarioFiles.read(Path.of("../examples/steady-chatbot.json")));
        TcoResult many = new TcoResult(r.scenario(), r.currency(), r.horizonYears(), r.hoursPerMonth(),
                r.discountRatePerYear(), Collections.nCopies(40, r.workloads().get(0)), r.portfolio());
        // 1 header + 16 workloads + "... and 24 more" + portfolio = 19 lines.
        assertThat(many.toString().lines()).hasSize(19)
                .contains("  ... and 24 more workloads: toTable() lists them");
    }
}
