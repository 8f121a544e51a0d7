package org.aitco.core.input;

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
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.aitco.core.model.Violation;

/**
 * Parses JSON text into a Jackson tree strictly: standard JSON only (no comments, no NaN, no trailing
 * commas), one value per document, and a key given twice in one object is a problem rather than silently
 * overwritten (Jackson's own tree keeps the last one).
 *
 * <p>Decimal numbers are kept exact ({@link BigDecimal}), so that an exchange rate stays as written and a
 * number too large for a double is seen as such instead of becoming infinity; {@code -0.0} stays a double
 * because a decimal has no negative zero.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Problems problems;
    private final String noun;
    private final String describing;

    private JsonTree(JsonParser parser, Problems problems, String noun, String describing) {
        this.parser = parser;
        this.problems = problems;
        this.noun = noun;
        this.describing = describing;
    }

    /**
     * The tree of the document; null when it is not well-formed JSON, in which case {@code problems} holds
     * one violation at {@code $} whose value gives the line and column, and whose text names the field the
     * parser was in, when it was in one. The document is named in messages by {@code noun} ("the end of the
     * scenario object") and {@code describing} ("must be a JSON object describing a scenario").
     */
    public static JsonNode parse(Reader reader, Problems problems, String noun, String describing) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            try {
                return new JsonTree(parser, problems, noun, describing).document();
            } catch (JsonProcessingException e) {
                String in = pathOf(parser.getParsingContext());
                problems.add(Problems.ROOT, where(e.getLocation()),
                        "is not well-formed JSON: " + firstLine(e.getOriginalMessage())
                                + (in.isEmpty() ? "" : " (in " + in + ")"));
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

    /**
     * Reads one document strictly: parses it, hands the tree to {@code reader}, and returns what it read, or
     * throws {@code error} with every problem found (syntax, shape and values) when there was any. The reader
     * is not closed.
     *
     * @param source     the file name (or other name) that prefixes every problem reported
     * @param noun       the document in "the end of the NOUN object"
     * @param describing the document in "must be a JSON object describing ..."
     */
    public static <T> T read(Reader reader, String source, String noun, String describing,
                             BiFunction<JsonNode, Problems, T> root,
                             BiFunction<String, List<Violation>, ? extends RuntimeException> error) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Problems problems = new Problems();
        JsonNode tree = parse(new NonClosing(reader), problems, noun, describing);
        T value = tree == null ? null : root.apply(tree, problems);
        if (!problems.isEmpty()) {
            throw error.apply(source, problems.all());
        }
        if (value == null) {
            throw new IllegalStateException("nothing was read from " + source + " and no problem recorded");
        }
        return value;
    }

    /**
     * Reads one document from a file as {@link #read(Reader, String, String, String, BiFunction, BiFunction)},
     * through {@link InputFiles#reader} with the default limit for JSON files ({@link InputLimits#defaults()}):
     * a file that is missing, a directory, too large or not UTF-8 is an {@link UncheckedIOException} whose
     * message names the file and what was expected, and whose cause is the {@link UnreadableFileException}.
     */
    public static <T> T read(Path file, String noun, String describing, BiFunction<JsonNode, Problems, T> root,
                             BiFunction<String, List<Violation>, ? extends RuntimeException> error) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = InputFiles.reader(file, InputLimits.defaults().jsonMaxBytes())) {
            return read(reader, file.toString(), noun, describing, root, error);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        UnreadableFileException u = e instanceof UnreadableFileException given ? given
                : new UnreadableFileException(file, "cannot be read: " + e.getMessage(), e);
        return new UncheckedIOException(u.getMessage(), u);
    }

    /** Leaves the caller's reader open: the parser closes what it reads from. */
    private static final class NonClosing extends FilterReader {
        NonClosing(Reader in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the reader
        }
    }

    private JsonNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add(Problems.ROOT, "empty", "must be a JSON object describing " + describing);
            return null;
        }
        JsonNode root = value(first, "");
        if (parser.nextToken() != null) {
            problems.add(Problems.ROOT, where(parser.currentTokenLocation()),
                    "has more after the end of the " + noun + " object; a file holds exactly one JSON object");
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
