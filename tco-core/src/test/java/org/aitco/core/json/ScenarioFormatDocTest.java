package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md shows a real file and real messages: its example and error output are checked here. */
class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");

    @Test
    void theExampleFileOfTheDocIsValidAndCanonical() throws Exception {
        String example = block(Files.readString(DOC), "```json\n");

        assertThat(ScenarioFiles.toJson(ScenarioFiles.fromJson(example, "doc"))).isEqualTo(example);
        assertThat(ScenarioFiles.fromJson(example, "doc")).isEqualTo(ScenarioFiles.fromJson(Examples.STEADY, "s"));
    }

    @Test
    void theErrorOutputOfTheDocIsWhatTheReaderSays() throws Exception {
        String doc = Files.readString(DOC);
        String example = block(doc, "```json\n");
        String broken = example
                .replace("\"horizonYears\": 5", "\"horizonYears\": \"5\"")
                .replace("\"boardWatts\": 700", "\"boardWatts\": 700, \"tdpWatts\": 700")
                .replace("\"idleWatts\": 2500", "\"idleWatts\": 12500")
                .replace("\"basis\": \"PER_KW_MONTH\"", "\"basis\": \"PER_KW\"")
                .replace("\"growthPerYear\": 0.3", "\"growthPerYear\": 35")
                .replace("\"perSecond\": 11000", "\"perSecond\": 11000,\n    \"perSecond\": 9000");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(broken, "steady-broken.json"));

        assertThat(doc).contains("```\n" + e.getMessage() + "\n```");
    }

    @Test
    void theSyntaxErrorOfTheDocIsWhatTheReaderSays() throws Exception {
        String syntax = "{\n  \"name\": \"x\",\n  \"financials\": {\n    \"horizonYears\": 5,\n  }\n}\n";

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.fromJson(syntax, "syntax.json"));

        assertThat(Files.readString(DOC)).contains("```\n" + e.getMessage() + "\n```");
    }

    /** The text of the first fenced block that starts with {@code fence}. */
    private static String block(String doc, String fence) {
        int start = doc.indexOf(fence) + fence.length();
        return doc.substring(start, doc.indexOf("```", start));
    }
}
