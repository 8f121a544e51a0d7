package org.aitco.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FocusCellsTest {
    static final Path SAMPLE = Path.of("../examples/chargeback/focus_sample.csv");

    @TempDir
    Path dir;

    @Test
    void readsTheRealSampleWithoutMalformedRows() {
        List<FocusCells.Part> parts = FocusCells.read(LocalSpark.session(), List.of(SAMPLE.toString()), true);
        assertThat(parts).hasSize(1);
        Dataset<Row> d = parts.get(0).cells();
        assertThat(parts.get(0).header()).startsWith("AvailabilityZone").contains("BilledCost", "Tags");
        // focus_sample.csv: 1,000 data rows (examples/chargeback/README and the local reader agree)
        assertThat(d.count()).isEqualTo(1000);
        // (Spark refuses a query of the malformed-row column alone on a raw CSV scan: BilledCost is read with it)
        assertThat(d.select(FocusCells.MALFORMED, "BilledCost").collectAsList())
                .allSatisfy(r -> assertThat(r.isNullAt(0)).isTrue());
        assertThat(d.select(FocusCells.FILE).distinct().collectAsList()).singleElement()
                .satisfies(r -> assertThat(r.getString(0)).endsWith("focus_sample.csv"));
    }

    @Test
    void matchesColumnsByNameAcrossFilesAndFlagsRowsWithTheWrongNumberOfCells() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "\uFEFFBilledCost, EffectiveCost ,ChargePeriodStart,ChargePeriodEnd,BillingCurrency\r\n"
                + "1.5,1.25,2024-09-01,2024-09-02,USD\r\n"
                + "\r\n"
                + "2,2,2024-09-01,2024-09-02\r\n"
                + "3,3,2024-09-01,2024-09-02,USD,extra\r\n", StandardCharsets.UTF_8);
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "billingcurrency,ChargePeriodEnd,ChargePeriodStart,EffectiveCost,BilledCost,Tags\n"
                + "EUR,2024-10-02,2024-10-01,7,8,\"{\"\"team\"\": \"\"x, y\"\"}\"\n", StandardCharsets.UTF_8);
        List<FocusCells.Part> parts = FocusCells.read(LocalSpark.session(), List.of(a.toString(), b.toString()), true);
        assertThat(parts).hasSize(2); // two headers, two scans
        assertThat(parts.get(0).header()).containsExactly("BilledCost", "EffectiveCost", "ChargePeriodStart",
                "ChargePeriodEnd", "BillingCurrency"); // trimmed, without the byte-order mark
        List<Row> rows = new java.util.ArrayList<>(parts.get(0).cells().orderBy("BilledCost").collectAsList());
        assertThat(rows).hasSize(3); // 3 data rows of a.csv, the blank line skipped
        rows.addAll(parts.get(1).cells().collectAsList());
        assertThat(rows.get(0).<String>getAs("BilledCost")).isEqualTo("1.5");
        assertThat(rows.get(0).<String>getAs("EffectiveCost")).isEqualTo("1.25");
        assertThat(rows.get(0).<String>getAs(FocusCells.MALFORMED)).isNull();
        assertThat(rows.get(1).<String>getAs(FocusCells.MALFORMED)).isEqualTo("2,2,2024-09-01,2024-09-02");
        assertThat(rows.get(2).<String>getAs(FocusCells.MALFORMED)).isEqualTo("3,3,2024-09-01,2024-09-02,USD,extra");
        Row eur = rows.get(3);
        assertThat(eur.<String>getAs("BilledCost")).isEqualTo("8");
        assertThat(eur.<String>getAs("billingcurrency")).isEqualTo("EUR"); // named as in its file
        assertThat(eur.<String>getAs("ChargePeriodStart")).isEqualTo("2024-10-01");
        assertThat(eur.<String>getAs("Tags")).isEqualTo("{\"team\": \"x, y\"}");
        assertThat(parts.get(1).header()).doesNotContain("ProviderName");
    }

    @Test
    void aMissingMandatoryColumnNamesTheFileAndTheColumns() throws IOException {
        Path a = dir.resolve("nocurrency.csv");
        Files.writeString(a, "BilledCost,EffectiveCost,ChargePeriodStart,ChargePeriodEnd\n1,1,2024-09-01,2024-09-02\n");
        assertThatThrownBy(() -> FocusCells.read(LocalSpark.session(), List.of(a.toString()), true))
                .isInstanceOf(SparkInputException.class)
                .hasMessageContaining("nocurrency.csv, header: the mandatory FOCUS column BillingCurrency is missing")
                .hasMessageContaining("currencyIfAbsent");
        assertThat(FocusCells.read(LocalSpark.session(), List.of(a.toString()), false).get(0).cells().count())
                .isEqualTo(1);
    }

    @Test
    void readsPartitionedParquetFoldersWithRowNumbers() {
        var spark = LocalSpark.session();
        Path out = dir.resolve("lake");
        spark.sql("select cast(x as decimal(20,10)) BilledCost, cast(x as decimal(20,10)) EffectiveCost, "
                + "timestamp'2024-09-01 00:00:00' ChargePeriodStart, timestamp'2024-09-02 00:00:00' ChargePeriodEnd, "
                + "'USD' BillingCurrency, p from values ('1.5', 'a'), ('2.25', 'a'), ('4', 'b') as t(x, p)")
                .coalesce(1).write().partitionBy("p").parquet(out.toString());
        List<FocusCells.Part> parts = FocusCells.read(spark, List.of(out.toString()), true);
        assertThat(parts).singleElement().satisfies(p -> assertThat(p.header()).containsExactly("BilledCost",
                "EffectiveCost", "ChargePeriodStart", "ChargePeriodEnd", "BillingCurrency"));
        Dataset<Row> d = parts.get(0).cells();
        List<Row> rows = d.orderBy("BilledCost").collectAsList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).<java.math.BigDecimal>getAs("BilledCost")).isEqualByComparingTo("1.5");
        assertThat(rows.get(0).<Long>getAs(FocusCells.ROW)).isEqualTo(1L);
        assertThat(rows.get(1).<Long>getAs(FocusCells.ROW)).isEqualTo(2L); // second row of p=a's file
        assertThat(rows.get(2).<String>getAs(FocusCells.FILE)).contains("p=b");
        assertThat(rows.get(2).<Long>getAs(FocusCells.ROW)).isEqualTo(1L);
    }
}
