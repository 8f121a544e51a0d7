package org.aitco.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.aitco.core.json.ScenarioFiles;
import org.aitco.core.model.Scenario;

/**
 * Ready scenarios for tests, the library's bundled examples: read from the class path, so that they work from
 * the {@code tests} jar as well as in this project.
 *
 * <pre>{@code
 * Scenario s = ReadyScenarios.steadyChatbot();   // owning the baseload wins
 * Scenario b = ReadyScenarios.burstyRnd();       // a bursty load where the cloud wins
 * }</pre>
 */
public final class ReadyScenarios {
    private ReadyScenarios() {
    }

    /** Two steady EU chatbot workloads with office-hours peaks and 25-30 %/yr growth, where owning wins. */
    public static Scenario steadyChatbot() {
        return read("steady-chatbot.json");
    }

    /** A bursty research and development load, where the cloud wins. */
    public static Scenario burstyRnd() {
        return read("bursty-rnd.json");
    }

    private static Scenario read(String name) {
        try (InputStream in = Objects.requireNonNull(ReadyScenarios.class.getResourceAsStream(name),
                () -> "scenario resource (org/aitco/testing/" + name + ") is not on the class path");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return ScenarioFiles.read(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario resource " + name + ": " + e.getMessage(), e);
        }
    }
}
