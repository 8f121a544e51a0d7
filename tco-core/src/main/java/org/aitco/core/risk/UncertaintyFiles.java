package org.aitco.core.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitco.core.input.Fields;
import org.aitco.core.input.JsonFormat;
import org.aitco.core.input.Problems;

/**
 * Uncertainty files: reads {@link Uncertainties} from JSON in the format of {@code docs/risk.md}.
 *
 * <pre>{@code
 * {
 *   "description": "what the ranges stand for",
 *   "inputs": [
 *     {"path": "financials.discountRatePerYear", "distribution": "triangular",
 *      "low": 0.06, "mode": 0.08, "high": 0.12, "note": "WACC of a mid-size EU company"},
 *     {"path": "sites[fra-colo].energyPerKwh", "distribution": "lognormal", "median": 0.19, "sigma": 0.2}
 *   ],
 *   "correlations": [
 *     {"first": "financials.discountRatePerYear", "second": "sites[fra-colo].energyPerKwh", "rho": 0.3}
 *   ]
 * }
 * }</pre>
 *
 * <p>Distributions and their fields: {@code uniform} (low, high), {@code triangular} and {@code pert} (low, mode,
 * high), {@code normal} (mean, sd), {@code lognormal} (median, sigma), {@code fixed} (value). Reading is strict,
 * by the same rules as scenario files ({@link org.aitco.core.input}): an unknown field, a key given twice, a wrong
 * type, a missing field or a value out of range is reported with its JSON path, all problems of a file at once, in
 * an {@link UncertaintyFileException}. Whether the paths exist is
 * checked against a scenario by {@link Risk}.
 */
public final class UncertaintyFiles {
    private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("uniform", List.of("low", "high"));
        PARAMETERS.put("triangular", List.of("low", "mode", "high"));
        PARAMETERS.put("pert", List.of("low", "mode", "high"));
        PARAMETERS.put("normal", List.of("mean", "sd"));
        PARAMETERS.put("lognormal", List.of("median", "sigma"));
        PARAMETERS.put("fixed", List.of("value"));
        PARAMETERS.keySet().forEach(k -> KINDS.put(k, k));
    }

    private static final List<String> DOCUMENT = List.of("description", "inputs", "correlations");
    private static final List<String> CORRELATION = List.of("first", "second", "rho");

    private static final JsonFormat<Uncertainties> FORMAT = new JsonFormat<>("uncertainties", "uncertain inputs",
            UncertaintyFiles::document, UncertaintyFileException::new);

    private UncertaintyFiles() {
    }

    /**
     * Reads an uncertainty file (UTF-8).
     *
     * @throws UncertaintyFileException when it is not valid JSON or not valid uncertainties
     * @throws UncheckedIOException     when it cannot be read
     */
    public static Uncertainties read(Path file) {
        return FORMAT.read(file);
    }

    /**
     * Reads uncertainties from JSON text; {@code sourceName} prefixes every problem reported.
     *
     * @throws UncertaintyFileException when it is not valid JSON or not valid uncertainties
     */
    public static Uncertainties fromJson(String json, String sourceName) {
        return FORMAT.fromJson(json, sourceName);
    }

    private static Uncertainties document(JsonNode root, Problems problems) {
        Fields f = Fields.open(root, "", problems, DOCUMENT);
        if (f == null) {
            return null;
        }
        String description = f.string("description", "");
        List<UncertainInput> inputs = null;
        if (f.has("inputs")) {
            inputs = f.list("inputs", true, UncertaintyFiles::input);
        } else {
            f.reject("inputs", "missing", "is required: a list of uncertain inputs");
        }
        List<UncertainInput> in = inputs;
        List<Correlation> correlations = f.list("correlations", false, UncertaintyFiles::correlation);
        return f.build(() -> new Uncertainties(description, in, correlations));
    }

    private static UncertainInput input(JsonNode node, String path, Problems problems) {
        String kind = node.isObject() && node.has("distribution") && node.get("distribution").isTextual()
                ? node.get("distribution").asText() : null;
        List<String> params = PARAMETERS.get(kind);
        List<String> allowed = new ArrayList<>(List.of("path", "distribution", "note"));
        if (params != null) {
            allowed.addAll(params);
        } else {
            // Unknown kind: allow every parameter, so that only the kind is reported.
            PARAMETERS.values().forEach(p -> p.stream().filter(x -> !allowed.contains(x)).forEach(allowed::add));
        }
        Fields f = Fields.open(node, path, problems, allowed);
        if (f == null) {
            return null;
        }
        String distribution = f.choice("distribution", KINDS, null);
        String p = f.string("path");
        String note = f.string("note", "");
        if (distribution == null) {
            return null;
        }
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.number(params.get(i));
        }
        return f.build(() -> new UncertainInput(p, switch (distribution) {
            case "uniform" -> Distribution.uniform(v[0], v[1]);
            case "triangular" -> Distribution.triangular(v[0], v[1], v[2]);
            case "pert" -> Distribution.pert(v[0], v[1], v[2]);
            case "normal" -> Distribution.normal(v[0], v[1]);
            case "lognormal" -> Distribution.lognormal(v[0], v[1]);
            default -> Distribution.fixed(v[0]);
        }, note));
    }

    private static Correlation correlation(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, CORRELATION);
        if (f == null) {
            return null;
        }
        String first = f.string("first");
        String second = f.string("second");
        double rho = f.number("rho");
        return f.build(() -> new Correlation(first, second, rho));
    }
}
