package org.aitco.benchmarks.operate;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackReport;
import org.aitco.core.operate.shared.FocusData;
import org.aitco.core.operate.shared.FocusKit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of reading the real 1,000-row FOCUS 1.0 sample (44 columns, JSON tags) on one thread; rows per second =
 * 1,000 x the score.
 *
 * <ul>
 *   <li>{@code parseSample}: {@link FocusKit#read} (tco-core's package-private FocusReader, as tco-spark runs it),
 *   every row kept as a {@code FocusRow};</li>
 *   <li>{@code chargebackSample}: the streaming chargeback on one thread: rows validated and summed per group while
 *       read, then allocated and reported (what {@code ./aitco chargeback} does per file).</li>
 * </ul>
 *
 * <p>Run from the repository root: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests}, then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar FocusParseBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FocusParseBenchmark {
    @Param({"examples/chargeback/focus_sample.csv"})
    public String file;

    private Path path;

    @Setup
    public void setUp() {
        path = Path.of(file);
    }

    @Benchmark
    public FocusData parseSample() {
        return FocusKit.get().read(path, null);
    }

    @Benchmark
    public ChargebackReport chargebackSample() {
        return Chargeback.builder().focus(path).threads(1).run();
    }
}
