package org.aitco.placement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cheapest GPU allocation for a Mélange configuration: whole GPUs per type, the cost per hour, and which GPU
 * types serve each bucket's slices; {@link #plan()} is the placement plan behind it (its status says whether the
 * allocation is proven optimal).
 *
 * @param gpus              every GPU type of the configuration, in file order, with the GPUs to rent (maybe 0)
 * @param costPerHour       {@code sum count * cost} over the GPU types
 * @param requestsPerSecond the configuration's total request rate
 * @param sliceFactor       equal slices per bucket
 * @param buckets           every bucket with requests, and its slices per GPU type
 * @param plan              the placement plan (one year of the constant rate: its total is 8,760 x the cost per hour)
 */
public record MelangeAllocation(List<Gpu> gpus, double costPerHour, double requestsPerSecond, int sliceFactor,
                                List<Bucket> buckets, Plan plan) {

    public MelangeAllocation {
        gpus = List.copyOf(gpus);
        buckets = List.copyOf(buckets);
        Objects.requireNonNull(plan, "plan");
    }

    /** {@code count} GPUs of type {@code name} at {@code costPerHour} each. */
    public record Gpu(String name, int count, double costPerHour) {
        public Gpu {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Bucket (inputBucket, outputBucket): its share of the requests, its requests per second, and how many of its
     * {@code sliceFactor} slices run on each GPU type.
     */
    public record Bucket(int inputBucket, int outputBucket, double share, double requestsPerSecond,
                         Map<String, Integer> slices) {
        public Bucket {
            slices = Collections.unmodifiableMap(new LinkedHashMap<>(slices));
        }
    }

    /** GPUs to rent by type name, in file order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        gpus.forEach(g -> counts.put(g.name(), g.count()));
        return Collections.unmodifiableMap(counts);
    }

    /** Optimal (proven within the gap), feasible with a gap, or infeasible with a reason. */
    public PlanStatus status() {
        return plan.status();
    }

    /** The allocation for a person to read. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Mélange GPU allocation at %s requests/s, slice factor %d: %s%n".formatted(
                number(requestsPerSecond), sliceFactor, plan.status()));
        if (!plan.isFeasible()) {
            return sb.toString();
        }
        int width = Math.max(5, gpus.stream().mapToInt(g -> g.name().length()).max().orElse(0));
        for (Gpu g : gpus) {
            if (g.count() > 0) {
                sb.append(("  %-" + width + "s %4d x %8.2f = %9.2f per hour%n").formatted(g.name(), g.count(),
                        g.costPerHour(), g.count() * g.costPerHour()));
            }
        }
        sb.append(("  %-" + width + "s %26.2f per hour%n").formatted("total", costPerHour));
        sb.append("Slices of each bucket (input, output) per GPU type:%n".formatted());
        for (Bucket b : buckets) {
            StringBuilder on = new StringBuilder();
            b.slices().forEach((gpu, n) -> on.append(on.length() == 0 ? "" : ", ").append(n).append(" on ").append(gpu));
            sb.append("  [%d][%d]  share %-6s %10s requests/s  %s%n".formatted(b.inputBucket(), b.outputBucket(),
                    number(b.share()), number(b.requestsPerSecond()), on));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Gpu g : gpus) {
            if (g.count() > 0) {
                sb.append(sb.length() == 0 ? "" : " + ").append(g.count()).append(" x ").append(g.name());
            }
        }
        return "MelangeAllocation[%s, %.2f per hour, %s]".formatted(sb.length() == 0 ? "no GPU" : sb, costPerHour,
                plan.status());
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
