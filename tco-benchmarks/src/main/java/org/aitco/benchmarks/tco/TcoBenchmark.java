package org.aitco.benchmarks.tco;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;
import org.aitco.core.tco.HybridCurve;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoCalculator;
import org.aitco.core.tco.TcoResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the TCO calculator on one workload with a year-long hourly profile (8,760 random values, 20 % growth)
 * over a 5-year horizon (43,800 hours, 60 months), one server type at one site, one cloud offering with a
 * commitment; {@code peakServers} is the fleet that carries the peak hour, so the hybrid curve has that many + 1
 * points.
 *
 * <p>Run: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests} then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar TcoBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TcoBenchmark {

    @Param({"10", "100"})
    public int peakServers;

    private Scenario scenario;
    private TcoCalculator calculator;
    private int ownServers;
    private Scenario variant;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        double[] hourly = new double[8760];
        for (int h = 0; h < hourly.length; h++) {
            double daily = 0.5 + 0.5 * Math.sin(2 * Math.PI * (h % 24) / 24);
            hourly[h] = 1000 * (0.2 + 0.6 * daily + 0.2 * random.nextDouble());
        }
        Workload w = Workload.named("bot").model("llm").hourly(DemandUnit.TOKENS_PER_SECOND, hourly)
                .growthPerYear(0.2).egressGbPerMillionUnits(0.5).egressGbPerMonth(20).build();
        double peak = 1000 * Math.pow(1.2, 4);
        double throughput = peak / peakServers * 0.999;
        scenario = Scenario.builder("bench", "EUR")
                .financials(new FinancialAssumptions(5, 0.08, 0.03, -0.05, 730, Currency.getInstance("EUR")))
                .accelerator(new Accelerator("h100", 80, 700))
                .workload(w)
                .serverType(new ServerType("dgx", "h100", 8, Price.of(300_000, "EUR"), 2_000, 10_200, 8, 4, 0.15,
                        0.08))
                .site(new Site("ams", "EU", Price.of(0.21, "EUR"), 1.3, SpaceCost.perKwMonth(Price.of(150, "EUR")),
                        100_000, 100_000, Price.of(2_400, "EUR")))
                .cloudOffering(new CloudOffering("p5", "AWS", "eu-central-1", "EU", "p5.48xlarge", "h100", 8,
                        Price.of(98.32, "EUR"), List.of(new Commitment(3, 0.5, Price.of(45, "EUR"))),
                        Optional.empty(), 0.1, Price.of(0.09, "EUR"), 3600))
                .throughput("llm", "dgx", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, throughput)
                .throughput("llm", "p5", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, throughput)
                .build();
        calculator = Tco.calculator(scenario, "bot");
        calculator.hybridCurve("dgx", "ams", "p5");
        ownServers = peakServers / 2;
        Workload scaled = w.withDemand(w.demand().scaledBy(1.1).withGrowthPerYear(0.25));
        variant = scenario.withWorkloads(List.of(scaled)).withFinancials(
                new FinancialAssumptions(5, 0.09, 0.04, -0.08, 730, Currency.getInstance("EUR")));
    }

    /** One all-cloud on-demand option priced hour by hour over 5 years. */
    @Benchmark
    public OptionResult onDemandOption() {
        return calculator.onDemand("p5");
    }

    /** One all-on-prem option (peak fleet, refresh, energy by utilisation) priced hour by hour over 5 years. */
    @Benchmark
    public OptionResult onPremOption() {
        return calculator.onPrem("dgx", "ams");
    }

    /** One hybrid option with a fixed fleet priced hour by hour over 5 years. */
    @Benchmark
    public OptionResult hybridOption() {
        return calculator.hybrid("dgx", "ams", "p5", ownServers);
    }

    /** One commitment option, the committed instances of each term optimised, over 5 years. */
    @Benchmark
    public OptionResult committedOption() {
        return calculator.committed("p5", 0);
    }

    /** Full hybrid sizing: cost at every N from 0 to the peak fleet, load-duration curve already sorted. */
    @Benchmark
    public HybridCurve hybridCurve() {
        return calculator.hybridCurve("dgx", "ams", "p5");
    }

    /** Full hybrid sizing from scratch: hourly demand of the horizon, sorting, prefix sums, every N. */
    @Benchmark
    public HybridCurve hybridCurveFromScratch() {
        return Tco.calculator(scenario, "bot").hybridCurve("dgx", "ams", "p5");
    }

    /** The whole analysis: every option, the hybrid sized, the portfolio. */
    @Benchmark
    public TcoResult analyze() {
        return Tco.analyze(scenario);
    }

    /** The scenario of the benchmark, after {@link #setUp}. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * A Monte Carlo-like variant of {@link #scenario()}: demand scaled by 1.1, other growth, discount rate and
     * trends ({@code org.aitco.core.tco.FastTcoBenchmark} prices it on the calculator's fast path).
     */
    public Scenario variant() {
        return variant;
    }
}
