package org.aitco.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitco.core.input.Fields;
import org.aitco.core.input.Json;
import org.aitco.core.input.JsonFormat;
import org.aitco.core.input.Problems;

/**
 * Reads Mélange's configuration files ({@link MelangeConfig}) with the same strict rules as scenario files:
 * standard JSON only, no duplicate keys, no unknown fields (with a suggestion for a misspelt one), every value of
 * the expected type and range, and every problem reported at once with its JSON path and value
 * ({@code gpu_info["A100-80GB"].tputs[1][0] (-40) must be a finite number >= 0 ...}).
 *
 * <pre>{@code
 * MelangeConfig config = MelangeFiles.read(Path.of("examples/melange/example.json"));
 * }</pre>
 */
public final class MelangeFiles {
    static final List<String> CONFIG = List.of("gpu_info", "workload_distribution", "total_request_rate",
            "slice_factor");
    static final List<String> GPU = List.of("cost", "tputs");

    private static final JsonFormat<MelangeConfig> FORMAT = new JsonFormat<>("configuration",
            "a Mélange configuration", MelangeFiles::config, MelangeFileException::new);

    private MelangeFiles() {
    }

    /**
     * Reads a Mélange configuration file (UTF-8); problems are reported with the path as source name.
     *
     * @throws MelangeFileException when the file is not valid JSON or not a valid configuration
     * @throws UncheckedIOException when the file cannot be read
     */
    public static MelangeConfig read(Path file) {
        return FORMAT.read(file);
    }

    /** Reads a configuration from JSON text; {@code sourceName} prefixes every problem reported. */
    public static MelangeConfig read(Reader reader, String sourceName) {
        return FORMAT.read(reader, sourceName);
    }

    /** Reads a configuration from a JSON string, as {@link #read(Reader, String)}. */
    public static MelangeConfig fromJson(String json, String sourceName) {
        return FORMAT.fromJson(json, sourceName);
    }

    private static MelangeConfig config(JsonNode root, Problems problems) {
        Fields f = Fields.open(root, "", problems, CONFIG);
        if (f == null) {
            return null;
        }
        Map<String, MelangeConfig.Gpu> gpus = f.object("gpu_info", true, MelangeFiles::gpus);
        List<List<Double>> distribution = f.list("workload_distribution", true, MelangeFiles::row);
        double rate = f.number("total_request_rate");
        int slices = f.integer("slice_factor");
        return f.build(() -> new MelangeConfig(gpus, distribution, rate, slices));
    }

    private static Map<String, MelangeConfig.Gpu> gpus(JsonNode node, String path, Problems problems) {
        if (!(node instanceof ObjectNode object)) {
            problems.add(path, Json.show(node), "must be an object {\"<GPU name>\": {\"cost\": ..., \"tputs\": ...}}, not "
                    + Json.kind(node));
            return null;
        }
        Map<String, MelangeConfig.Gpu> gpus = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String gpuPath = Json.field(path, e.getKey());
            Fields g = Fields.open(e.getValue(), gpuPath, problems, GPU);
            if (g == null) {
                ok = false;
                continue;
            }
            double cost = g.number("cost");
            List<List<Double>> tputs = g.list("tputs", true, MelangeFiles::row);
            MelangeConfig.Gpu gpu = g.ok() ? new MelangeConfig.Gpu(cost, tputs) : null;
            ok &= gpu != null;
            gpus.put(e.getKey(), gpu);
        }
        return ok ? gpus : null;
    }

    /** A row of numbers: {@code [2, 1]}. */
    private static List<Double> row(JsonNode node, String path, Problems problems) {
        if (!node.isArray()) {
            problems.add(path, Json.show(node), "must be an array of numbers [...], not " + Json.kind(node));
            return null;
        }
        List<Double> row = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            Double d = Fields.toDouble(node.get(i), Json.index(path, i), problems);
            ok &= d != null;
            row.add(d);
        }
        return ok ? row : null;
    }
}
