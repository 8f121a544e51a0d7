package org.aitco.core.operate;

import org.aitco.core.operate.shared.FocusData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast way of reading FOCUS cells for the aggregation ({@link FocusScanner} + {@link CostCells} + scaled-long
 * sums) against the reference ({@link FocusReader} rows, {@link Cells} parsers, {@link BigDecimal} sums): the same
 * groups, sums (to the scale), rejections and lines, on cells in every form exports write, and wrong ones.
 */
class CostCellsProperties {
    private static final String HEADER = "BilledCost,EffectiveCost,ListCost,ChargePeriodStart,ChargePeriodEnd,"
            + "BillingCurrency,ProviderName,ServiceCategory,CommitmentDiscountStatus,PricingQuantity,ConsumedQuantity,"
            + "Unused1,Tags,ChargeDescription";

    @Provide
    Arbitrary<String> decimal() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
                        .flatMap(u -> Arbitraries.integers().between(0, 12)
                                .map(s -> BigDecimal.valueOf(u, s).toPlainString())),
                Arbitraries.longs().map(u -> BigDecimal.valueOf(u, 11).toPlainString()), // 19 digits: not a long
                Arbitraries.of("0.00000080000", "-0.5", "12", "1.2E-7", "1E+3", "$10,100.00", "12,5", "", "NULL",
                        "null", " 3.25 ", "\"4.5\"", "+7", ".5", "5.", "abc", "999999999999999999",
                        "9999999999999999999.5", "-0", "0000000000000000000001"));
    }

    @Provide
    Arbitrary<String> instant() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 28).flatMap(d -> Arbitraries.integers().between(0, 23)
                        .map(h -> "2024-09-%02d %02d:00:00".formatted(d, h))),
                Arbitraries.integers().between(1, 12).map(m -> "2024-%02d-01T00:00:00Z".formatted(m)),
                Arbitraries.of("2024-09-01", "2024-02-29 10:00:00", "2023-02-29 10:00:00", "2024-09-31", "9/1/24",
                        "2024-09-01T00:00:00+02:00", "2024-09-01T00:00", "2024-09-01 24:00:00", "2024-9-1", "",
                        "NULL", "2024-09-01T00:00:00.5Z", "2024-09-18 22:00:00z", "0000-01-01", "2024-13-01",
                        "\"2024-09-02 01:00:00\"", " 2024-09-03 ", "2024-09-01Z"));
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("", "NULL", "\"{\"\"business_unit\"\": \"\"ViennaAI\"\"}\"",
                "\"{\"\"Business_Unit \"\": \"\" Peoria \"\", \"\"env\"\": \"\"dev\"\"}\"",
                "\"{\"\"business_unit\"\": \"\"\"\"}\"", "\"{\"\"env\"\": \"\"prod\"\"}\"", "{not json}",
                "\"[1, 2]\"", "\"{\"\"business_unit\"\": \"\"Zürich\"\"}\"",
                "\"{\"\"business_unit\"\": 7, \"\"x\"\": {\"\"y\"\": 1}}\"");
    }

    @Provide
    Arbitrary<String> row() {
        Arbitrary<String> texts = Arbitraries.of("", "NULL", "AWS", " AWS ", "\"Microsoft\"", "\"a,b\"",
                "\"say \"\"hi\"\"\"", "\"two\nlines\"", "Compute", "AI and Machine Learning", "Ünïcode", "x\"y\"z",
                "\"q\"tail\"x\"");
        Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "usd", "", "NULL", "XXX", "US", "\"JPY\"", " USD ");
        Arbitrary<String> status = Arbitraries.of("", "NULL", "Used", "Unused", "unused", " Unused ");
        // Descriptions that match the accelerator policy of examples/chargeback/config.json (g5.4xlarge) or not.
        Arbitrary<String> description = Arbitraries.of("", "NULL", "g5.4xlarge On Demand", "\"G5.4XLARGE, 1 GPU\"",
                "t3.micro", "\"g5.4xlarge \"\"reserved\"\"\"");
        return Combinators.combine(List.of(decimal(), decimal(), decimal(), instant(), instant(), currency, texts,
                texts, status, decimal(), decimal(), texts, tags(), description)).as(cells -> String.join(",", cells));
    }

    @Property(tries = 300)
    @net.jqwik.api.statistics.StatisticsReport(onFailureOnly = true)
    void theFastCellsGiveTheGroupsAndRejectionsOfTheReference(
            @ForAll("rows") List<String> rows,
            @ForAll @IntRange(min = 0, max = 2) int lineEnds, @ForAll boolean acceleratorPolicy) throws IOException {
        ChargebackConfig config = acceleratorPolicy ? ChargebackConfig.read(FocusStreamTest.CONFIG)
                : ChargebackConfig.defaults();
        String eol = List.of("\n", "\r\n", "\n\n").get(lineEnds);
        Path file = Files.createTempFile("cost-cells", ".csv");
        try {
            Files.writeString(file, HEADER + eol + String.join(eol, rows) + eol, StandardCharsets.UTF_8);
            // A file that cannot be read at all (a quote left open) is the same error both ways.
            Object fast = outcome(() -> fast(file, config));
            Object reference = outcome(() -> reference(file, config));
            assertThat(fast).isEqualTo(reference);
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return row().list().ofMinSize(1).ofMaxSize(40);
    }

    private static Object outcome(java.util.function.Supplier<CloudCosts> read) {
        try {
            return read.get();
        } catch (ChargebackInputException e) {
            return e.getMessage();
        }
    }

    private static CloudCosts fast(Path file, ChargebackConfig config) {
        CloudCostAggregator agg = new CloudCostAggregator(config);
        FocusStream.read(file, null, 1, FocusStream.Limits.DEFAULT, null, () -> new FastSink(agg), (a, b) -> { });
        return agg.result("x");
    }

    private static CloudCosts reference(Path file, ChargebackConfig config) {
        CloudCostAggregator agg = new CloudCostAggregator(config);
        FocusData data = FocusReader.read(file);
        data.rows().forEach(agg::add);
        data.rejections().forEach(agg::reject);
        return agg.result("x");
    }

    /** The fast path, as the chargeback's sink takes it: the fast cells, else a {@code FocusRow}. */
    record FastSink(CloudCostAggregator agg) implements FocusStream.Sink {
        @Override
        public void row(FocusRow row) {
            agg.add(row);
        }

        @Override
        public void reject(RowRejection rejection) {
            agg.reject(rejection);
        }

        @Override
        public void record(FocusScanner r, FocusReader.Columns columns, FocusReader.RowCache cache) {
            if (!agg.addCells(r, columns, cache.costCells)) {
                FocusStream.rowOf(r, columns, cache, this);
            }
        }
    }

    @Property(tries = 300)
    void anExactSumIsTheBigDecimalSum(@ForAll("terms") List<BigDecimal> terms) {
        ExactSum sum = new ExactSum();
        ExactSum half = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < terms.size(); i++) {
            BigDecimal t = terms.get(i);
            if (i % 2 == 0 && t.scale() >= 0 && t.precision() <= 18) {
                sum.add(t.unscaledValue().longValueExact(), t.scale());
            } else {
                sum.add(t);
            }
            if (i < terms.size() / 2) {
                half.add(t);
            }
            expected = expected.add(t);
        }
        // Equal including the scale: the largest scale of the terms, at least 0, as BigDecimal.add gives.
        assertThat(sum.value()).isEqualTo(expected);
        ExactSum rest = new ExactSum();
        terms.subList(terms.size() / 2, terms.size()).forEach(rest::add);
        half.add(rest);
        assertThat(half.value()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<BigDecimal>> terms() {
        Arbitrary<BigDecimal> small = Arbitraries.longs().between(-1_000_000, 1_000_000)
                .flatMap(u -> Arbitraries.integers().between(0, 20).map(s -> BigDecimal.valueOf(u, s)));
        Arbitrary<BigDecimal> huge = Arbitraries.longs()
                .flatMap(u -> Arbitraries.integers().between(-3, 40).map(s -> BigDecimal.valueOf(u, s)));
        Arbitrary<BigDecimal> extreme = Arbitraries.of(BigDecimal.valueOf(Long.MAX_VALUE),
                BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE, 11), new BigDecimal("1E+30"),
                new BigDecimal("-9223372036854775808.00000000001"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, small), net.jqwik.api.Tuple.of(3, huge),
                net.jqwik.api.Tuple.of(1, extreme)).list().ofMaxSize(30);
    }
}
