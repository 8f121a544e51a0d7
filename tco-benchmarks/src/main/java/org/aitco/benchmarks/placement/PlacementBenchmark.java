package org.aitco.benchmarks.placement;

import java.time.Duration;
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
import org.aitco.placement.Placement;
import org.aitco.placement.PlacementOptions;
import org.aitco.placement.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Solve time of the placement optimiser for 10, 100 and 1,000 workloads, and 200 workloads that cannot be grouped,
 * on 10 platforms (3 server types at 2 sites, 4 cloud offerings with commitments and spot) and 168 slices
 * (week-long profiles, no growth, 3 years), with a time limit of {@code seconds}.
 *
 * <p>Run: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests && java -jar
 * tco-benchmarks/target/benchmarks.jar PlacementBenchmark -f 1 -wi 0 -i 1 -bm ss}. The plan's status (the gap
 * proven against the full model's lower bound), model size and cost are printed once per size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlacementBenchmark {
    /** Workloads; {@code 200-distinct}: 200 workloads of 200 models of their own, which cannot be grouped. */
    @Param({"10", "100", "1000", "200-distinct"})
    String workloads;

    /** Time limit of each solve, seconds (issue #9: a proven gap of 0.5 % within 10 s). */
    @Param({"10"})
    int seconds;

    Scenario scenario;
    PlacementOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        boolean distinct = workloads.endsWith("-distinct");
        scenario = scenario(Integer.parseInt(workloads.replace("-distinct", "")), 42, distinct);
        options = PlacementOptions.defaults().withTimeLimit(Duration.ofSeconds(seconds));
    }

    @Benchmark
    public Plan optimise() {
        Plan plan = Placement.optimise(scenario, options);
        System.out.printf("%n[placement %s workloads] %s; cost %s; servers %s; model %s%n", workloads, plan.status(),
                plan.cost().total(), plan.servers(), plan.model());
        return plan;
    }

    /**
     * A portfolio of {@code n} workloads of 3 models, EU residency for a third, a tenth interruptible; when
     * {@code distinct}, each workload runs a model of its own (throughput 0.8-1.2 times its base model's), so no
     * two workloads share coefficients.
     */
    static Scenario scenario(int n, long seed, boolean distinct) {
        Random r = new Random(seed);
        Scenario.Builder b = Scenario.builder("bench-" + n, "EUR")
                .financials(new FinancialAssumptions(3, 0.08, 0.02, -0.05, 730, Currency.getInstance("EUR")))
                .accelerator(new Accelerator("H100", 80, 700));
        String[] types = {"h100x8", "l40sx8", "mi300x8"};
        double[] prices = {280_000, 90_000, 240_000};
        for (int s = 0; s < 3; s++) {
            b.serverType(new ServerType(types[s], "H100", 8, eur(prices[s]), 1000 + 300 * s, 4000 + 2000 * s,
                    4 + 2 * s, 4, 0.1, 0.06));
        }
        b.site(new Site("ams", "EU", eur(0.22), 1.3, SpaceCost.perKwMonth(eur(160)), 400, 400, eur(2400)));
        b.site(new Site("dal", "US", eur(0.09), 1.4, SpaceCost.perRackUnitMonth(eur(70)), 800, 600, eur(2000)));
        String[] clouds = {"p5-eu", "p5-us", "g6-eu", "g6-us"};
        for (int o = 0; o < 4; o++) {
            double od = o < 2 ? 55 + 5 * o : 14 + 2 * o;
            b.cloudOffering(new CloudOffering(clouds[o], "AWS", "r" + o, o % 2 == 0 ? "EU" : "US", "x", "H100", 8,
                    eur(od), List.of(new Commitment(1, 0, eur(od * 0.62))), Optional.of(eur(od * 0.4)), 0.15,
                    eur(0.08), 3600));
        }
        String[] models = {"llama-70b", "llama-8b", "mixtral"};
        double[][] tput = {{2400, 600, 2100, 2400, 2400, 650, 650}, {12000, 7000, 11000, 12000, 12000, 7500, 7500},
                {3000, 900, 2800, 3000, 3000, 950, 950}};
        String[] platforms = {types[0], types[1], types[2], clouds[0], clouds[1], clouds[2], clouds[3]};
        for (int m = 0; m < 3; m++) {
            for (int p = 0; p < platforms.length; p++) {
                b.throughput(models[m], platforms[p], SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND,
                        tput[m][p]);
            }
        }
        java.util.Random variation = new java.util.Random(seed + 1);
        for (int w = 0; w < n; w++) {
            double[] week = new double[168];
            double base = (200 + r.nextInt(2000)) * 10.0 / n;
            double amp = 1 + r.nextInt(4);
            int shift = r.nextInt(6);
            for (int h = 0; h < 168; h++) {
                int hour = (h + shift) % 24;
                boolean weekend = h / 24 >= 5;
                week[h] = base * (hour >= 8 && hour < 20 ? amp : 1) * (weekend ? 0.6 : 1);
            }
            int baseModel = r.nextInt(3);
            String model = models[baseModel];
            if (distinct) {
                model = models[baseModel] + "-w" + w;
                double factor = 0.8 + 0.4 * variation.nextDouble();
                for (int p = 0; p < platforms.length; p++) {
                    b.throughput(model, platforms[p], SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND,
                            tput[baseModel][p] * factor);
                }
            }
            Workload.Builder wb = Workload.named("w" + w).model(model)
                    .hourly(DemandUnit.TOKENS_PER_SECOND, week).interruptible(r.nextInt(10) == 0);
            if (r.nextInt(3) == 0) {
                wb.allowedIn("EU");
            }
            b.workload(wb);
        }
        return b.build();
    }

    private static Price eur(double v) {
        return Price.of(v, "EUR");
    }
}
