package org.aitco.benchmarks.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;
import org.aitco.core.risk.Risk;
import org.aitco.core.risk.RiskOptions;
import org.aitco.core.risk.RiskReport;
import org.aitco.core.risk.Uncertainties;
import org.aitco.core.risk.UncertaintyFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the risk analysis on a bundled example with its bundled uncertainties ({@code examples/risk/*.risk.json}):
 * one whole {@link Risk#analyze} with the library's TCO calculator, {@code draws} Monte Carlo draws on
 * {@code threads} threads, then the tornado and flip points (a fixed cost of about 9 evaluations per input).
 * Draws per second are {@code (draws2 - draws1) / (time2 - time1)} between two {@code draws} values, which
 * cancels the fixed cost.
 *
 * <p>Run from the repository root (the examples are read from {@code examples/}):
 * {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests} then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar RiskBenchmark -f 1 -wi 1 -i 3 -w 5s -r 5s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RiskBenchmark {

    @Param({"steady-chatbot", "bursty-rnd"})
    public String example;

    @Param({"1", "10001"})
    public int draws;

    @Param({"2"})
    public int threads;

    private Scenario scenario;
    private Uncertainties uncertainties;
    private RiskOptions options;

    @Setup
    public void setUp() {
        Path dir = Path.of("examples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("run from the repository root: examples/ is not in " + Path.of("")
                    .toAbsolutePath());
        }
        scenario = ScenarioFiles.read(dir.resolve(example + ".json"));
        uncertainties = UncertaintyFiles.read(dir.resolve("risk").resolve(example + ".risk.json"));
        options = new RiskOptions(draws, 42, threads);
    }

    @Benchmark
    public RiskReport analyze() {
        return Risk.analyze(scenario, uncertainties, options);
    }
}
