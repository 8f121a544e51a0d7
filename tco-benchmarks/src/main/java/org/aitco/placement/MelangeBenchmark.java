package org.aitco.placement;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aitco.core.json.MelangeConfig;
import org.aitco.core.json.MelangeFiles;
import org.aitco.core.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mélange's public example ({@code examples/melange/example.json}) at every rate and slice factor of the docs:
 * the optimiser ({@link Melange#optimise}, ojAlgo underneath) beside the test oracle (SCIP in OR-Tools, on the same
 * full model; both include mapping the configuration and building their models). In package {@code org.aitco.placement} to reach the package-private full model;
 * the oracle comes from tco-placement's test classes. Runs on linux-x86-64 only (the OR-Tools native library kept).
 *
 * <p>Run from the repository root: {@code mvn -B -o -q -pl tco-benchmarks -am package -DskipTests && java -jar
 * tco-benchmarks/target/benchmarks.jar MelangeBenchmark -f 1}. The first call of each trial prints the allocation
 * and the oracle's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MelangeBenchmark {
    @Param({"1", "2", "4", "8", "16", "30", "32", "64", "128"})
    int rate;

    @Param({"1", "2", "4", "8"})
    int sliceFactor;

    /** Where the example is, from the repository root. */
    String example = "examples/melange/example.json";

    MelangeConfig config;

    @Setup(Level.Trial)
    public void setUp() {
        config = MelangeFiles.read(Path.of(example)).withTotalRequestRate(rate).withSliceFactor(sliceFactor);
        System.out.printf("%n[melange rate %d, k %d] optimiser %s; oracle %.2f per hour%n", rate, sliceFactor,
                Melange.optimise(config), oracle() / Melange.HOURS);
    }

    @Benchmark
    public MelangeAllocation optimiser() {
        return Melange.optimise(config);
    }

    @Benchmark
    public double oracle() {
        Scenario s = Melange.scenario(config);
        return Oracle.solve(FullModel.of(new Problem(s, Melange.options(s, PlacementOptions.defaults())))).cost();
    }
}
