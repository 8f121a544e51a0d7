package org.aitco.placement;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aitco.core.json.MelangeConfig;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;

/**
 * Mélange's GPU-allocation problem solved by the placement optimiser: the cheapest set of whole GPUs, by type, that
 * serves a request rate split over request-size buckets, each bucket cut into k equal slices and each slice on one
 * GPU type (Griggs et al., arXiv 2404.14527).
 *
 * <pre>{@code
 * MelangeAllocation a = Melange.optimise(MelangeFiles.read(Path.of("examples/melange/example.json")));
 * System.out.println(a.toText());   // 3 x A10G + 1 x A100-80GB, 6.70 per hour at 30 requests/s, k = 1
 * }</pre>
 *
 * <p>The mapping onto the placement model is exact: each GPU type is a cloud offering at its hourly cost (on
 * demand, no commitment, no egress); each bucket with requests is a workload of its own model at a constant
 * {@code share * rate} requests per second, not split freely, in k equal parts ({@link PlacementOptions#noSplit()},
 * {@link Workload#splitParts()}); {@code tputs[i][j]} is its throughput per GPU (none where it is 0). The plan's
 * whole instances per slice are Mélange's GPU counts (shared by all the slices on a type, as in Mélange's capacity
 * row), and each bucket's part counts are its slices per GPU type. One year of constant demand, undiscounted, in
 * one time slice: the plan's total is 8,760 hours times the cost per hour.
 */
public final class Melange {
    /** Hours of the one-year horizon the configuration is planned over (12 months of 730 hours). */
    static final int HOURS = 8_760;

    private Melange() {
    }

    /** The cheapest allocation, with the optimiser's default options. */
    public static MelangeAllocation optimise(MelangeConfig config) {
        return optimise(config, PlacementOptions.defaults());
    }

    /**
     * The cheapest allocation; of {@code options}, the time limit, the gap and determinism are used (the slices and
     * the workloads not split are set by the mapping).
     */
    public static MelangeAllocation optimise(MelangeConfig config, PlacementOptions options) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(options, "options");
        Scenario scenario = scenario(config);
        Plan plan = Placement.optimise(scenario, options(scenario, options));
        return allocation(config, plan);
    }

    /**
     * Writes the full placement model of a configuration in CPLEX LP format (see {@link LpExport}); its optimum
     * divided by 8,760 hours is the cheapest cost per hour.
     */
    public static void writeLp(MelangeConfig config, PlacementOptions options, java.nio.file.Path file) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(options, "options");
        Scenario scenario = scenario(config);
        LpExport.write(scenario, options(scenario, options), file);
    }

    /** The placement scenario of a configuration. */
    static Scenario scenario(MelangeConfig config) {
        Scenario.Builder b = Scenario.builder("melange", "USD")
                .financials(new FinancialAssumptions(1, 0, 0, 0, HOURS / 12, Currency.getInstance("USD")))
                // Cloud offerings name an accelerator; Mélange's configuration does not describe its GPUs, and a
                // cloud-only plan does not use memory or board power: these are placeholders.
                .accelerator(new Accelerator(ACCELERATOR, 1, 1));
        for (Map.Entry<String, MelangeConfig.Gpu> e : config.gpuInfo().entrySet()) {
            b.cloudOffering(new CloudOffering(e.getKey(), "melange", "any", "any", e.getKey(), ACCELERATOR, 1,
                    Price.of(e.getValue().cost(), "USD"), List.of(), Optional.empty(), 0, Price.of(0, "USD"), 3600));
        }
        List<List<Double>> dist = config.workloadDistribution();
        for (int i = 0; i < dist.size(); i++) {
            for (int j = 0; j < dist.get(i).size(); j++) {
                double share = dist.get(i).get(j);
                if (share == 0) {
                    continue;
                }
                String bucket = bucket(i, j);
                b.workload(Workload.named(bucket).model(bucket).slo(SLO)
                        .requestsPerSecond(share * config.totalRequestRate()).splitParts(config.sliceFactor()));
                for (Map.Entry<String, MelangeConfig.Gpu> e : config.gpuInfo().entrySet()) {
                    double tput = e.getValue().tputs().get(i).get(j);
                    if (tput > 0) {
                        b.throughput(bucket, e.getKey(), SLO, DemandUnit.REQUESTS_PER_SECOND, tput);
                    }
                }
            }
        }
        return b.build();
    }

    static PlacementOptions options(Scenario scenario, PlacementOptions options) {
        Set<String> buckets = new LinkedHashSet<>();
        scenario.workloads().forEach(w -> buckets.add(w.name()));
        return options.withSlicesPerYear(1).withNoSplit(buckets);
    }

    private static final String ACCELERATOR = "unspecified GPU";
    /** Mélange's throughputs are measured within the service's SLO; one class stands for it. */
    private static final SloClass SLO = SloClass.LATENCY_CRITICAL;

    /** The workload name of bucket (i, j). */
    static String bucket(int i, int j) {
        return "bucket[" + i + "][" + j + "]";
    }

    private static MelangeAllocation allocation(MelangeConfig config, Plan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        config.gpuInfo().keySet().forEach(g -> counts.put(g, 0));
        for (Plan.CloudUse use : plan.cloud()) {
            counts.merge(use.offering(), use.onDemandInstances(), Math::max);
        }
        List<MelangeAllocation.Gpu> gpus = new ArrayList<>();
        double perHour = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double cost = config.gpuInfo().get(e.getKey()).cost();
            gpus.add(new MelangeAllocation.Gpu(e.getKey(), e.getValue(), cost));
            perHour += e.getValue() * cost;
        }
        List<MelangeAllocation.Bucket> buckets = new ArrayList<>();
        List<List<Double>> dist = config.workloadDistribution();
        int k = config.sliceFactor();
        Map<String, Plan.GroupDispatch> byBucket = new LinkedHashMap<>();
        plan.dispatch().forEach(d -> byBucket.put(d.workloads().get(0), d));
        for (int i = 0; i < dist.size(); i++) {
            for (int j = 0; j < dist.get(i).size(); j++) {
                Plan.GroupDispatch d = byBucket.get(bucket(i, j));
                if (d == null) {
                    continue; // no requests in this bucket
                }
                Map<String, Integer> slices = new LinkedHashMap<>();
                for (Plan.SliceShare s : d.shares()) {
                    if (s.slice() == 0) {
                        slices.merge(s.platform(), (int) Math.round(s.share() * k), Integer::sum);
                    }
                }
                buckets.add(new MelangeAllocation.Bucket(i, j, dist.get(i).get(j),
                        dist.get(i).get(j) * config.totalRequestRate(), slices));
            }
        }
        return new MelangeAllocation(gpus, perHour, config.totalRequestRate(), k, buckets, plan);
    }
}
