package org.aitco.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.aitco.core.operate.CloudCostGroup;
import org.aitco.core.operate.CloudCostKey;
import org.aitco.core.operate.FocusRow;
import org.aitco.core.operate.RowRejection;
import org.aitco.core.operate.shared.FocusData;
import org.aitco.core.operate.shared.FocusKit;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

import scala.collection.JavaConverters;

/**
 * Turns the cells of FOCUS files into rows for Spark SQL to sum, on the executors, by tco-core's own rules: the
 * cells are validated by tco-core's FOCUS reader ({@link FocusKit#read}) (so a row is rejected in Spark exactly when the local
 * reader rejects it, for the same column and reason) and each usable row gets its {@link CloudCostKey} from
 * tco-core's grouping rules ({@link FocusKit#grouping}).
 *
 * <p>Output rows ({@link #SCHEMA}) are of two kinds: a cost ({@code rejected = false}: the key, BilledCost,
 * EffectiveCost, the row count) or a rejected row ({@code rejected = true}: file, row, column, value, reason).
 * Amounts travel as {@code decimal(38,18)} with the scale they were written with beside them, so that the driver
 * gives each sum the scale of the local reader's exact sum (the largest scale of its terms).
 * Rows of a cloud accelerator platform (few: the GPU SKUs of the policies) are summed in the partition by the
 * aggregator itself, which alone knows their accelerator-hours and busy hours, and leave as one row per group.
 *
 * <p>The local reader reads files; tco-core has no public parser of one record. So the cells are handed to it in
 * batches written as a CSV file to the executor's temporary folder, with the file's own header; a row that Spark
 * found malformed (not one cell per header column) is written as it was in the file, alone in its batch.
 */
