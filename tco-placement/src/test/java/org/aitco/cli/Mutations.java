package org.aitco.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mutations of valid JSON input files that each make the file invalid, with where the problem is (the JSON path,
 * in the notation of our messages, or "line" for a file that is not JSON any more). Used by the fuzz suite.
 */
final class Mutations {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Extreme numbers: each beyond every field's range, plausibility limit or the range of a double. */
    static final List<String> EXTREME_NUMBERS = List.of("1e17", "1e30", "1e300", "-1e300", "-1e17", "1e308",
            "1e400");

    private Mutations() {
    }

    /** A mutated file: its bytes, the kind of mutation, and what its error message must name. */
    record Mutant(String kind, byte[] bytes, String mustName) {
        @Override
        public String toString() {
            return kind + " -> " + mustName;
        }
    }

    /** A leaf or container of the tree with its path and its parent. */
    record Node(String path, JsonNode value, JsonNode parent, String key, int index) {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every node below the root, in document order. */
    static List<Node> nodes(JsonNode root) {
        List<Node> all = new ArrayList<>();
        walk(root, "", all);
        return all;
    }

    private static void walk(JsonNode node, String path, List<Node> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var e = it.next();
                String p = field(path, e.getKey());
                all.add(new Node(p, e.getValue(), node, e.getKey(), -1));
                walk(e.getValue(), p, all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                all.add(new Node(p, node.get(i), node, null, i));
                walk(node.get(i), p, all);
            }
        }
    }

    static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[\"" + name + "\"]";
    }

