package org.aitco.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders each report in a real headless Chromium (Debian's {@code chromium}) and checks that every chart drew
 * (its SVG exists, has a size, and holds marks with a non-empty box) and that the page raised no console error.
 *
 * <p>Without Chromium the test is skipped, unless {@code CI} or {@code AITCO_REQUIRE_BROWSER} is set: then it
 * fails, so CI never passes without a browser. With {@code -Daitco.screenshots=DIR} it also writes
 * {@code tco-report.png} and {@code chargeback-report.png} there (docs/ holds the committed ones).
 */
class HtmlReportBrowserTest {
    private static Chromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<Path> exe = Chromium.executable();
        boolean required = isSet("CI") || isSet("AITCO_REQUIRE_BROWSER");
        if (exe.isEmpty()) {
            if (required) {
                throw new AssertionError("Chromium is required (CI or AITCO_REQUIRE_BROWSER is set) but neither "
                        + "$AITCO_CHROMIUM nor /usr/bin/chromium is there: apt-get install -y chromium");
            }
            Assumptions.abort("no Chromium (/usr/bin/chromium or $AITCO_CHROMIUM): the browser check is skipped");
        }
        chromium = Chromium.start(exe.get());
    }

    private static boolean isSet(String env) {
        String v = System.getenv(env);
        return v != null && !v.isBlank() && !v.equalsIgnoreCase("false") && !v.equals("0");
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Per chart: its name, its size on the page, its marks, and how many of them have a non-empty box. */
    private static final String CHARTS = """
            Array.from(document.querySelectorAll('svg.chart')).map(s => {
              const r = s.getBoundingClientRect();
              const marks = Array.from(s.querySelectorAll('.mark'));
              return {name: s.dataset.chart, width: r.width, height: r.height, marks: marks.length,
                      drawn: marks.filter(m => { const b = m.getBBox(); return b.width > 0 || b.height > 0; }).length};
            })""";

    private static JsonNode render(Path dir, String name, String html, boolean screenshot) throws IOException {
        Path file = dir.resolve(name + ".html");
        Files.writeString(file, html);
        chromium.open(file);
        JsonNode charts = chromium.evaluate(CHARTS);
        assertThat(chromium.errors()).as("console errors of " + name).isEmpty();
        List<String> names = new ArrayList<>();
        for (JsonNode c : charts) {
            names.add(c.get("name").asText());
            assertThat(c.get("width").asDouble()).as(c + " width").isGreaterThan(100);
            assertThat(c.get("height").asDouble()).as(c + " height").isGreaterThan(50);
            assertThat(c.get("marks").asInt()).as(c + " marks").isPositive();
            assertThat(c.get("drawn").asInt()).as(c + " marks with a non-empty box").isEqualTo(c.get("marks").asInt());
        }
        assertThat(names).as("charts rendered in " + name).isEqualTo(Reports.charts(html)).isNotEmpty();
        String shots = System.getProperty("aitco.screenshots");
        if (screenshot && shots != null && !shots.isBlank()) {
            Files.createDirectories(Path.of(shots));
            Files.write(Path.of(shots).resolve(name + ".png"), chromium.screenshot(1000));
        }
        return charts;
    }

    @Test
    void theTcoReportDrawsEveryChartWithoutErrors(@TempDir Path dir) throws IOException {
        JsonNode charts = render(dir, "tco-report", Reports.tco(), true);
        assertThat(charts).hasSize(11);
    }

    @Test
    void theChargebackReportDrawsItsChartWithoutErrors(@TempDir Path dir) throws IOException {
        JsonNode charts = render(dir, "chargeback-report", Reports.chargeback(), true);
        assertThat(charts).hasSize(1);
    }

    @Test
    void aWorkloadNamedScriptIsShownNotRun(@TempDir Path dir) throws IOException {
        render(dir, "hostile-report", Reports.hostile(), false);
        assertThat(chromium.evaluate("document.scripts.length").asInt()).isZero();
        assertThat(chromium.evaluate("document.images.length").asInt()).isZero();
        assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
        assertThat(chromium.evaluate("document.body.innerText").asText()).contains(Reports.HOSTILE);
    }
}
