package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FOCUS inputs as users have them: several files, folders, globs, gzip, repeated files, broken streams. */
class FocusStreamTest {
    static final Path SAMPLE = ChargebackTest.EX.resolve("focus_sample.csv");
    static final Path CONFIG = ChargebackTest.EX.resolve("config.json");

    static ChargebackReport run(Chargeback.Builder b) {
        return b.config(CONFIG).run();
    }

    /** The report without its inputs table (file names differ between the ways of reading). */
    static List<Object> content(ChargebackReport r) {
        return List.of(r.owners(), r.lines(), r.reconciliation(), r.reconciliationByMonth(), r.totalInput(),
                r.totalAllocated(), r.cloudAccelerators(), r.recommendations());
    }

    @Test
    void manySmallChunksOnThreeThreadsGiveTheReportOfOneThread() {
        ChargebackReport one = run(Chargeback.builder().focus(SAMPLE).threads(1));
        // 755 kB in chunks of 10 kB: about 75 chunks, parsed on 3 threads and merged in file order.
        ChargebackReport three = run(Chargeback.builder().focus(SAMPLE).threads(3).chunkBytes(10_000));
        assertThat(three).isEqualTo(one);
        // 14.98 of cloud EffectiveCost + the shared cost of config.json, 1500.00.
        assertThat(one.totalInput()).isEqualTo(ChargebackTest.usd("1514.98"));
    }

    @Test
    void readsGzipByItsMagicBytesAndFoldersAndGlobs(@TempDir Path dir) throws IOException {
        ChargebackReport plain = run(Chargeback.builder().focus(SAMPLE));
        Path gz = dir.resolve("bill.data"); // no .gz: recognised by the bytes 1f 8b
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SAMPLE, out);
        }
        assertThat(content(run(Chargeback.builder().focus(gz)))).isEqualTo(content(plain));

        Path folder = Files.createDirectories(dir.resolve("exports/2024"));
        List<String> lines = Files.readAllLines(SAMPLE);
        Files.write(folder.resolve("a.csv"), lines.subList(0, 400));
        List<String> rest = new ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(400, lines.size()));
        Files.write(folder.resolve("b.csv"), rest);
        ChargebackReport byFolder = run(Chargeback.builder().focus(dir.resolve("exports")));
        assertThat(content(byFolder)).isEqualTo(content(plain));
        // 399 + 601 data rows = the sample's 1000.
        assertThat(byFolder.inputs()).extracting(ChargebackReport.InputFile::rowsRead).containsExactly(399L, 601L);
        ChargebackReport byGlob = run(Chargeback.builder().focus(dir.resolve("exports/*/*.csv")));
        assertThat(content(byGlob)).isEqualTo(content(plain));
        assertThatThrownBy(() -> run(Chargeback.builder().focus(dir.resolve("exports/*.parquet"))))
                .isInstanceOf(ChargebackInputException.class).hasMessageContaining("matches no file");
    }

    @Test
    void aFileGivenTwiceIsReadOnceWithAWarning(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(SAMPLE, dir.resolve("copy.csv"));
        ChargebackReport r = run(Chargeback.builder().focus(SAMPLE).focus(SAMPLE).focus(copy));
        // Issue #10: 14.98 became 29.95 when the file was given twice; now it is read once: 14.98 + the shared
        // cost of config.json, 1500.00.
        assertThat(r.totalInput()).isEqualTo(ChargebackTest.usd("1514.98"));
        assertThat(r.inputs()).hasSize(1);
        assertThat(r.warnings()).filteredOn(w -> w.contains("read once")).hasSize(2)
                .anyMatch(w -> w.startsWith(copy.toString()));
    }

    @Test
    void anEndlessLineOrAnUnclosedQuoteOrLatin1IsAClearError(@TempDir Path dir) throws IOException {
        Path noLineEnd = dir.resolve("zeros.csv");
        Files.write(noLineEnd, new byte[300_000]);
        assertThatThrownBy(() -> run(Chargeback.builder().focus(noLineEnd).focusLimits(1L << 30, 100_000)))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("zeros.csv, line 1: a record longer than 100000 bytes");
        assertThatThrownBy(() -> run(Chargeback.builder().focus(SAMPLE).focusLimits(500_000, 100_000)))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("exceeds 500000 bytes, the limit");

        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(998, lines.get(998) + ",\"never closed"); // line 999 (index 0 is line 1)
        Path open = dir.resolve("open.csv");
        Files.write(open, lines);
        assertThatThrownBy(() -> run(Chargeback.builder().focus(open)))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("open.csv, line 999: a quoted cell is not closed before the end of the file");

        Path latin1 = dir.resolve("latin1.csv");
        lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(5, lines.get(5).replaceFirst("\"Usage\"", "\"Usag\u00e9\""));
        Files.write(latin1, lines, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> run(Chargeback.builder().focus(latin1)))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("latin1.csv, line 6: is not UTF-8 text");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> run(Chargeback.builder().focus(empty)))
                .isInstanceOf(ChargebackInputException.class).hasMessageContaining("holds no FOCUS file");
    }

    @Test
    void utilisationGivenAsFractionsIsRefused(@TempDir Path dir) throws IOException {
        Path util = dir.resolve("fractions.csv");
        Files.writeString(util, """
                timestamp,server,gpu,utilisation
                2024-09-01T00:00:00Z,ams1-h100-01,0,0.73
                2024-09-01T01:00:00Z,ams1-h100-01,0,0.81
                """);
        assertThatThrownBy(() -> Chargeback.builder().onPremPools(ChargebackTest.EX.resolve("onprem-pools.json"))
                .utilisation(util).run())
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("fractions.csv, column utilisation: every value is between 0 and 1 (the largest "
                        + "is 0.81): fractions, not percent");
    }
}
