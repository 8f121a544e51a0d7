package org.aitco.benchmarks.operate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.aitco.core.money.Allocation;
import org.aitco.core.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact allocation of a month's pool cost (1,234,567.89 USD) over a million usage rows, by tokens (whole numbers,
 * the primitive path) and by accelerator-hours (decimals with two places, the BigDecimal path).
 *
 * <p>Run from the repository root: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests}, then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar AllocationBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {
    @Param({"1000000"})
    public int rows;

    private long totalMinor;
    private Money total;
    private long[] tokens;
    private List<BigDecimal> hours;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        totalMinor = 123_456_789L;
        total = Money.ofMinor(totalMinor, java.util.Currency.getInstance("USD"));
        tokens = new long[rows];
        hours = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            tokens[i] = random.nextLong(0, 50_000_000L);
            hours.add(BigDecimal.valueOf(random.nextLong(0, 100_000L), 2));
        }
    }

    @Benchmark
    public long[] byTokens() {
        return Allocation.splitMinor(totalMinor, tokens);
    }

    @Benchmark
    public List<Money> byAcceleratorHours() {
        return Allocation.split(total, hours);
    }
}
