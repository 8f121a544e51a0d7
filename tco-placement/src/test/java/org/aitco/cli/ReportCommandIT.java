package org.aitco.cli;

import static org.aitco.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command, chargeback --report, and analyze's --wide and --csv, end to end on the examples. */
class ReportCommandIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void reportWritesOneHtmlFileWithEveryChart(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.html");
        CliRun r = run("report", EXAMPLES.resolve("steady-chatbot.json").toString(), "--out", out.toString(),
                "--time-limit", "5", "--draws", "200");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + out);
        String html = Files.readString(out);
        assertThat(html).contains("data-chart=\"hybrid-support-bot\"", "data-chart=\"cashflow-support-bot\"",
                "data-chart=\"costs-support-bot\"", "data-chart=\"risk-distribution\"", "data-chart=\"tornado\"",
                "data-chart=\"plan-servers\"", "data-chart=\"plan-shares\"", "data-chart=\"plan-cloud-week\"",
                "200 Monte Carlo draws");
    }

    @Test
    void reportWithoutUncertaintiesLeavesOutTheRiskAndSaysWhy(@TempDir Path dir) throws IOException {
        Path scenario = Files.copy(EXAMPLES.resolve("steady-chatbot.json"), dir.resolve("mine.json"));
        Path out = dir.resolve("r.html");
        CliRun r = run("report", scenario.toString(), "--out", out.toString(), "--time-limit", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("no risk section: no uncertainties for " + scenario);
        assertThat(Files.readString(out)).contains("data-chart=\"plan-servers\"").doesNotContain("tornado");
    }

    @Test
    void chargebackWritesItsHtmlReport(@TempDir Path dir) throws IOException {
        Path ex = EXAMPLES.resolve("chargeback");
        Path out = dir.resolve("cb.html");
        CliRun r = run("chargeback", ex.resolve("focus_sample.csv").toString(), "--pools",
                ex.resolve("onprem-pools.json").toString(), "--usage", ex.resolve("usage.csv").toString(),
                "--report", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("data-chart=\"chargeback-owners\"", "Cost per owner and month");
    }

    @Test
    void analyzeFits120ColumnsAndWritesEveryColumnAsCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("a.csv");
        CliRun narrow = run("analyze", "--example", "steady-chatbot", "--csv", csv.toString());
        assertThat(narrow.code()).as(narrow.err()).isZero();
        assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        CliRun wide = run("analyze", "--example", "steady-chatbot", "--wide");
        assertThat(wide.out()).contains("IT energy", "maintenance");
        assertThat(wide.out().lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(120);
        // 2 workloads x 13 options (as in the table) and a header.
        assertThat(Files.readAllLines(csv)).hasSize(1 + 2 * 13).first().asString()
                .startsWith("workload,option,kind,");
    }
}
