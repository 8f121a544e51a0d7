package org.aitco.cli;

import static org.aitco.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./aitco place FILE --export-lp OUT.lp} end to end. */
class LpExportCliIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void placeWritesTheFullModelAndThePlan(@TempDir Path dir) throws IOException {
        Path lp = dir.resolve("model.lp");
        CliRun r = run("place", EXAMPLES.resolve("steady-chatbot.json").toString(), "--time-limit", "20",
                "--export-lp", lp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + lp);
        assertThat(r.out()).contains("Placement plan for steady-chatbot");
        String text = Files.readString(lp);
        // 168 slices: one capacity row per platform and slice, whole instances per slice, integer servers.
        assertThat(text).startsWith("\\ aitco: the full placement model of scenario steady-chatbot\n")
                .contains("Minimize\n", "Subject To\n", "Bounds\n", "Generals\n", " y_p", "_t167", " n_p0")
                .endsWith("End\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(lp); // no temporary file left behind
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path lp = dir.resolve("missing").resolve("model.lp");
        CliRun r = run("place", EXAMPLES.resolve("steady-chatbot.json").toString(), "--export-lp", lp.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(lp.toString()).doesNotContain("\tat ");
    }

    @Test
    void theInputIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.json");
        Files.copy(EXAMPLES.resolve("steady-chatbot.json"), scenario);
        String before = Files.readString(scenario);
        CliRun r = run("place", scenario.toString(), "--export-lp", scenario.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(r.err()).contains("--export-lp " + scenario + " is the input file FILE of this command",
                "refusing to overwrite an input file");
        assertThat(Files.readString(scenario)).isEqualTo(before);
        Path config = dir.resolve("m.json");
        Files.copy(EXAMPLES.resolve("melange").resolve("example.json"), config);
        r = run("place", "--melange", config.toString(), "--export-lp", config.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_USAGE);
        assertThat(Files.readString(config)).contains("gpu_info");
    }
}
