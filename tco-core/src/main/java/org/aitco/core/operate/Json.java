package org.aitco.core.operate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Currency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading of small JSON input files with errors that name the file and the JSON path. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path file;

    Json(Path file) {
        this.file = file;
    }

    JsonNode root() {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw fail("$", "the file must hold a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ChargebackInputException(file,
                    e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNr(),
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ChargebackInputException(file, "$", "cannot be read: " + e.getMessage());
        }
    }

    ChargebackInputException fail(String path, String problem) {
        return new ChargebackInputException(file, path, problem);
    }

    String text(JsonNode node, String field, String path, String fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw fail(path + "." + field, "(missing) is required");
            }
            return fallback;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail(path + "." + field, "(%s) must be a non-blank string".formatted(v));
        }
        return v.asText().trim();
    }

    BigDecimal decimal(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw fail(path + "." + field, "(missing) is required: a number such as 1234.50");
            }
            return null;
        }
        try {
            BigDecimal d = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().trim());
            if (d.signum() < 0) {
                throw fail(path + "." + field, "(%s) must be >= 0".formatted(v));
            }
            return d;
        } catch (NumberFormatException e) {
            throw fail(path + "." + field, "(%s) must be a number such as 1234.50".formatted(v));
        }
    }

    YearMonth period(JsonNode node, String field, String path) {
        String s = text(node, field, path, null);
        try {
            return YearMonth.parse(s);
        } catch (DateTimeException e) {
            throw fail(path + "." + field, "(%s) must be a month such as 2024-09".formatted(s));
        }
    }

    Currency currency(JsonNode node, String field, String path, String fallback) {
        String s = text(node, field, path, fallback);
        try {
            Currency c = s.matches("[A-Z]{3}") ? Currency.getInstance(s) : null;
            if (c == null || c.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException();
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw fail(path + "." + field, "(%s) must be an ISO 4217 code such as USD or EUR".formatted(s));
        }
    }
}
