package org.aitco.core.operate;

import org.aitco.core.operate.shared.FocusData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The entry points for cloud costs from memory: FOCUS rows, and groups summed elsewhere (as Spark does). */
class CloudCostsTest {
    static final Path EX = ChargebackTest.EX;

    @Test
    void groupsSummedElsewhereGiveTheReportOfTheFile() {
        Path config = EX.resolve("config.json");
        ChargebackReport fromFile = Chargeback.builder().config(config).focus(EX.resolve("focus_sample.csv"))
                .onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv")).run();
        // An independent aggregation: the rows as FocusReader returns them, summed by the public aggregator.
        FocusData rows = FocusReader.read(EX.resolve("focus_sample.csv"));
        CloudCostAggregator agg = CloudCostAggregator.forPolicies(Optional.of(config));
        rows.rows().forEach(agg::add);
        CloudCosts groups = agg.result(rows.file());
        assertThat(groups.rowsRead()).isEqualTo(1000);
        ChargebackReport fromGroups = Chargeback.builder().config(config).cloudCosts(groups)
                .onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv")).run();
        assertThat(fromGroups).isEqualTo(fromFile);

        ChargebackReport fromRows = Chargeback.builder().config(config).focusRows(rows.file(), rows.rows())
                .onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv")).run();
        assertThat(fromRows).isEqualTo(fromFile);
    }

    @Test
    void aHandMadeGroupIsChargedToItsOwner() {
        CloudCostKey key = new CloudCostKey(Currency.getInstance("USD"), YearMonth.of(2024, 9), " ViennaAI ", "AWS",
                "Compute", false, "");
        CloudCosts costs = new CloudCosts("spark:bill", List.of(new CloudCostGroup(key, new BigDecimal("10.255"),
                new BigDecimal("9.745"), 412, BigDecimal.ZERO, Set.of())),
                List.of(new RejectionCount("spark:bill", "BilledCost", "must be a decimal number", 3)), List.of());
        ChargebackReport r = Chargeback.builder().cloudCosts(costs).run();
        // EffectiveCost (the default column) 9.745: the total is rounded half-even (Allocation.roundToTotal) -> 9.74.
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo("ViennaAI");
            assertThat(l.pool()).isEqualTo("cloud:AWS");
            assertThat(l.amount().amount()).isEqualByComparingTo("9.74");
        });
        assertThat(r.inputs()).singleElement().satisfies(f -> {
            assertThat(f.rowsRead()).isEqualTo(415);
            assertThat(f.rowsUsed()).isEqualTo(412);
            assertThat(f.rowsRejected()).isEqualTo(3);
        });
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void twoGroupsOfOneKeyAreRefused() {
        CloudCostKey key = new CloudCostKey(Currency.getInstance("USD"), YearMonth.of(2024, 9), "", "", "", false, "");
        CloudCostGroup g = new CloudCostGroup(key, BigDecimal.ONE, BigDecimal.ONE, 1, BigDecimal.ZERO, Set.of());
        assertThatThrownBy(() -> new CloudCosts("x", List.of(g, g), List.of(), List.of()))
                .hasMessageContaining("contain the key USD 2024-09 owner=(none)");
    }
}
