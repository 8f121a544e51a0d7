package org.aitco.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML as text: self-contained, every chart present, input escaped. The browser test renders it. */
class HtmlReportTest {

    @Test
    void theTcoReportHasEveryChartTheIssueAsksFor() {
        // Per workload: hybrid cost vs N, cumulative cash flows, cost lines; risk: distribution and tornado;
        // plan: servers per site, shares per workload, cloud instances over a week.
        assertThat(Reports.charts(Reports.tco())).containsExactly(
                "hybrid-internal-assistant", "cashflow-internal-assistant", "costs-internal-assistant",
                "hybrid-support-bot", "cashflow-support-bot", "costs-support-bot",
                "risk-distribution", "tornado", "plan-servers", "plan-shares", "plan-cloud-week");
        assertThat(Reports.charts(Reports.chargeback())).containsExactly("chargeback-owners");
    }

    @Test
    void reportsNeedNoNetworkAndRunNoScript() {
        for (String html : new String[] {Reports.tco(), Reports.chargeback(), Reports.hostile()}) {
            assertThat(html).startsWith("<!DOCTYPE html>")
                    .contains("Content-Security-Policy\" content=\"default-src 'none';")
                    .doesNotContainIgnoringCase("<script").doesNotContain("src=\"http", "href=\"http", "url(");
        }
    }

    @Test
    void textFromInputFilesIsEscaped() {
        String html = Reports.hostile();
        assertThat(html).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;"
                + "window.pwned=2&quot;&gt;&amp;&#39;");
        assertThat(html).doesNotContain("<img", "onerror=\"");
    }

    @Test
    void escapeCoversTheFiveCharactersAndControls() {
        assertThat(Html.escape("a<b>&\"'\u0001c")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39; c");
    }

    @Test
    void axisTicksAreShort() {
        assertThat(Html.tick(-1_100_000)).isEqualTo("-1.1M");
        assertThat(Html.tick(250_000)).isEqualTo("250k");
        assertThat(Html.tick(5_000)).isEqualTo("5000");
        assertThat(Html.tick(0.5)).isEqualTo("0.5");
        assertThat(Html.tick(0)).isEqualTo("0");
    }
}
