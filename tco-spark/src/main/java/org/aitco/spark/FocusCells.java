package org.aitco.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * FOCUS files as Spark {@link Dataset}s of their cells, and where each row comes from.
 *
 * <p>CSV cells stay the strings written in the file, so that the rows are then validated by the same rules as the
 * local reader; Parquet columns keep their types (decimal, timestamp, map) and are turned into cells by
 * the validation. Columns are matched by name, exactly first and then ignoring case, after trimming the header
 * (as the local reader does), so files with columns in different orders can be read together: CSV files are
 * scanned in groups of equal headers.
 *
 * <p>Besides the FOCUS columns:
 * <ul>
 *   <li>{@value #FILE}: the file of the row;</li>
 *   <li>{@value #ROW}: the row's number in a Parquet file, from 1, or null for CSV (Spark splits a CSV file between
 *       tasks and cannot tell the line a row is on);</li>
 *   <li>{@value #MALFORMED}: for a CSV row without one cell per header column, the row as written, else null.</li>
 * </ul>
 */
final class FocusCells {
    /** The FOCUS columns the chargeback reads, in this order. */
    static final List<String> COLUMNS = List.of("BilledCost", "EffectiveCost", "ListCost", "ChargeCategory",
            "ChargeClass", "ChargePeriodStart", "ChargePeriodEnd", "BillingCurrency", "ProviderName",
            "ServiceCategory", "ServiceName", "ResourceId", "ResourceType", "RegionId", "SkuId", "SkuPriceDetails",
            "ChargeDescription", "PricingUnit", "PricingQuantity", "ConsumedUnit", "ConsumedQuantity",
            "CommitmentDiscountId", "CommitmentDiscountStatus", "Tags");
    static final String FILE = "_aitco_file";
    static final String ROW = "_aitco_row";
    static final String MALFORMED = "_aitco_malformed";
    /** Mandatory unless the policies give currencyIfAbsent (then BillingCurrency is not). */
    private static final List<String> MANDATORY = List.of("BilledCost", "EffectiveCost", "ChargePeriodStart",
            "ChargePeriodEnd");

    private FocusCells() {
    }

    /** Files read together: their header (the columns as the files name them, in order) and their cells. */
    record Part(List<String> header, List<String> files, Dataset<Row> cells) {
    }

    /**
     * The cells of every file behind {@code paths}, one part per CSV header and one for the Parquet files. A part's
     * dataset has the header's columns (strings for CSV, typed for Parquet), then {@value #FILE}, {@value #ROW}
     * and {@value #MALFORMED}.
     *
     * @param currencyRequired whether BillingCurrency is mandatory (no {@code currencyIfAbsent} in the policies)
     * @throws SparkInputException if a path matches nothing, a file is neither CSV nor Parquet, or a mandatory
     *                             column is missing
     */
    static List<Part> read(SparkSession spark, List<String> paths, boolean currencyRequired) {
        var conf = spark.sparkContext().hadoopConfiguration();
        List<FocusFiles.InputFile> files = FocusFiles.list(conf, paths);
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<List<String>, List<String>> g : FocusFiles.csvHeaders(conf, files).entrySet()) {
            parts.add(csv(spark, g.getKey(), g.getValue(), currencyRequired));
        }
        List<String> parquet = files.stream().filter(f -> f.format() == FocusFiles.Format.PARQUET)
                .map(FocusFiles.InputFile::path).toList();
        if (!parquet.isEmpty()) {
            parts.add(parquet(spark, parquet, currencyRequired));
        }
        return parts;
    }

    /** CSV files with one header: every cell a string, the header line skipped in each file. */
    private static Part csv(SparkSession spark, List<String> header, List<String> files, boolean currencyRequired) {
        for (String c : COLUMNS) {
            check(files.get(0), header, c, index(header, c), currencyRequired);
        }
        // The header's own names when they are distinct (Spark then checks them against each file's header without
        // a warning per file), else positions.
        boolean distinct = header.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).distinct().count()
                == header.size() && !header.contains("") && !header.contains(MALFORMED);
        List<String> names = new ArrayList<>();
        StructType schema = new StructType();
        for (int i = 0; i < header.size(); i++) {
            names.add(distinct ? header.get(i) : "c" + i);
            schema = schema.add(names.get(i), DataTypes.StringType, true);
        }
        schema = schema.add(MALFORMED, DataTypes.StringType, true);
        Dataset<Row> d = spark.read().schema(schema)
                .option("header", "true")
                .option("escape", "\"")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", MALFORMED)
                .option("encoding", "UTF-8")
                .csv(files.toArray(new String[0]));
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(d.col(quoted(n)));
        }
        cols.add(col("_metadata.file_path").as(FILE));
        cols.add(lit(null).cast(DataTypes.LongType).as(ROW));
        cols.add(col(MALFORMED));
        return new Part(header, files, d.select(cols.toArray(new Column[0])));
    }

    /** Parquet files, their schemas merged: the FOCUS columns found, as typed; rows numbered from 1 in each file. */
    private static Part parquet(SparkSession spark, List<String> files, boolean currencyRequired) {
        Dataset<Row> d = spark.read().option("mergeSchema", "true").parquet(files.toArray(new String[0]));
        String file = files.size() == 1 ? files.get(0) : files.get(0) + " and %d more".formatted(files.size() - 1);
        List<String> names = new ArrayList<>();
        for (StructField f : d.schema().fields()) {
            names.add(f.name().trim());
        }
        List<String> header = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (String c : COLUMNS) {
            int i = index(names, c);
            check(file, names, c, i, currencyRequired);
            if (i >= 0) {
                header.add(names.get(i));
                cols.add(d.col(quoted(d.schema().fields()[i].name())));
            }
        }
        cols.add(col("_metadata.file_path").as(FILE));
        cols.add(col("_metadata.row_index").plus(1).as(ROW));
        cols.add(lit(null).cast(DataTypes.StringType).as(MALFORMED));
        return new Part(header, files, d.select(cols.toArray(new Column[0])));
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** The index of a column, matched exactly first and then ignoring case (the local reader's rule); -1 if none. */
    static int index(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i >= 0) {
            return i;
        }
        for (int j = 0; j < header.size(); j++) {
            if (header.get(j).equalsIgnoreCase(name)) {
                return j;
            }
        }
        return -1;
    }

    private static void check(String file, List<String> header, String column, int index, boolean currencyRequired) {
        boolean mandatory = MANDATORY.contains(column) || (currencyRequired && column.equals("BillingCurrency"));
        if (index < 0 && mandatory) {
            String hint = column.equals("BillingCurrency")
                    ? ". Maybe give the currency of the file in the configuration: \"currencyIfAbsent\": \"USD\""
                    : "";
            throw new SparkInputException(file, "header", "the mandatory FOCUS column %s is missing (columns found: %s)%s"
                    .formatted(column, String.join(",", header), hint));
        }
    }
}
