package org.aitco.benchmarks.operate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A supplement to the JMH benchmarks for a shared, overloaded machine, where wall-clock scores drown in noise:
 * rows of the real FOCUS sample per CPU-second of the measuring thread, for the CSV libraries and the FOCUS paths
 * (two rounds of 2 CPU-seconds each after a warm-up round); or one run of the DuckDB or the aitco side of
 * {@link DuckDbChargebackBenchmark}, to time with {@code /usr/bin/time -v}.
 *
 * <p>{@code java -cp tco-benchmarks/target/benchmarks.jar org.aitco.benchmarks.operate.CpuTimeCheck}, or with the
 * arguments {@code duckdb /tmp/focus-1m.csv} or {@code aitco /tmp/focus-1m.csv}.
 */
public final class CpuTimeCheck {
    private CpuTimeCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            DuckDbChargebackBenchmark b = new DuckDbChargebackBenchmark();
            b.file = args[1];
            long t0 = System.nanoTime();
            Object r = args[0].equals("duckdb") ? b.duckDb() : b.aitco().totalAllocated();
            System.out.printf("%s: %s in %.0f ms%n", args[0], r, (System.nanoTime() - t0) / 1e6);
            return;
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        CsvLibraryBenchmark csv = new CsvLibraryBenchmark();
        csv.file = "examples/chargeback/focus_sample.csv";
        csv.setUp();
        FocusParseBenchmark fp = new FocusParseBenchmark();
        fp.file = csv.file;
        fp.setUp();
        String[] names = {"jackson", "fastCsv", "parseSample", "chargebackSample"};
        for (int round = 0; round < 3; round++) {
            for (String n : names) {
                int ops = 0;
                long sink = 0;
                long c0 = t.getCurrentThreadCpuTime();
                while (t.getCurrentThreadCpuTime() - c0 < 2_000_000_000L) {
                    sink += switch (n) {
                        case "jackson" -> csv.jackson();
                        case "fastCsv" -> csv.fastCsv();
                        case "parseSample" -> fp.parseSample().rowsRead();
                        default -> fp.chargebackSample().lines().size();
                    };
                    ops++;
                }
                double cpu = (t.getCurrentThreadCpuTime() - c0) / 1e9;
                if (round > 0) {
                    System.out.printf("round %d %-17s %8.0f rows per CPU-second (%d ops, check %d)%n", round, n,
                            ops * 1000 / cpu, ops, sink);
                }
            }
        }
    }
}
