package org.aitco.core.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aitco.core.input.Json;
import org.aitco.core.model.ValidationException;
import org.aitco.core.model.Violation;

/**
 * A configuration of Mélange, the GPU-allocation solver for LLM serving (Griggs et al., "Mélange: Cost Efficient
 * Large Language Model Serving by Exploiting GPU Heterogeneity", arXiv 2404.14527; repository
 * tyler-griggs/melange-release), with the names of its JSON fields.
 *
 * <p>Requests fall in buckets by input size (row i) and output size (column j). {@code workloadDistribution[i][j]}
 * is the share of requests in bucket (i, j) (the shares add up to 1); {@code totalRequestRate} is requests per
 * second; each GPU type has an hourly {@code cost} and {@code tputs[i][j]}, the requests per second one GPU
 * sustains for bucket (i, j) within the SLO (0: it cannot serve that bucket). Mélange cuts each bucket's load into
 * {@code sliceFactor} equal slices and puts each slice on one GPU type; it rents whole GPUs.
 *
 * @param gpuInfo              GPU types by name, in file order
 * @param workloadDistribution share of requests per bucket, a rectangular matrix adding up to 1
 * @param totalRequestRate     requests per second, over all buckets
 * @param sliceFactor          equal slices per bucket, 1..1024
 */
public record MelangeConfig(Map<String, Gpu> gpuInfo, List<List<Double>> workloadDistribution,
                            double totalRequestRate, int sliceFactor) {

    /** The largest slice factor accepted. */
    public static final int MAX_SLICE_FACTOR = 1024;

    /** How far the shares may add up from 1 (rounding in the file). */
    static final double SHARE_TOLERANCE = 1e-6;

    /**
     * A GPU type: {@code cost} per hour of one GPU, {@code tputs[i][j]} the requests per second one GPU sustains
     * for bucket (i, j).
     */
    public record Gpu(double cost, List<List<Double>> tputs) {
        public Gpu {
            tputs = copy(Objects.requireNonNull(tputs, "tputs"));
        }
    }

    public MelangeConfig {
        Objects.requireNonNull(gpuInfo, "gpuInfo");
        workloadDistribution = copy(Objects.requireNonNull(workloadDistribution, "workloadDistribution"));
        gpuInfo = Collections.unmodifiableMap(new LinkedHashMap<>(gpuInfo));
        List<Violation> v = new ArrayList<>();
        int rows = workloadDistribution.size();
        int cols = rows == 0 ? 0 : workloadDistribution.get(0).size();
        if (rows == 0 || cols == 0) {
            v.add(new Violation("workload_distribution", workloadDistribution.toString(),
                    "must be a matrix [[...], ...] with at least one bucket"));
        }
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            List<Double> row = workloadDistribution.get(i);
            if (row.size() != cols) {
                v.add(new Violation(Json.index("workload_distribution", i), row.toString(),
                        "must have %d entries like row 0: the matrix must be rectangular".formatted(cols)));
                continue;
            }
            for (int j = 0; j < cols; j++) {
                double share = row.get(j);
                if (!(share >= 0 && share <= 1)) {
                    v.add(new Violation(bucket("workload_distribution", i, j), show(share),
                            "must be a share between 0 and 1"));
                } else {
                    sum += share;
                }
            }
        }
        if (v.isEmpty() && Math.abs(sum - 1) > SHARE_TOLERANCE) {
            v.add(new Violation("workload_distribution", show(sum) + " in total",
                    "must add up to 1 (the share of requests in each bucket)"));
        }
        if (gpuInfo.isEmpty()) {
            v.add(new Violation("gpu_info", "{}", "must name at least one GPU type"));
        }
        boolean shaped = v.isEmpty();
        gpuInfo.forEach((name, gpu) -> {
            String path = Json.field("gpu_info", Objects.requireNonNull(name, "GPU name"));
            if (name.isBlank()) {
                v.add(new Violation(path, '"' + name + '"', "must have a name that is not blank"));
            }
            Objects.requireNonNull(gpu, path);
            if (!(gpu.cost() > 0) || Double.isInfinite(gpu.cost())) {
                v.add(new Violation(Json.field(path, "cost"), show(gpu.cost()),
                        "must be a positive number: the hourly cost of one GPU"));
            }
            String tputs = Json.field(path, "tputs");
            if (shaped && gpu.tputs().size() != rows) {
                v.add(new Violation(tputs, gpu.tputs().toString(), ("must have %d rows, like workload_distribution "
                        + "(one per input-size bucket)").formatted(rows)));
                return;
            }
            for (int i = 0; i < gpu.tputs().size(); i++) {
                List<Double> row = gpu.tputs().get(i);
                if (shaped && row.size() != cols) {
                    v.add(new Violation(Json.index(tputs, i), row.toString(), ("must have %d entries, like "
                            + "workload_distribution (one per output-size bucket)").formatted(cols)));
                    continue;
                }
                for (int j = 0; j < row.size(); j++) {
                    double t = row.get(j);
                    if (!(t >= 0) || Double.isInfinite(t)) {
                        v.add(new Violation(bucket(tputs, i, j), show(t),
                                "must be a finite number >= 0: requests per second of one GPU (0: cannot serve)"));
                    }
                }
            }
        });
        if (v.isEmpty()) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int bi = i;
                    int bj = j;
                    if (workloadDistribution.get(i).get(j) > 0
                            && gpuInfo.values().stream().allMatch(g -> g.tputs().get(bi).get(bj) == 0)) {
                        v.add(new Violation(bucket("workload_distribution", i, j),
                                show(workloadDistribution.get(i).get(j)),
                                "is a bucket with requests that no GPU type serves: every tputs[%d][%d] is 0"
                                        .formatted(i, j)));
                    }
                }
            }
        }
        if (!(totalRequestRate > 0) || Double.isInfinite(totalRequestRate)) {
            v.add(new Violation("total_request_rate", show(totalRequestRate),
                    "must be a positive number of requests per second"));
        }
        if (sliceFactor < 1 || sliceFactor > MAX_SLICE_FACTOR) {
            v.add(new Violation("slice_factor", Integer.toString(sliceFactor),
                    "must be a whole number from 1 to " + MAX_SLICE_FACTOR + ": equal slices per bucket"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** This configuration at another request rate. */
    public MelangeConfig withTotalRequestRate(double requestsPerSecond) {
        return new MelangeConfig(gpuInfo, workloadDistribution, requestsPerSecond, sliceFactor);
    }

    /** This configuration with another slice factor. */
    public MelangeConfig withSliceFactor(int slices) {
        return new MelangeConfig(gpuInfo, workloadDistribution, totalRequestRate, slices);
    }

    private static List<List<Double>> copy(List<List<Double>> matrix) {
        List<List<Double>> rows = new ArrayList<>();
        for (List<Double> row : matrix) {
            rows.add(List.copyOf(Objects.requireNonNull(row, "row")));
        }
        return List.copyOf(rows);
    }

    private static String bucket(String path, int i, int j) {
        return Json.index(Json.index(path, i), j);
    }

    private static String show(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
