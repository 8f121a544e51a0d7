package org.aitco.core.json;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.aitco.core.input.JsonFormat;
import org.aitco.core.input.OutputFile;
import org.aitco.core.model.Scenario;

/**
 * Scenario files: reads and writes a {@link Scenario} as JSON in the format of {@code docs/scenario-format.md}.
 *
 * <p>Reading is strict and reports every problem of a file at once in a {@link ScenarioFileException}, each with
 * its JSON path, the value found and what was expected. Writing gives the canonical form: the documented field
 * order, every optional field, demand as hourly values; {@code read(toJson(s))} equals {@code s}.
 *
 * <pre>{@code
 * Scenario s = ScenarioFiles.read(Path.of("examples/steady-chatbot.json"));
 * ScenarioFiles.write(s.withFinancials(s.financials().withHorizonYears(7)), Path.of("seven-years.json"));
 * String json = ScenarioFiles.toJson(s);
 * }</pre>
 */
public final class ScenarioFiles {
    private static final JsonFormat<Scenario> FORMAT = new JsonFormat<>("scenario", "a scenario",
            ScenarioReader::scenario, ScenarioFileException::new);

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file (UTF-8); problems are reported with the path as source name.
     *
     * @throws ScenarioFileException when the file is not valid JSON or not a valid scenario
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static Scenario read(Path file) {
        return FORMAT.read(file);
    }

    /**
     * Reads a scenario from JSON text; {@code sourceName} (a file name, say) prefixes every problem reported.
     * The reader is not closed.
     *
     * @throws ScenarioFileException when the text is not valid JSON or not a valid scenario
     */
    public static Scenario read(Reader reader, String sourceName) {
        return FORMAT.read(reader, sourceName);
    }

    /** Reads a scenario from a JSON string, as {@link #read(Reader, String)}. */
    public static Scenario fromJson(String json, String sourceName) {
        return FORMAT.fromJson(json, sourceName);
    }

    /** The canonical JSON text of a scenario, pretty-printed with {@code \n} line ends. */
    public static String toJson(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return ScenarioWriter.toJson(scenario);
    }

    /**
     * Writes the canonical JSON of a scenario to a file (UTF-8), replacing it if it exists, atomically: a failed
     * write (a full disk) leaves the previous file as it was.
     *
     * @throws UncheckedIOException naming the file and the reason when it cannot be written
     */
    public static void write(Scenario scenario, Path file) {
        Objects.requireNonNull(file, "file");
        OutputFile.write(file, toJson(scenario));
    }
}
