package org.aitco.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README shows exactly the downstream test that the invoker build compiles and runs. */
class DownstreamExampleDocTest {
    @org.junit.jupiter.api.Test
    void theReadmeShowsTheDownstreamTestThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/it/downstream/src/test/java/com/example/CapacityPlanTest.java"));
        String body = source.substring(source.indexOf("class CapacityPlanTest {"));
        assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + body + "```");
    }
}
