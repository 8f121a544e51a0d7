package org.aitco.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The spark-submit entry point: arguments as ./aitco chargeback takes them, exit codes, errors named. */
class MainTest {
    @Test
    void argumentsAreThoseOfTheCommandLine() {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> focus = new ArrayList<>();
        Main.parse(new ArrayDeque<>(List.of("chargeback", "a.csv", "--config", "c.json", "lake/", "--json", "o.json")),
                options, focus);
        assertThat(focus).containsExactly("a.csv", "lake/");
        assertThat(options).containsExactly(Map.entry("--config", "c.json"), Map.entry("--json", "o.json"));
        assertThatThrownBy(() -> Main.parse(new ArrayDeque<>(List.of("place", "x")), options, focus))
                .hasMessageContaining("unknown command 'place'");
        assertThatThrownBy(() -> Main.parse(new ArrayDeque<>(List.of("chargeback", "a.csv", "--pool", "p")),
                new LinkedHashMap<>(), new ArrayList<>())).hasMessageContaining("unknown option --pool");
        assertThatThrownBy(() -> Main.parse(new ArrayDeque<>(List.of("chargeback", "--config", "c.json")),
                new LinkedHashMap<>(), new ArrayList<>())).hasMessageContaining("at least one FOCUS path");
    }

    @Test
    void aPathThatMatchesNothingIsBadInputNamedOnStderr() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.chargeback(LocalSpark.session(), Map.of(), List.of("no/such/focus-*.csv"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("aitco: no/such/focus-*.csv, path: matches no file or folder" + System.lineSeparator());
    }
}
