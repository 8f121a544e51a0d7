package org.aitco.core.operate;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tags written as a JSON object in a cell, and the owner they name. */
final class Tags {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tags() {
    }

    /** Parses {@code {"business_unit": "ViennaAI"}}; an empty or NULL cell is no tags. */
    static Map<String, String> parse(String cell, String column) {
        if (CsvTable.isNull(cell)) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(cell);
        } catch (JsonProcessingException e) {
            throw new Cells.BadCell(column, cell, "must be a JSON object such as {\"team\": \"search\"}");
        }
        if (node == null || !node.isObject()) {
            throw new Cells.BadCell(column, cell, "must be a JSON object such as {\"team\": \"search\"}");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            tags.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        return Collections.unmodifiableMap(tags);
    }

    /**
     * The value of the tag {@code key}, matching keys case-insensitively with surrounding spaces trimmed (so
     * {@code " org"} and {@code "Org"} both match {@code org}); the first matching key in the object wins; a blank
     * value counts as absent. Null when there is none.
     */
    static String owner(Map<String, String> tags, String key) {
        String wanted = normalise(key);
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (normalise(e.getKey()).equals(wanted)) {
                String v = e.getValue() == null ? "" : e.getValue().trim();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }
}
