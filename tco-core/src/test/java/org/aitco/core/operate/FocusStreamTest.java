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

    /**
     * Issue #10 item 4: a row repeated in a FOCUS file, or across files (an export written twice, overlapping
     * exports), is found: charged with a warning by default, rejected on request, not checked when off.
     */
    @Test
    void aRowRepeatedInAFileOrAcrossFilesIsFoundAndWarnedOrRejected(@TempDir Path dir) throws IOException {
        String header = "BilledCost,EffectiveCost,ChargePeriodStart,ChargePeriodEnd,BillingCurrency,ProviderName,Tags";
        String a = "1.25,1.25,2024-09-01 00:00:00,2024-09-01 01:00:00,USD,AWS,\"{\"\"business_unit\"\": \"\"A\"\"}\"";
        String b = "2.50,2.50,2024-09-01 00:00:00,2024-09-01 01:00:00,USD,AWS,\"{\"\"business_unit\"\": \"\"B\"\"}\"";
        // Differs from a only by its ProviderName being quoted: the same values, but not the same bytes, so kept.
        String aQuoted = "1.25,1.25,2024-09-01 00:00:00,2024-09-01 01:00:00,USD,\"AWS\",\"{\"\"business_unit\"\": "
                + "\"\"A\"\"}\"";
        Path file = dir.resolve("twice.csv");
        Files.write(file, List.of(header, a, b, a, aQuoted)); // a on lines 2 and 4

        // Default: charged as given, 1.25 + 2.50 + 1.25 + 1.25 = 6.25, and a warning names the file and line 4.
        ChargebackReport warned = Chargeback.builder().focus(file).run();
        assertThat(warned.totalInput()).isEqualTo(ChargebackTest.usd("6.25"));
        assertThat(warned.rowsRejected()).isZero();
        assertThat(warned.warnings()).singleElement().asString().startsWith(file.toString())
                .contains("1 row(s) repeat an earlier row", "line 4", "--duplicate-rows reject");

        ChargebackReport r = Chargeback.builder().focus(file).threads(1)
                .duplicateRows(Chargeback.DuplicateRowPolicy.REJECT).run();
        // Kept: 1.25 (line 2) + 2.50 + 1.25 (line 5) = 5.00; line 4 repeats line 2 and is rejected.
        assertThat(r.totalInput()).isEqualTo(ChargebackTest.usd("5.00"));
        assertThat(r.inputs()).extracting(ChargebackReport.InputFile::rowsRead, ChargebackReport.InputFile::rowsUsed,
                ChargebackReport.InputFile::rowsRejected).containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 3L, 1L));
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.reason()).contains("identical to an earlier row");
        });
        assertThat(r.rejectionSummary()).contains("1 row(s) rejected");
        // The owners: A 1.25 + 1.25 = 2.50, B 2.50.
        assertThat(r.owners()).extracting(ChargebackReport.OwnerPeriod::owner, ChargebackReport.OwnerPeriod::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", ChargebackTest.usd("2.50")),
                        org.assertj.core.groups.Tuple.tuple("B", ChargebackTest.usd("2.50")));

        // The same row in a second file (overlapping exports): the later copy is rejected there.
        Path other = dir.resolve("next-day.csv");
        Files.write(other, List.of(header, b));
        ChargebackReport two = Chargeback.builder().focus(file).focus(other)
                .duplicateRows(Chargeback.DuplicateRowPolicy.REJECT).run();
        assertThat(two.totalInput()).isEqualTo(ChargebackTest.usd("5.00"));
        assertThat(two.inputs()).extracting(ChargebackReport.InputFile::rowsRejected).containsExactly(1L, 1L);

        // Off: not checked, every row counts (6.25) and nothing is said.
        ChargebackReport off = Chargeback.builder().focus(file).duplicateRows(Chargeback.DuplicateRowPolicy.OFF).run();
        assertThat(off.totalInput()).isEqualTo(ChargebackTest.usd("6.25"));
        assertThat(off.rowsRejected()).isZero();
        assertThat(off.warnings()).isEmpty();
    }

    @Test
    void duplicatesInTheSampleRepeatedAreFoundOnAnyThreadsAndChunks(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        List<String> doubled = new ArrayList<>(lines);
        doubled.addAll(lines.subList(1, lines.size())); // the 1000 data rows again
        Path file = dir.resolve("doubled.csv");
        Files.write(file, doubled);
        ChargebackReport once = run(Chargeback.builder().focus(SAMPLE).threads(1));
        for (int threads : new int[] {1, 3}) {
            ChargebackReport r = run(Chargeback.builder().focus(file).threads(threads).chunkBytes(50_000)
                    .duplicateRows(Chargeback.DuplicateRowPolicy.REJECT));
            assertThat(content(r)).isEqualTo(content(once));
            assertThat(r.rowsRejected()).isEqualTo(once.rowsRejected() + 1000);
        }
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
