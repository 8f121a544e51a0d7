package org.aitco.core.operate;

import org.aitco.core.operate.shared.FocusData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FOCUS reader on the real 1.0 sample (copied in examples/chargeback) and the FOCUS 1.2 examples. */
class FocusReaderTest {
    static final Path SAMPLE = Path.of("../examples/chargeback/focus_sample.csv");
    static final Path SPEC = Path.of("src/test/resources/focus/spec-1.2-examples");

    @Test
    void readsEveryRowOfTheRealSample() {
        FocusData d = FocusReader.read(SAMPLE);
        assertThat(d.rowsRead()).isEqualTo(1000);
        assertThat(d.rows()).hasSize(1000);
        assertThat(d.rejections()).isEmpty();
        FocusRow first = d.rows().get(0);
        // Line 2 of the file: "2024-09-18 22:00:00" (no T, no Z) is UTC; NULL ChargeClass is null; 0.00000080000 kept.
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.chargePeriodStart()).isEqualTo(Instant.parse("2024-09-18T22:00:00Z"));
        assertThat(first.chargeClass()).isNull();
        assertThat(first.billedCost()).isEqualByComparingTo("0.0000008");
        assertThat(first.billingCurrency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(first.tags()).isEmpty();
    }

    @Test
    void sumsTheSampleExactly() {
        // Independent check: python's decimal sum of the sample's columns gives 20.52022672899 and 14.97651418586.
        FocusData d = FocusReader.read(SAMPLE);
        BigDecimal billed = d.rows().stream().map(FocusRow::billedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal effective = d.rows().stream().map(FocusRow::effectiveCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(billed).isEqualByComparingTo("20.52022672899");
        assertThat(effective).isEqualByComparingTo("14.97651418586");
    }

    @Test
    void findsTheOwnerUnderKeysWithStraySpacesAndOtherCase() {
        FocusData d = FocusReader.read(SAMPLE);
        // 42 rows tag "org" and 23 tag " org" (leading space), 21 of them both (python count): 42 + 23 - 21 = 44
        // rows belong to "trey" under the key "ORG".
        long trey = d.rows().stream().filter(r -> "trey".equals(Tags.owner(r.tags(), "ORG"))).count();
        long spaced = d.rows().stream().filter(r -> r.tags().containsKey(" org")).count();
        assertThat(trey).isEqualTo(44);
        assertThat(spaced).isEqualTo(23);
        assertThat(d.rows().stream().filter(r -> "1234".equals(Tags.owner(r.tags(), "costcenter"))).count())
                .isEqualTo(36);
    }

    @Test
    void readsEveryFocus12ExampleAndRejectsTheImpossibleHour() throws IOException {
        List<FocusData> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SPEC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                all.add(FocusReader.read(f, Currency.getInstance("USD")));
            }
        }
        assertThat(all).hasSize(26);
        // The purchase scenarios 2 and 3 write ChargePeriodEnd 2023-02-01T30:00:00Z: hour 30 is rejected, counted.
        List<RowRejection> rejected = all.stream().flatMap(d -> d.rejections().stream()).toList();
        assertThat(rejected).hasSize(2).allSatisfy(r -> {
            assertThat(r.column()).isEqualTo("ChargePeriodEnd");
            assertThat(r.value()).isEqualTo("2023-02-01T30:00:00Z");
        });
        assertThat(rejected.get(0).file()).endsWith("commitment_discount_purchase_scenario_2.csv");
        assertThat(rejected.get(0).line()).isEqualTo(4);
        assertThat(all.stream().mapToLong(FocusData::rowsRead).sum())
                .isEqualTo(all.stream().mapToLong(d -> d.rows().size() + d.rejections().size()).sum());
    }

    @Test
    void readsMoneyWrittenWithDollarSignsAndUsDates() {
        // simple_saas_agreements_c.csv writes "$10,100.00 " and 4/1/25.
        FocusData d = FocusReader.read(SPEC.resolve("saas_examples/simple_agreements/simple_saas_agreements_c.csv"));
        assertThat(d.rows()).hasSize(3);
        assertThat(d.rows().get(0).billedCost()).isEqualByComparingTo("10100.00");
        assertThat(d.rows().get(0).chargePeriodStart()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Test
    void findsUnusedCommitmentsInTheZeroUtilisationExample() {
        FocusData d = FocusReader.read(SPEC.resolve(
                "commitment_discount_flexibility/zero_percent_utilization_without_commitment_discount_flexibility.csv"),
                Currency.getInstance("USD"));
        assertThat(d.rows()).filteredOn(FocusRow::isUnusedCommitment).hasSize(1)
                .first().extracting(FocusRow::effectiveCost).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void countsBadRowsWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(3, lines.get(3).replaceFirst("^NULL,0\\.", "NULL,x0."));  // line 4: BilledCost not a number
        lines.set(5, lines.get(5).replace("\"2024-09-", "\"2024-13-"));      // line 6: month 13
        lines.set(7, "NULL,1.0,\"too few\"");                                // line 8: 3 cells instead of 44
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);
        FocusData d = FocusReader.read(bad);
        assertThat(d.rowsRead()).isEqualTo(1000);
        assertThat(d.rows()).hasSize(997);
        assertThat(d.rejections()).extracting(RowRejection::line, RowRejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "BilledCost"),
                        org.assertj.core.groups.Tuple.tuple(6L, "ChargePeriodStart"),
                        org.assertj.core.groups.Tuple.tuple(8L, "(row)"));
        assertThat(d.rejections().get(2).toString()).endsWith("(\"3 cells\") must have 44 cells, one per header column");
    }

    @Test
    void aMissingMandatoryColumnIsAClearError(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(0, lines.get(0).replace("\"EffectiveCost\"", "\"Effective_Cost\""));
        Path bad = dir.resolve("renamed.csv");
        Files.write(bad, lines);
        assertThatThrownBy(() -> FocusReader.read(bad))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("renamed.csv, header: the mandatory FOCUS column EffectiveCost is missing");
        // The commitment examples have no BillingCurrency: an error that says how to fix it, unless given.
        assertThatThrownBy(() -> FocusReader.read(SPEC.resolve(
                "commitment_discount_scenarios/commitment_discount_usage_scenario_1.csv")))
                .hasMessageContaining("BillingCurrency is missing").hasMessageContaining("currencyIfAbsent");
    }
}
