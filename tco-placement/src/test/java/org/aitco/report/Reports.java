package org.aitco.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;
import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackRequest;
import org.aitco.core.risk.Risk;
import org.aitco.core.risk.RiskOptions;
import org.aitco.core.risk.RiskReport;
import org.aitco.core.risk.UncertaintyFiles;
import org.aitco.core.tco.Tco;
import org.aitco.placement.Placement;
import org.aitco.placement.PlacementOptions;

/** The reports the tests render, made from the bundled examples, once per test run. */
final class Reports {
    static final Path EXAMPLES = Path.of("..", "examples");
    /** A workload name that would run script if it were not escaped. */
    static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">&'";

    private static String tco;
    private static String chargeback;

    private Reports() {
    }

    /** The TCO report of steady-chatbot with its plan (5 s at most) and a 500-draw risk analysis. */
    static synchronized String tco() {
        if (tco == null) {
            Scenario s = ScenarioFiles.read(EXAMPLES.resolve("steady-chatbot.json"));
            RiskReport risk = Risk.analyze(s, UncertaintyFiles.read(EXAMPLES.resolve("risk/steady-chatbot.risk.json")),
                    RiskOptions.defaults().withDraws(500));
            tco = HtmlReport.of(Tco.analyze(s), Optional.of(Placement.optimise(s, PlacementOptions.defaults()
                    .withTimeLimit(java.time.Duration.ofSeconds(5)))), Optional.of(risk));
        }
        return tco;
    }

    /** The chargeback report of examples/chargeback, as in the README. */
    static synchronized String chargeback() {
        if (chargeback == null) {
            Path ex = EXAMPLES.resolve("chargeback");
            chargeback = HtmlReport.of(Chargeback.run(ChargebackRequest.builder().focus(ex.resolve("focus_sample.csv"))
                    .onPremPools(ex.resolve("onprem-pools.json")).usage(ex.resolve("usage.csv"))
                    .utilisation(ex.resolve("utilisation.csv")).config(ex.resolve("config.json")).build()));
        }
        return chargeback;
    }

    /** steady-chatbot with its workload support-bot renamed to {@link #HOSTILE}, without plan or risk. */
    static String hostile() {
        try {
            String json = Files.readString(EXAMPLES.resolve("steady-chatbot.json"))
                    .replace("\"support-bot\"", "\"" + HOSTILE.replace("\"", "\\\"") + "\"");
            Scenario s = ScenarioFiles.read(new StringReader(json), "hostile.json");
            return HtmlReport.of(Tco.analyze(s), Optional.empty(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data-chart} names of the charts in a report, in order. */
    static List<String> charts(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<svg class=\"chart\" data-chart=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return ids;
    }
}
