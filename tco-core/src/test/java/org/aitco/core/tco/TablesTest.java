package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.server;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitco.core.json.ReportJson;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void aColumnMadeLeftAlignedPadsOnTheRightTheOthersOnTheLeft() {
        String t = Tables.table(List.of(Tables.Column.kept("owner"), Tables.Column.kept("kind").withLeftAlignment(),
                Tables.Column.kept("amount")), List.of(List.of("a", "idle", "5.00"), List.of("bb", "direct", "12.50")),
                false, "  ");
        // widths: owner 5, kind 6, amount 6; two spaces between columns
        assertThat(t.lines().toList()).containsExactly(
                "  owner  kind    amount",
                "  -----  ------  ------",
                "  a      idle      5.00",
                "  bb     direct   12.50");
    }

    /**
     * One workload of 100 tokens/s, every platform serves 100 tokens/s with one machine. Server box: 10,000 once,
     * 1 kW at 0.20 EUR/kWh = 0.20 EUR/h. Cloud vm: 2.20 EUR/h on demand, a 1-year commitment without upfront at
     * 1.10 EUR/h; cloud big: 3.00 EUR/h. No discounting, 2 years.
     */
    private static Scenario twoOfferings(int years) {
        return scenario().financials(financials(years, 0))
                .workload(workload("bot", 100))
                .server(server("box", 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(new Commitment(1, 0, Fixtures.eur(1.10))), null, 0, 0), 100)
                .cloud(cloud("big", 3.00, List.of(), null, 0, 0), 100)
                .build();
    }

    private static String row(String table, String option) {
        return Arrays.stream(table.split("\\R")).filter(l -> l.startsWith(option + " ")).findFirst().orElseThrow();
    }

    /** The letters of the break-even legend: letter -> the on-demand option it stands for. */
    private static Map<String, String> legend(String table) {
        Map<String, String> m = new HashMap<>();
        Matcher x = Pattern.compile("(?m)^  ([A-Z]) = (\\S+)$").matcher(table);
        while (x.find()) {
            m.put(x.group(2), x.group(1));
        }
        return m;
    }

    @Test
    void breakEvenSaysAgainstWhatEachRowIsMeasured() {
        String table = Tco.analyze(twoOfferings(2)).toTable();
        Map<String, String> letter = legend(table);
        assertThat(letter).containsOnlyKeys("cloud:vm:on-demand", "cloud:big:on-demand");
        assertThat(table).contains("break-even: the month the row's cumulative cost falls to that of on-demand cloud:");
        // On-prem against the cheapest on-demand (vm): 10,000 / (2.20 - 0.20) = 5,000 h, month floor(5000/730)+1 = 7.
        assertThat(row(table, "on-prem:box@ams")).contains("month 7 (h 5000) vs " + letter.get("cloud:vm:on-demand"));
        // The hybrid with big as overflow against big on demand: 10,000 / (3.00 - 0.20) = 3,571.4 h, in month
        // floor(3571.4/730)+1 = 5.
        assertThat(row(table, "hybrid:box@ams+big"))
                .contains("month 5 (h 3571) vs " + letter.get("cloud:big:on-demand"));
        // The commitment against on demand of its own offering: 1.10 x 730 = 803 paid at hour 0 of each month,
        // on demand reaches 803 after 803 / 2.20 = 365 h.
        assertThat(row(table, "cloud:vm:commit-1y-0%up"))
                .contains("month 1 (h 365) vs " + letter.get("cloud:vm:on-demand"));
        assertThat(row(table, "cloud:vm:on-demand")).matches(".*\\s-\\s+\\S+\\s+\\S+%$"); // no reference
    }

    @Test
    void theDefaultTableFits120ColumnsAndTheWideOneHasEveryCostLine() {
        TcoResult r = Tco.analyze(twoOfferings(2));
        assertThat(r.toTable().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(r.toTable()).doesNotContain("IT energy", "capex").contains("NPV", "vs cheapest", "EUR/Mtok");
        assertThat(r.toWideTable()).contains("capex", "IT energy", "on-demand", "commitments", "nominal",
                "EUR/million tokens");
    }

    @Test
    void longNamesLeaveOutTheLastReadColumnsAndSaySo() {
        String longName = "a-server-type-with-a-name-much-longer-than-anyone-would-type-x";
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(server(longName, 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        String table = Tco.analyze(s).toTable();
        assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(table).contains("(left out to fit 120 columns: util", "NPV", "hybrid:" + longName);
    }

    @Test
    void aOneYearHorizonIsNotOneYears() {
        String table = Tco.analyze(twoOfferings(1)).toTable();
        assertThat(table).contains("1-year horizon").doesNotContain("1 years");
    }

    @Test
    void csvHasEveryOptionWithItsReferenceAndExactAmounts() {
        TcoResult r = Tco.analyze(twoOfferings(2));
        List<String> lines = r.toCsv().lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(lines).hasSize(1 + r.options().size());
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1); // no cell of this scenario holds a comma or quote
            assertThat(cells).hasSize(header.size());
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(header.get(i), cells[i]);
            }
            rows.add(m);
        }
        Map<String, String> onPrem = rows.stream().filter(m -> m.get("option").equals("on-prem:box@ams"))
                .findFirst().orElseThrow();
        assertThat(onPrem).containsEntry("break_even_vs", "cloud:vm:on-demand").containsEntry("break_even_month", "7")
                .containsEntry("break_even_hour", "5000.0").containsEntry("capex", "10000.00")
                .containsEntry("workload", "bot");
        for (Map<String, String> m : rows) {
            assertThat(m.get("npv")).isEqualTo(r.workload("bot").option(m.get("option")).npv().amount()
                    .toPlainString());
        }
    }

    @Test
    void csvQuotesCellsWithCommasAndQuotes() {
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot, \"the\" one", 100))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        assertThat(Tco.analyze(s).toCsv()).contains("\"bot, \"\"the\"\" one\",cloud:vm:on-demand,");
    }

    @Test
    void jsonHasTheBreakEvenOfEveryPair() throws Exception {
        TcoResult r = Tco.analyze(twoOfferings(2));
        JsonNode w = new ObjectMapper().readTree(ReportJson.toJson(r)).get("workloads").get(0);
        int n = r.options().size();
        assertThat(w.get("breakEvens")).hasSize(n * (n - 1) / 2);
        JsonNode pair = null;
        for (JsonNode p : w.get("breakEvens")) {
            if (p.get("option").asText().equals("on-prem:box@ams") && p.get("against").asText()
                    .equals("cloud:vm:on-demand")) {
                pair = p;
            }
        }
        assertThat(pair).isNotNull();
        // 10,000 / (2.20 - 0.20) = 5,000 h, as in the table.
        assertThat(pair.get("month").asInt()).isEqualTo(7);
        assertThat(pair.get("hour").asDouble()).isEqualTo(5000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(pair.get("dearerBefore").asText()).isEqualTo("on-prem:box@ams");
        assertThat(pair.get("reference").asText()).isEqualTo("cloud:vm:on-demand");
        // vm on demand (38,544) and big on demand (52,560) never cross: big is dearer from the first hour on.
        for (JsonNode p : w.get("breakEvens")) {
            if (p.get("option").asText().equals("cloud:vm:on-demand") && p.get("against").asText()
                    .equals("cloud:big:on-demand")) {
                assertThat(p.get("month").isNull()).isTrue();
                assertThat(p.get("reference").isNull()).isTrue();
            }
        }
    }
}
