package org.aitco.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aitco.core.json.ReportJson;
import org.aitco.core.operate.ChargebackInputException;
import org.aitco.core.operate.ChargebackReport;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: the chargeback of {@code ./aitco chargeback}, its FOCUS data read and
 * summed by Spark.
 *
 * <pre>
 * spark-submit --master local[2] --class org.aitco.spark.Main tco-spark/target/tco-spark-job.jar \
 *     chargeback examples/chargeback/focus_sample.csv --pools examples/chargeback/onprem-pools.json \
 *     --usage examples/chargeback/usage.csv --config examples/chargeback/config.json
 * </pre>
 *
 * FOCUS paths are read by Spark (any file system it knows: local, HDFS, S3); the other files are small and read on
 * the driver. Exit codes as the command line's: 0 success, 1 bad input (named on stderr), 2 bad usage.
 */
public final class Main {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final String HELP = """
            usage: spark-submit --class org.aitco.spark.Main tco-spark-job.jar chargeback FOCUS... [--pools JSON]
                       [--usage CSV] [--utilisation CSV] [--config JSON] [--json OUT]
              FOCUS  CSV (.csv, .csv.gz) or Parquet files, folders of them (partitioned folders too) or globs,
                     on any file system Spark reads (file:, hdfs:, s3a:)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        SparkSession spark = null;
        int code;
        try {
            Deque<String> rest = new ArrayDeque<>(List.of(args));
            if (rest.isEmpty() || Set.of("-h", "--help", "help").contains(rest.peekFirst())) {
                System.out.print(HELP);
                code = rest.isEmpty() ? USAGE : OK;
            } else {
                Map<String, String> options = new LinkedHashMap<>();
                List<String> focus = new ArrayList<>();
                parse(rest, options, focus);
                spark = SparkSession.builder().appName("aitco chargeback").getOrCreate();
                code = chargeback(spark, options, focus, System.out, System.err);
            }
        } catch (IllegalStateException e) {
            System.err.println("aitco: " + e.getMessage());
            System.err.print(HELP);
            code = USAGE;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
        System.exit(code);
    }

    /** Splits {@code chargeback FOCUS... --flag value...}; a wrong command or flag is an IllegalStateException. */
    static void parse(Deque<String> args, Map<String, String> options, List<String> focus) {
        String command = args.removeFirst();
        if (!command.equals("chargeback")) {
            throw new IllegalStateException("unknown command '%s'; the Spark job runs: chargeback".formatted(command));
        }
        Set<String> flags = Set.of("--pools", "--usage", "--utilisation", "--config", "--json");
        while (!args.isEmpty()) {
            String a = args.removeFirst();
            if (a.startsWith("--")) {
                if (!flags.contains(a)) {
                    throw new IllegalStateException("unknown option %s; expected one of %s".formatted(a, flags));
                }
                if (args.isEmpty()) {
                    throw new IllegalStateException(a + " needs a value");
                }
                if (options.put(a, args.removeFirst()) != null) {
                    throw new IllegalStateException(a + " is given twice");
                }
            } else {
                focus.add(a);
            }
        }
        if (focus.isEmpty()) {
            throw new IllegalStateException("chargeback needs at least one FOCUS path (CSV or Parquet)");
        }
    }

    /** Runs the chargeback and prints the report; returns the exit code. */
    static int chargeback(SparkSession spark, Map<String, String> options, List<String> focus, PrintStream out,
            PrintStream err) {
        try {
            SparkChargeback.Builder b = SparkChargeback.builder(spark);
            focus.forEach(b::focus);
            if (options.containsKey("--pools")) {
                b.onPremPools(Path.of(options.get("--pools")));
            }
            if (options.containsKey("--usage")) {
                b.usage(Path.of(options.get("--usage")));
            }
            if (options.containsKey("--utilisation")) {
                b.utilisation(Path.of(options.get("--utilisation")));
            }
            if (options.containsKey("--config")) {
                b.config(Path.of(options.get("--config")));
            }
            ChargebackReport report = b.run();
            out.print(report.toText());
            if (options.containsKey("--json")) {
                write(Path.of(options.get("--json")), ReportJson.toJson(report));
            }
            if (!report.balanced()) {
                err.println("aitco: the allocations do not sum to the input costs; see the reconciliation above");
                return BAD_INPUT;
            }
            return OK;
        } catch (SparkInputException | ChargebackInputException | UncheckedIOException e) {
            err.println("aitco: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** Writes a file whole or not at all: to a temporary file beside it, then moved over it. */
    private static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