    /** Replaces the node at {@code n} in a copy of the tree; returns the copy. */
    static JsonNode replaced(JsonNode root, Node n, JsonNode with) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = find(copy, n.parent(), root);
        if (n.key() != null) {
            ((ObjectNode) parent).set(n.key(), with);
        } else {
            ((ArrayNode) parent).set(n.index(), with);
        }
        return copy;
    }

    /** The node of {@code copy} at the position of {@code original} in {@code root} (same shape). */
    private static JsonNode find(JsonNode copy, JsonNode original, JsonNode root) {
        if (original == root) {
            return copy;
        }
        for (Node n : nodes(root)) {
            if (n.value() == original) {
                return at(copy, n.path());
            }
        }
        throw new IllegalStateException("node not found");
    }

    private static JsonNode at(JsonNode root, String path) {
        for (Node n : nodes(root)) {
            if (n.path().equals(path)) {
                return n.value();
            }
        }
        throw new IllegalStateException("no node at " + path);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pretty text of {@code root} with one field of the object at {@code n}'s parent written twice. */
    static String withDuplicate(JsonNode root, Node n) {
        JsonNode copy = root.deepCopy();
        ObjectNode parent = (ObjectNode) find(copy, n.parent(), root);
        String marker = "__duplicate_marker__";
        parent.set(marker, NODES.nullNode());
        String text = text(copy);
        String value = text(n.value());
        return text.replace("\"" + marker + "\" : null", "\"" + n.key() + "\" : " + value);
    }

    // ------------------------------------------------------------------ the mutations

    /** Deletes a field that has no default. */
    static Mutant delete(JsonNode root, Node n) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) find(copy, n.parent(), root)).remove(n.key());
        return new Mutant("delete " + n.path(), utf8(text(copy)), n.path());
    }

    /** Gives a value of another JSON type: a number as a string, a string as a number, and so on. */
    static Mutant retype(JsonNode root, Node n) {
        JsonNode v = n.value();
        JsonNode other;
        if (v.isNumber()) {
            other = NODES.textNode(v.asText());
        } else if (v.isTextual()) {
            other = NODES.numberNode(7);
        } else if (v.isBoolean()) {
            other = NODES.textNode(v.asText());
        } else if (v.isArray()) {
            other = NODES.objectNode().put("a", 1);
        } else {
            other = NODES.numberNode(1);
        }
        return new Mutant("retype " + n.path(), utf8(text(replaced(root, n, other))), n.path());
    }

    static Mutant nullify(JsonNode root, Node n) {
        return new Mutant("null " + n.path(), utf8(text(replaced(root, n, NODES.nullNode()))), n.path());
    }

    /** An extreme number in a number field, written as text so that 1e400 stays as written. */
    static Mutant extreme(JsonNode root, Node n, String number) {
        String marker = "\"__extreme_marker__\"";
        String text = text(replaced(root, n, NODES.textNode("__extreme_marker__"))).replace(marker, number);
        return new Mutant("extreme " + n.path() + " = " + number, utf8(text), n.path());
    }

    /** An amount of a price string ("98.32 USD") made extreme. */
    static Mutant extremePrice(JsonNode root, Node n, String number) {
        String currency = n.value().asText().replaceFirst("^\\S+\\s+", "");
        return new Mutant("extreme price " + n.path() + " = " + number,
                utf8(text(replaced(root, n, NODES.textNode(number + " " + currency)))), n.path());
    }

    static Mutant duplicate(JsonNode root, Node n) {
        return new Mutant("duplicate " + n.path(), utf8(withDuplicate(root, n)), n.path());
    }

    static Mutant unknownField(JsonNode root, Node objectNode) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) at(copy, objectNode.path())).put("colour", 1);
        return new Mutant("unknown field in " + objectNode.path(), utf8(text(copy)), field(objectNode.path(), "colour"));
    }

    static Mutant unknownTopField(JsonNode root) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) copy).put("colour", 1);
        return new Mutant("unknown top-level field", utf8(text(copy)), "colour");
    }

    /** Cut before the last closing brace: never well-formed. */
    static Mutant truncate(String text, double where) {
        int last = text.lastIndexOf('}');
        int cut = (int) (where * last);
        return new Mutant("truncate at " + cut + " of " + text.length(), utf8(text.substring(0, cut)),
                cut == 0 ? "$" : "line");
    }

    static Mutant utf16(String text, boolean bigEndian, boolean bom) {
        byte[] bytes = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        if (bom) {
            byte[] withBom = new byte[bytes.length + 2];
            withBom[0] = (byte) (bigEndian ? 0xFE : 0xFF);
            withBom[1] = (byte) (bigEndian ? 0xFF : 0xFE);
            System.arraycopy(bytes, 0, withBom, 2, bytes.length);
            bytes = withBom;
        }
        return new Mutant("UTF-16" + (bigEndian ? "BE" : "LE") + (bom ? " with BOM" : ""), bytes, "UTF-16");
    }

    /** A Latin-1 file: one string value gains an e-acute, and the whole file is written as ISO-8859-1. */
    static Mutant latin1(JsonNode root, Node stringNode) {
        String text = text(replaced(root, stringNode, NODES.textNode(stringNode.value().asText() + "\u00e9")));
        return new Mutant("Latin-1 in " + stringNode.path(), text.getBytes(StandardCharsets.ISO_8859_1), "line");
    }

    /** A byte that never occurs in UTF-8 (0xFF) or a lone lead byte (0xC3) inserted somewhere. */
    static Mutant badByte(String text, double where, boolean lone) {
        byte[] bytes = utf8(text);
        int at = (int) (where * bytes.length);
        // keep away from the middle of a multi-byte character
        while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
            at++;
        }
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) (lone ? 0xC3 : 0xFF);
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        if (lone && at + 1 < out.length && (out[at + 1] & 0xC0) == 0x80) {
            out[at + 1] = 'x'; // 0xC3 followed by a continuation byte would be a valid character
        }
        return new Mutant("byte 0x%02X at %d".formatted(out[at] & 0xff, at), out, "line");
    }

    /** A value nested 5,000 arrays deep: beyond the parser's nesting limit. */
    static Mutant deep(JsonNode root, Node n) {
        String marker = "\"__deep_marker__\"";
        String text = text(replaced(root, n, NODES.textNode("__deep_marker__")))
                .replace(marker, "[".repeat(5000) + "]".repeat(5000));
        return new Mutant("nested 5000 deep at " + n.path(), utf8(text), n.path());
    }

    /** A number of 5,000 digits. */
    static Mutant longNumber(JsonNode root, Node n) {
        String marker = "\"__long_marker__\"";
        String text = text(replaced(root, n, NODES.textNode("__long_marker__"))).replace(marker, "9".repeat(5000));
        return new Mutant("5000-digit number at " + n.path(), utf8(text), n.path());
    }

    /** Fields whose absence is allowed (they have defaults, or are free text). */
    static final Set<String> OPTIONAL = Set.of("description", "exchangeRates", "commitments", "spotPerHour",
            "spotInterruptionOverhead", "billingIncrementSeconds", "tags", "allowedJurisdictions",
            "egressGbPerMillionUnits", "egressGbPerMonth", "interruptible", "requestMix", "splitParts",
            "growthPerYear", "energyEscalationPerYear", "cloudPriceChangePerYear", "hoursPerMonth", "note",
            "correlations");

    static Random random(long seed) {
        return new Random(seed);
    }
}
