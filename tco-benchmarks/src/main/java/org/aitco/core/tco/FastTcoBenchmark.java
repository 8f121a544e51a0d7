package org.aitco.core.tco;

import java.util.concurrent.TimeUnit;
import org.aitco.benchmarks.tco.TcoBenchmark;
import org.aitco.core.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the calculator's fast path ({@link FastTco}, package-private: this benchmark lives in its package, as
 * Caffeine's benchmarks do) on the scenario of {@link TcoBenchmark}: a Monte Carlo-like variant (demand scaled by
 * 1.1, other growth, discount rate and trends), every option's NPV, the hybrid sized over every N, on the demand
 * order sorted once in setup.
 *
 * <p>Run: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests} then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar FastTcoBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FastTcoBenchmark {

    @Param({"10", "100"})
    public int peakServers;

    private FastTco fast;
    private Scenario variant;

    @Setup
    public void setUp() {
        TcoBenchmark base = new TcoBenchmark();
        base.peakServers = peakServers;
        base.setUp();
        fast = FastTco.of(base.scenario());
        variant = base.variant();
    }

    @Benchmark
    public FastTco.Result fastPriceOfVariant() {
        return fast.price(variant);
    }
}
