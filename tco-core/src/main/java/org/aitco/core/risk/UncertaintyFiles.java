package org.aitco.core.risk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.aitco.core.model.Violation;

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
 * high), {@code normal} (mean, sd), {@code lognormal} (median, sigma), {@code fixed} (value). Reading is strict:
 * an unknown field, a key given twice, a wrong type, a missing field or a value out of range is reported with its
 * JSON path, all problems of a file at once, in an {@link UncertaintyFileException}. Whether the paths exist is
 * checked against a scenario by {@link Risk}.
 */
public final class UncertaintyFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("uniform", List.of("low", "high"));
        PARAMETERS.put("triangular", List.of("low", "mode", "high"));
        PARAMETERS.put("pert", List.of("low", "mode", "high"));
        PARAMETERS.put("normal", List.of("mean", "sd"));
        PARAMETERS.put("lognormal", List.of("median", "sigma"));
        PARAMETERS.put("fixed", List.of("value"));
    }

    private UncertaintyFiles() {
    }

    /**
     * Reads an uncertainty file (UTF-8).
     *
     * @throws UncertaintyFileException when it is not valid JSON or not valid uncertainties
     * @throws UncheckedIOException     when it cannot be read
     */
    public static Uncertainties read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uncertainty file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads uncertainties from JSON text; {@code sourceName} prefixes every problem reported.
     *
     * @throws UncertaintyFileException when it is not valid JSON or not valid uncertainties
     */
    public static Uncertainties fromJson(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UncertaintyFileException(sourceName, List.of(new Violation("$",
                    loc == null ? "?" : "line %d, column %d".formatted(loc.getLineNr(), loc.getColumnNr()),
                    "is not well-formed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        Reader r = new Reader();
        Uncertainties u = r.document(root);
        if (!r.problems.isEmpty()) {
            throw new UncertaintyFileException(sourceName, r.problems);
        }
        return u;
    }

    /** One pass over a document, collecting problems. */
    private static final class Reader {
        final List<Violation> problems = new ArrayList<>();

        void fail(String path, Object value, String expected) {
            problems.add(new Violation(path, String.valueOf(value), expected));
        }

        boolean object(JsonNode node, String path, List<String> allowed) {
            if (node == null || !node.isObject()) {
                fail(path, node == null ? "missing" : node.getNodeType().toString().toLowerCase(),
                        "must be a JSON object");
                return false;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    fail(path.equals("$") ? f : path + "." + f, "unknown field", "is not a field here; the fields are "
                            + allowed);
                }
            }
            return true;
        }

        String text(JsonNode node, String path, boolean required) {
            if (node == null || node.isNull()) {
                if (required) {
                    fail(path, "missing", "is required");
                }
                return required ? null : "";
            }
            if (!node.isTextual()) {
                fail(path, node, "must be a string");
                return null;
            }
            return node.asText();
        }

        Double number(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                fail(path, "missing", "is required");
                return null;
            }
            if (!node.isNumber()) {
                fail(path, node, "must be a number");
                return null;
            }
            double d = node.decimalValue().doubleValue();
            if (!Double.isFinite(d)) {
                fail(path, node, "must be a finite number");
                return null;
            }
            return d;
        }

        <T> List<T> array(JsonNode node, String path, Function<Integer, T> element) {
            List<T> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                fail(path, node.getNodeType().toString().toLowerCase(), "must be a JSON array");
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                T t = element.apply(i);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        Uncertainties document(JsonNode root) {
            if (!object(root, "$", List.of("description", "inputs", "correlations"))) {
                return null;
            }
            String description = text(root.get("description"), "description", false);
            JsonNode inputs = root.get("inputs");
            if (inputs == null) {
                fail("inputs", "missing", "is required: a list of uncertain inputs");
            }
            List<UncertainInput> in = array(inputs, "inputs", i -> input(inputs.get(i), "inputs[" + i + "]"));
            JsonNode corr = root.get("correlations");
            List<Correlation> cs = array(corr, "correlations",
                    i -> correlation(corr.get(i), "correlations[" + i + "]"));
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Uncertainties(description == null ? "" : description, in, cs);
            } catch (IllegalArgumentException e) {
                fail("$", "inputs and correlations", e.getMessage());
                return null;
            }
        }

        UncertainInput input(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                object(node, path, List.of());
                return null;
            }
            String kind = text(node.get("distribution"), path + ".distribution", true);
            List<String> params = kind == null ? null : PARAMETERS.get(kind);
            if (kind != null && params == null) {
                fail(path + ".distribution", '"' + kind + '"', "must be one of " + PARAMETERS.keySet());
            }
            List<String> allowed = new ArrayList<>(List.of("path", "distribution", "note"));
            if (params != null) {
                allowed.addAll(params);
            } else {
                PARAMETERS.values().forEach(p -> p.stream().filter(f -> !allowed.contains(f)).forEach(allowed::add));
            }
            int before = problems.size();
            object(node, path, allowed);
            String p = text(node.get("path"), path + ".path", true);
            String note = text(node.get("note"), path + ".note", false);
            if (params == null) {
                return null;
            }
            double[] v = new double[params.size()];
            for (int i = 0; i < v.length; i++) {
                Double d = number(node.get(params.get(i)), path + "." + params.get(i));
                v[i] = d == null ? Double.NaN : d;
            }
            if (problems.size() > before) {
                return null;
            }
            try {
                Distribution d = switch (kind) {
                    case "uniform" -> Distribution.uniform(v[0], v[1]);
                    case "triangular" -> Distribution.triangular(v[0], v[1], v[2]);
                    case "pert" -> Distribution.pert(v[0], v[1], v[2]);
                    case "normal" -> Distribution.normal(v[0], v[1]);
                    case "lognormal" -> Distribution.lognormal(v[0], v[1]);
                    default -> Distribution.fixed(v[0]);
                };
                return new UncertainInput(p, d, note == null ? "" : note);
            } catch (IllegalArgumentException e) {
                fail(path, kind, e.getMessage());
                return null;
            }
        }

        Correlation correlation(JsonNode node, String path) {
            int before = problems.size();
            if (!object(node, path, List.of("first", "second", "rho"))) {
                return null;
            }
            String a = text(node.get("first"), path + ".first", true);
            String b = text(node.get("second"), path + ".second", true);
            Double rho = number(node.get("rho"), path + ".rho");
            if (problems.size() > before) {
                return null;
            }
            try {
                return new Correlation(a, b, rho);
            } catch (IllegalArgumentException e) {
                fail(path, rho, e.getMessage());
                return null;
            }
        }
    }
}