final class CoreRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The exact decimals of the sums: 38 digits, 18 after the point (FOCUS exports write at most 12 or so). */
    static final DecimalType MONEY = DataTypes.createDecimalType(38, 18);
    private static final int BATCH = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("rejected", DataTypes.BooleanType, false)
            .add("currency", DataTypes.StringType, true)
            .add("month", DataTypes.StringType, true)
            .add("owner", DataTypes.StringType, true)
            .add("provider", DataTypes.StringType, true)
            .add("serviceCategory", DataTypes.StringType, true)
            .add("unusedCommitment", DataTypes.BooleanType, true)
            .add("platform", DataTypes.StringType, true)
            .add("billed", MONEY, true)
            .add("effective", MONEY, true)
            .add("rows", DataTypes.LongType, false)
            .add("acceleratorHours", MONEY, true)
            .add("busyHours", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
            .add("billedScale", DataTypes.IntegerType, true)
            .add("effectiveScale", DataTypes.IntegerType, true)
            .add("hoursScale", DataTypes.IntegerType, true)
            .add("file", DataTypes.StringType, true)
            .add("row", DataTypes.LongType, true)
            .add("column", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    private final String source;
    private final List<String> header;
    private final byte[] config;
    private final String currencyIfAbsent;

    /**
     * @param source           the input the rows belong to (a path as the user gave it)
     * @param header           the columns of the incoming rows, as the file names them (the FOCUS columns are
     *                         found by name, as the local reader finds them)
     * @param config           the policies file's bytes, or null for the default policies
     * @param currencyIfAbsent the policies' currency for rows without BillingCurrency, or null
     */
    CoreRows(String source, List<String> header, byte[] config, String currencyIfAbsent) {
        this.source = source;
        this.header = List.copyOf(header);
        this.config = config == null ? null : config.clone();
        this.currencyIfAbsent = currencyIfAbsent;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) throws IOException {
        Path dir = Files.createTempDirectory("aitco-spark");
        try {
            Optional<Path> policies = Optional.empty();
            if (config != null) {
                Path c = dir.resolve("config.json");
                Files.write(c, config);
                policies = Optional.of(c);
            }
            FocusKit.Grouping keys = FocusKit.get().grouping(policies);
            FocusKit.Grouping accelerators = FocusKit.get().grouping(policies);
            Currency absent = currencyIfAbsent == null ? null : Currency.getInstance(currencyIfAbsent);
            List<Row> out = new ArrayList<>();
            Batch batch = new Batch(dir.resolve("batch.csv"));
            while (input.hasNext()) {
                Row r = input.next();
                String malformed = r.getAs(FocusCells.MALFORMED);
                if (malformed != null) {
                    Batch alone = new Batch(dir.resolve("malformed.csv"));
                    alone.addRaw(r, malformed);
                    alone.run(absent, keys, accelerators, out);
                } else {
                    batch.add(r);
                    if (batch.size() >= BATCH) {
                        batch.run(absent, keys, accelerators, out);
                        batch = new Batch(dir.resolve("batch.csv"));
                    }
                }
            }
            batch.run(absent, keys, accelerators, out);
            for (CloudCostGroup g : accelerators.result(source).groups()) {
                out.add(cost(g.key(), g.billedCost(), g.effectiveCost(), g.rows(), g.acceleratorHours(),
                        g.busyHours().stream().sorted().toArray(Integer[]::new)));
            }
            return out.iterator();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Rows written to one CSV file for the local reader, with where each came from. */
    private final class Batch {
        private final Path file;
        private final StringBuilder text = new StringBuilder(1 << 16);
        /** Per record: the line it starts on in the batch file, its file and row number. */
        private final List<Long> lines = new ArrayList<>();
        private final List<String> files = new ArrayList<>();
        private final List<Long> rows = new ArrayList<>();
        private long line = 2;

        Batch(Path file) {
            this.file = file;
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                quote(header.get(i));
            }
            text.append('\n');
        }

        int size() {
            return lines.size();
        }

        void add(Row r) {
            where(r);
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                String cell = cell(r.get(i));
                if (cell != null) {
                    quote(cell);
                }
            }
            text.append('\n');
            line++;
        }

        void addRaw(Row r, String record) {
            where(r);
            text.append(record).append('\n');
            line += record.chars().filter(c -> c == '\n').count() + 1;
        }

        private void where(Row r) {
            lines.add(line);
            files.add(r.getAs(FocusCells.FILE));
            rows.add(r.getAs(FocusCells.ROW));
        }

        private void quote(String s) {
            text.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    text.append('"');
                } else if (c == '\n') {
                    line++;
                }
                text.append(c);
            }
            text.append('"');
        }

        void run(Currency absent, FocusKit.Grouping keys, FocusKit.Grouping accelerators, List<Row> out) {
            if (lines.isEmpty()) {
                return;
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FocusData d = FocusKit.get().read(file, absent);
            for (FocusRow row : d.rows()) {
                CloudCostKey k = keys.key(row);
                if (!k.acceleratorPlatform().isEmpty()) {
                    accelerators.add(row);
                } else {
                    out.add(cost(k, row.billedCost(), row.effectiveCost(), 1, null, null));
                }
            }
            for (RowRejection x : d.rejections()) {
                int i = record(x.line());
                out.add(RowFactory.create(source, true, null, null, null, null, null, null, null, null, null, 1L,
                        null, null, null, null, null, files.get(i), rows.get(i), x.column(), x.value(), x.reason()));
            }
        }

        /** The record that starts on a line of the batch file. */
        private int record(long l) {
            int i = java.util.Collections.binarySearch(lines, l);
            if (i < 0) {
                throw new IllegalStateException("no record starts on line %d of a batch".formatted(l));
            }
            return i;
        }
    }

    private Row cost(CloudCostKey k, BigDecimal billed, BigDecimal effective, long n, BigDecimal hours,
            Integer[] busy) {
        return RowFactory.create(source, false, k.billingCurrency().getCurrencyCode(), k.month().toString(),
                k.owner(), k.provider(), k.serviceCategory(), k.unusedCommitment(), k.acceleratorPlatform(),
                exact(billed, "BilledCost"), exact(effective, "EffectiveCost"), n,
                hours == null ? null : exact(hours, "accelerator-hours"),
                busy == null ? null : JavaConverters.asScala(java.util.Arrays.asList(busy)).toSeq(),
                billed.scale(), effective.scale(), hours == null ? null : hours.scale(), null, null, null, null, null);
    }

    /**
     * The amount as an exact {@link #MONEY} value.
     *
     * @throws IllegalArgumentException if it has more than 18 decimals or 20 integer digits, which Spark's exact
     *                                  decimal cannot hold (no rounding: a changed amount would be a wrong report)
     */
    static BigDecimal exact(BigDecimal amount, String what) {
        BigDecimal s = amount.stripTrailingZeros();
        if (s.scale() > MONEY.scale() || s.precision() - s.scale() > MONEY.precision() - MONEY.scale()) {
            throw new IllegalArgumentException(("%s (%s) does not fit Spark's exact decimal(38,18): more than 18 "
                    + "decimals or 20 digits before the point").formatted(what, amount.toPlainString()));
        }
        return amount.setScale(MONEY.scale(), RoundingMode.UNNECESSARY);
    }

    /**
     * A cell as a CSV export would write it: strings as they are; Parquet's typed values as their exact text
     * (decimals in full, timestamps as UTC instants, maps and structs as JSON objects).
     */
    static String cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof LocalDateTime t) {
            return t.toString(); // timestamp without zone: UTC, as FOCUS prescribes and the reader assumes
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof scala.collection.Map<?, ?> m) {
            return json(JavaConverters.mapAsJavaMap(m));
        }
        if (v instanceof Row r && r.schema() != null) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            for (String f : r.schema().fieldNames()) {
                fields.put(f, cell(r.getAs(f)));
            }
            return json(fields);
        }
        return v.toString();
    }

    private static String json(Map<?, ?> m) {
        try {
            Map<String, Object> plain = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> plain.put(String.valueOf(k), x == null ? null : cell(x)));
            return JSON.writeValueAsString(plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
