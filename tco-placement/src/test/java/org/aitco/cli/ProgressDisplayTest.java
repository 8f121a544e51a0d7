package org.aitco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 14 item 10: the progress line of place and risk, and that it never goes into a file or a pipe. */
class ProgressDisplayTest {

    @Test
    void placeShowsTheStageTheBestPlanItsGapAndTheTimeLeft() {
        var bytes = new ByteArrayOutputStream();
        try (ProgressDisplay p = ProgressDisplay.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), "place",
                "EUR", Duration.ofSeconds(60))) {
            p.update("branch and bound", 1_000_000.0, 990_000.0);
            // gap (1,000,000 - 990,000) / 1,000,000 = 1.00 %
            assertThat(p.line()).startsWith("place: branch and bound, best plan 1,000,000 EUR, gap 1.00 %, ")
                    .matches(".*, \\d+ s, \\d+ s left of the 60 s limit");
            p.update("first stage", Double.NaN, Double.NaN);
            assertThat(p.line()).startsWith("place: first stage, ").doesNotContain("best plan", "gap");
        }
    }

    @Test
    void riskShowsTheDrawsDoneAndErasesItsLineWhenDone() throws Exception {
        var bytes = new ByteArrayOutputStream();
        ProgressDisplay p = ProgressDisplay.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), "risk", "EUR",
                null);
        p.update("draws", 250, 1_000);
        p.update("draws", 200, 1_000); // threads report out of order: the count never goes back
        assertThat(p.line()).startsWith("risk: draws, 250 of 1,000, ");
        Thread.sleep(1_200); // the line is drawn twice a second
        p.close();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rrisk: draws, 250 of 1,000").endsWith("\r");
        String last = shown.substring(shown.lastIndexOf('\r', shown.length() - 2));
        assertThat(last.strip()).isEmpty(); // erased: blanks over the line, the cursor back at its start
        p.update("draws", 1_000, 1_000);
        Thread.sleep(700);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(shown); // nothing after close
    }

    @Test
    void chargebackShowsTheFileItsRowsAndTheMegabytesRead() {
        var bytes = new ByteArrayOutputStream();
        try (ProgressDisplay p = ProgressDisplay.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), "chargeback",
                "", null)) {
            p.update("focus.csv", 40L << 20, (100L << 20) + 5, 1_234_567, false);
            // 40 MiB of 100 MiB (and 5 bytes) read: 40 of 100 MB; the time left from the pace of this file
            assertThat(p.line()).startsWith("chargeback: reading focus.csv, 1,234,567 rows, 40 of 100 MB, ")
                    .matches(".*, \\d+ MB/s, \\d+ s, about \\d+ s left");
        }
    }

    @Test
    void chargebackWritesNoProgressIntoAFileOrPipe() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        java.nio.file.Path cb = java.nio.file.Path.of("..", "examples", "chargeback");
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run("chargeback", cb.resolve("focus_sample.csv").toString(), "--pools",
                cb.resolve("onprem-pools.json").toString());
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\r", "reading");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\r", "reading focus_sample.csv");
    }

    @Test
    void noProgressWhenStderrIsNotATerminalOrQuiet() {
        // the build runs with stderr redirected to a file or pipe
        assertThat(ProgressDisplay.onTerminal()).isFalse();
        assertThat(ProgressDisplay.open(System.err, false, "risk", "EUR", null)).isNull();
        assertThat(ProgressDisplay.open(System.err, true, "risk", "EUR", null)).isNull();
    }
}
