package org.aitco.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aitco.core.json.ScenarioFiles;
import org.junit.jupiter.api.Test;

class ReadyScenariosTest {
    @Test
    void theReadyScenariosAreTheBundledExamples() {
        assertThat(ReadyScenarios.steadyChatbot()).isEqualTo(ScenarioFiles.read(Path.of("../examples/steady-chatbot.json")));
        assertThat(ReadyScenarios.burstyRnd()).isEqualTo(ScenarioFiles.read(Path.of("../examples/bursty-rnd.json")));
    }
}
