package org.aitco.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Parses JSON text into a Jackson tree strictly: standard JSON only (no comments, no NaN, no trailing
 * commas), one value per document, and a key given twice in one object is a problem rather than silently
 * overwritten (Jackson's own tree keeps the last one).
 *
 * <p>Decimal numbers are kept exact ({@link BigDecimal}), so that an exchange rate stays as written and a
 * number too large for a double is seen as such instead of becoming infinity; {@code -0.0} stays a double
 * because a decimal has no negative zero.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Problems problems;

    private JsonTree(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * The tree of the document; null when it is not well-formed JSON, in which case {@code problems} holds
     * one violation giving the line and column.
     */
    static JsonNode parse(Reader reader, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            try {
                return new JsonTree(parser, problems).document();
            } catch (JsonProcessingException e) {
                problems.add(pathOf(parser.getParsingContext()), where(e.getLocation()),
                        "is not well-formed JSON: " + firstLine(e.getOriginalMessage()));
                return null;
            }
        } catch (JsonProcessingException e) {
            problems.add(Problems.ROOT, where(e.getLocation()), "is not well-formed JSON: "
                    + firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add(Problems.ROOT, "empty", "must be a JSON object describing a scenario");
            return null;
        }
        JsonNode root = value(first, "");
        if (parser.nextToken() != null) {
            problems.add(Problems.ROOT, where(parser.currentTokenLocation()),
                    "has more after the end of the scenario object; a file holds exactly one JSON object");
        }
        return root;
    }

    private JsonNode value(JsonToken token, String path) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(path);
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(t, Json.index(path, array.size())));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                BigDecimal decimal = parser.getDecimalValue();
                if (decimal.signum() == 0 && parser.getText().startsWith("-")) {
                    return NODES.numberNode(-0.0);
                }
                return DecimalNode.valueOf(decimal);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + path);
        }
    }

    private ObjectNode object(String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            String fieldPath = Json.field(path, name);
            JsonNode v = value(parser.nextToken(), fieldPath);
            if (object.has(name)) {
                problems.add(fieldPath, Json.show(v),
                        "is given twice (again at %s); give each field once".formatted(where(at)));
            } else {
                object.set(name, v);
            }
        }
        return object;
    }

    /** The JSON path of where the parser is, for syntax errors. */
    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return Json.index(parent, Math.max(0, context.getCurrentIndex()));
        }
        String name = context.getCurrentName();
        return name == null ? parent : Json.field(parent, name);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "unknown position";
        }
        return "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
