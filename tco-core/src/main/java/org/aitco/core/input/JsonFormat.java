package org.aitco.core.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.aitco.core.model.Violation;

/**
 * One JSON file format of the library (scenarios, Mélange configurations, uncertainties, the chargeback's pools and
 * configuration): how its document is named in messages, how its root is read, and the exception that carries its
 * problems. The readers of every format are then the same three, here: from a file (through {@link InputFiles}),
 * from a reader and from a string.
 *
 * @param noun       the document in "the end of the NOUN object", for example {@code "scenario"}
 * @param describing the document in "must be a JSON object describing ...", for example {@code "a scenario"}
 * @param root       reads the document's root, recording problems; null when it could not
 * @param error      the exception for a source name and its problems
 */
public record JsonFormat<T>(String noun, String describing, BiFunction<JsonNode, Problems, T> root,
                            BiFunction<String, List<Violation>, ? extends RuntimeException> error) {
    public JsonFormat {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(describing, "describing");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(error, "error");
    }

    /** Reads a file (UTF-8, at most the default JSON limit); problems are reported with the path as source name. */
    public T read(Path file) {
        return JsonTree.read(file, noun, describing, root, error);
    }

    /** Reads JSON text; {@code sourceName} prefixes every problem reported. The reader is not closed. */
    public T read(Reader reader, String sourceName) {
        return JsonTree.read(reader, sourceName, noun, describing, root, error);
    }

    /** Reads a JSON string, as {@link #read(Reader, String)}. */
    public T fromJson(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        return read(new StringReader(json), sourceName);
    }
}
