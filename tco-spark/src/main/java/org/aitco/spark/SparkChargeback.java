package org.aitco.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackReport;
import org.aitco.core.operate.CloudCostGroup;
import org.aitco.core.operate.CloudCostKey;
import org.aitco.core.operate.CloudCosts;
import org.aitco.core.operate.RejectionCount;
import org.aitco.core.operate.RowRejection;
import org.aitco.core.operate.shared.FocusKit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Chargeback of FOCUS data on Apache Spark: the rows are read, validated and summed per {@link CloudCostKey} where
 * they are (Spark SQL, exact {@code decimal(38,18)}), and only the small table of groups comes to the driver, where
 * tco-core allocates and reports exactly as it does for local files.
 *
 * <pre>{@code
 * ChargebackReport report = SparkChargeback.builder(spark)
 *         .config(Path.of("config.json"))
 *         .focus("s3a://finops/focus/billing_period=2024-09/")   // CSV or Parquet: files, folders, globs
 *         .onPremPools(Path.of("pools.json")).usage(Path.of("usage.csv"))
 *         .run();
 * }</pre>
 *
 * <p>What equals the local run ({@code Chargeback.builder()} with the same files): every allocation line, owner
 * total, reconciliation and recommendation, and the rows read, used and rejected per input and reason. What
 * differs: an input is a path as given (a folder counts as one input), and a rejected CSV row is listed with its
 * file but line 0, because Spark splits CSV files between tasks and cannot tell the line (Parquet rows are listed
 * with their row number in the file, from 1).
 */
public final class SparkChargeback {
    private SparkChargeback() {
    }

    /** A chargeback on the given session; {@link Builder#run()} computes it. */
    public static Builder builder(SparkSession spark) {
        return new Builder(spark);
    }

    /** The inputs of one chargeback: FOCUS data for Spark, the other files (small) for the driver. */
    public static final class Builder {
        private final SparkSession spark;
        private final List<String> focus = new ArrayList<>();
        private Path config;
        /**
         * The driver's inputs (policies, pools, usage, utilisation), kept as steps on {@link Chargeback.Builder},
         * which checks and reads them; a fresh one is made for each {@link #run()}.
         */
        private final Map<String, Consumer<Chargeback.Builder>> driverFiles = new LinkedHashMap<>();
        /** The paths that are one file: their rejected rows name the file as the user gave it. */
        private final Set<String> singleFiles = new HashSet<>();

        private Builder(SparkSession spark) {
            this.spark = Objects.requireNonNull(spark, "spark");
        }

        /** FOCUS data: a CSV ({@code .csv}, {@code .csv.gz}) or Parquet file, a folder of them, or a glob. */
        public Builder focus(String path) {
            focus.add(Objects.requireNonNull(path, "focus"));
            return this;
        }

        /** The policies file (JSON, docs/chargeback.md), read on the driver and shipped to the executors. */
        public Builder config(Path file) {
            config = Objects.requireNonNull(file, "config");
            return driverFile("config", file, Chargeback.Builder::config);
        }

        /** The on-prem cost pools file (JSON), read on the driver. */
        public Builder onPremPools(Path file) {
            return driverFile("onPremPools", file, Chargeback.Builder::onPremPools);
        }

        /** The usage records file (CSV), read on the driver. */
        public Builder usage(Path file) {
            return driverFile("usage", file, Chargeback.Builder::usage);
        }

        /** The measured utilisation file (CSV, percent 0..100), read on the driver. */
        public Builder utilisation(Path file) {
            return driverFile("utilisation", file, Chargeback.Builder::utilisation);
        }

        private Builder driverFile(String name, Path file, BiConsumer<Chargeback.Builder, Path> step) {
            Objects.requireNonNull(file, name);
            driverFiles.put(name, b -> step.accept(b, file));
            return this;
        }

        /**
         * The FOCUS inputs summed by Spark, one {@link CloudCosts} per path given.
         *
         * @throws SparkInputException if a path matches nothing, a file is neither CSV nor Parquet or lacks a
         *                             mandatory column
         */
        public List<CloudCosts> cloudCosts() {
            Optional<Path> policies = Optional.ofNullable(config);
            FocusKit.get().grouping(policies); // a bad policies file fails here, before any Spark job
            byte[] bytes = policies.map(Builder::bytes).orElse(null);
            String currencyIfAbsent = currencyIfAbsent(bytes);
            Dataset<Row> prepared = null;
            singleFiles.clear();
            for (String p : focus) {
                List<FocusCells.Part> parts = FocusCells.read(spark, List.of(p), currencyIfAbsent == null);
                if (parts.stream().mapToInt(x -> x.files().size()).sum() == 1) {
                    singleFiles.add(p);
                }
                for (FocusCells.Part part : parts) {
                    Dataset<Row> d = part.cells().mapPartitions(
                            new CoreRows(p, part.header(), bytes, currencyIfAbsent), Encoders.row(CoreRows.SCHEMA));
                    prepared = prepared == null ? d : prepared.union(d);
                }
            }
            if (prepared == null) {
                return List.of();
            }
            return summed(prepared);
        }

        /**
         * Sums the FOCUS data on Spark, then allocates and reports on the driver.
         *
         * @throws SparkInputException                              if a FOCUS path cannot be used
         * @throws org.aitco.core.operate.ChargebackInputException if another input or the policies cannot be used
         */
        public ChargebackReport run() {
            Chargeback.Builder b = Chargeback.builder();
            driverFiles.values().forEach(step -> step.accept(b));
            cloudCosts().forEach(b::cloudCosts);
            return b.run();
        }

        private List<CloudCosts> summed(Dataset<Row> prepared) {
            List<Row> sums = prepared
                    .groupBy(col("source"), col("rejected"), col("currency"), col("month"), col("owner"),
                            col("provider"), col("serviceCategory"), col("unusedCommitment"), col("platform"),
                            col("column"), col("reason"))
                    .agg(sum("billed").as("billed"), sum("effective").as("effective"), sum("rows").as("rows"),
                            sum("acceleratorHours").as("hours"), flatten(collect_list("busyHours")).as("busy"),
                            max("billedScale").as("billedScale"), max("effectiveScale").as("effectiveScale"),
                            max("hoursScale").as("hoursScale"))
                    .collectAsList();
            Map<String, List<CloudCostGroup>> groups = new LinkedHashMap<>();
            Map<String, List<RejectionCount>> rejections = new LinkedHashMap<>();
            for (String p : focus) {
                groups.put(p, new ArrayList<>());
                rejections.put(p, new ArrayList<>());
            }
            boolean anyRejected = false;
            for (Row r : sums) {
                String source = r.getAs("source");
                long rows = r.<Long>getAs("rows");
                if (r.<Boolean>getAs("rejected")) {
                    anyRejected = true;
                    rejections.get(source).add(new RejectionCount(source, r.getAs("column"), r.getAs("reason"), rows));
                    continue;
                }
                CloudCostKey key = new CloudCostKey(Currency.getInstance(r.<String>getAs("currency")),
                        YearMonth.parse(r.getAs("month")), r.getAs("owner"), r.getAs("provider"),
                        r.getAs("serviceCategory"), r.<Boolean>getAs("unusedCommitment"), r.getAs("platform"));
                BigDecimal hours = r.getAs("hours");
                Set<Integer> busy = new HashSet<>(r.<scala.collection.Seq<Integer>>getAs("busy") == null ? List.of()
                        : scala.jdk.javaapi.CollectionConverters.asJava(r.<scala.collection.Seq<Integer>>getAs("busy")));
                groups.get(source).add(new CloudCostGroup(key, total(r, "billed", key), total(r, "effective", key),
                        rows, hours == null ? BigDecimal.ZERO : scaled(hours, r.getAs("hoursScale")), busy));
            }
            Map<String, List<RowRejection>> examples = new LinkedHashMap<>();
            focus.forEach(p -> examples.put(p, new ArrayList<>()));
            if (anyRejected) {
                for (Row r : prepared.filter(col("rejected")).select("source", "file", "row", "column", "value",
                        "reason").limit(FocusKit.get().listed() * focus.size()).collectAsList()) {
                    List<RowRejection> list = examples.get(r.<String>getAs("source"));
                    if (list.size() < FocusKit.get().listed()) {
                        Long row = r.getAs("row");
                        String source = r.getAs("source");
                        String file = singleFiles.contains(source) ? source : local(r.getAs("file"));
                        list.add(new RowRejection(file, row == null ? 0 : row, r.getAs("column"), r.getAs("value"),
                                r.getAs("reason")));
                    }
                }
            }
            List<CloudCosts> out = new ArrayList<>();
            for (String p : focus) {
                List<CloudCostGroup> g = new ArrayList<>(groups.get(p));
                g.sort((a, b) -> a.key().compareTo(b.key()));
                List<RejectionCount> x = new ArrayList<>(rejections.get(p));
                x.sort((a, b) -> (a.column() + "\u0000" + a.reason()).compareTo(b.column() + "\u0000" + b.reason()));
                out.add(new CloudCosts(p, g, x, examples.get(p)));
            }
            return out;
        }

        /** A file as Spark names it, without the {@code file:} scheme of the local file system. */
        private static String local(String file) {
            return file.startsWith("file:") ? new org.apache.hadoop.fs.Path(file).toUri().getPath() : file;
        }

        private static BigDecimal total(Row r, String column, CloudCostKey key) {
            BigDecimal v = r.getAs(column);
            if (v == null) {
                throw new ArithmeticException("the sum of %s of %s overflows Spark's decimal(38,18)"
                        .formatted(column, key));
            }
            return scaled(v, r.getAs(column + "Scale"));
        }

        /**
         * An exact sum with the scale the local reader's sum has: the largest scale of the terms, at least 0 (the
         * sum starts from {@code BigDecimal.ZERO}). Only zeros are removed: the terms had no digits beyond it.
         */
        private static BigDecimal scaled(BigDecimal sum, Integer termScale) {
            return sum.setScale(Math.max(0, termScale == null ? 0 : termScale), java.math.RoundingMode.UNNECESSARY);
        }

        private static byte[] bytes(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** The policies' currencyIfAbsent (checked by the policies reader already), or null. */
        private static String currencyIfAbsent(byte[] config) {
            if (config == null) {
                return null;
            }
            try {
                JsonNode c = new ObjectMapper().readTree(config).get("currencyIfAbsent");
                return c == null || c.isNull() ? null : c.asText().trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
