package org.aitco.core.operate;

import static org.aitco.core.operate.ChargebackTest.EX;
import static org.aitco.core.operate.ChargebackTest.line;
import static org.aitco.core.operate.ChargebackTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aitco.core.operate.ChargebackReport.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage rows that match no pool or month are counted rejections, never silently dropped; platform names match
 * case-insensitively. Each test edits one cell of examples/chargeback/usage.csv.
 */
class UsageMatchingTest {

    /** The example run with usage.csv edited by {@code from -> to}. */
    private static ChargebackReport runWithUsage(Path dir, String from, String to) throws IOException {
        String original = Files.readString(EX.resolve("usage.csv"));
        assertThat(original).contains(from);
        Path usage = dir.resolve("usage.csv");
        Files.writeString(usage, original.replace(from, to));
        return Chargeback.run(ChargebackTest.example().usage(usage).config(EX.resolve("config.json")).build());
    }

    private static InputFile usageInput(ChargebackReport r) {
        return r.inputs().stream().filter(f -> f.kind().equals("usage")).findFirst().orElseThrow();
    }

    @Test
    void aMisspelledPlatformIsACountedRejection(@TempDir Path dir) throws IOException {
        // Line 4 of usage.csv (header = line 1): ViennaAI on ams-1/h100 with 1000 h, misspelled "ams1/h100".
        ChargebackReport r = runWithUsage(dir, "ViennaAI,,ams-1/h100", "ViennaAI,,ams1/h100");
        InputFile u = usageInput(r);
        // 7 rows read = 6 allocated + 1 rejected.
        assertThat(u.rowsRead()).isEqualTo(7);
        assertThat(u.rowsUsed()).isEqualTo(6);
        assertThat(u.rowsRejected()).isEqualTo(1);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.file()).endsWith("usage.csv");
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.column()).isEqualTo("platform");
            assertThat(x.value()).isEqualTo("ams1/h100");
            assertThat(x.reason()).contains("ams-1/h100", "ams-1/l40s", "aws:g5.4xlarge");
        });
        assertThat(r.toText()).contains("Rejected rows (1)", "usage.csv:4 platform (\"ams1/h100\")");
        assertThat(r.warnings()).anyMatch(w -> w.contains("1 usage row(s) match no on-prem pool"));
        // ViennaAI's 1000 h are not allocated: ams-1/h100 used 5200 + 2600 = 7800 of 11520 h. amortisedCapex
        //   18000.00: used 18000 * 7800/11520 = 12187.50, PeoriaData 12187.50 * 5200/7800 = 8125.00.
        assertThat(r.owners()).noneMatch(o -> o.owner().equals("ViennaAI"));
        assertThat(line(r, "PeoriaData", "ams-1/h100", "amortisedCapex", "direct")).isEqualTo(usd("8125.00"));
        assertThat(r.utilisation()).filteredOn(p -> p.pool().equals("ams-1/h100")).singleElement()
                .satisfies(p -> assertThat(p.acceleratorHoursUsed()).isEqualTo(7800.0));
        assertThat(r.balanced()).isTrue();
        assertThat(r.reconciliation()).allSatisfy(c -> assertThat(c.allocated()).isEqualTo(c.input()));
    }

    @Test
    void aMonthWithoutAPoolIsACountedRejection(@TempDir Path dir) throws IOException {
        // Line 3: TempeAI on ams-1/h100 in 2024-10; the pools file has ams-1/h100 for 2024-09 only.
        ChargebackReport r = runWithUsage(dir, "TempeAI,,ams-1/h100,2024-09", "TempeAI,,ams-1/h100,2024-10");
        InputFile u = usageInput(r);
        assertThat(u.rowsRead()).isEqualTo(u.rowsUsed() + u.rowsRejected());
        assertThat(u.rowsUsed()).isEqualTo(6);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo("period");
            assertThat(x.value()).isEqualTo("2024-10");
            assertThat(x.reason()).contains("ams-1/h100", "2024-09");
        });
        // TempeAI's 2600 h and 2.1e9 tokens are neither allocated nor counted as its tokens.
        assertThat(r.owners()).noneMatch(o -> o.owner().equals("TempeAI"));
        assertThat(r.utilisation()).filteredOn(p -> p.pool().equals("ams-1/h100")).singleElement()
                .satisfies(p -> assertThat(p.acceleratorHoursUsed()).isEqualTo(5200.0 + 1000.0));
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void aCloudPlatformRowNeedsBillRowsOfThatPlatformInItsMonth(@TempDir Path dir) throws IOException {
        // Line 8: PeoriaData's tokens on aws:g5.4xlarge; the FOCUS sample bills g5.4xlarge in 2024-09 only.
        ChargebackReport r = runWithUsage(dir, "aws:g5.4xlarge,2024-09", "aws:g5.4xlarge,2024-08");
        assertThat(usageInput(r).rowsRejected()).isEqualTo(1);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(8);
            assertThat(x.column()).isEqualTo("period");
            assertThat(x.reason()).contains("aws:g5.4xlarge", "2024-09");
        });
        // PeoriaData keeps the 5200000000 tokens of ams-1/h100 only (the 2500000 of the cloud row are rejected).
        assertThat(r.owners()).filteredOn(o -> o.owner().equals("PeoriaData")).singleElement()
                .satisfies(o -> assertThat(o.tokens()).isEqualTo(5_200_000_000L));
    }

    @Test
    void platformNamesMatchIgnoringCase(@TempDir Path dir) throws IOException {
        ChargebackReport exact = Chargeback.run(ChargebackTest.example().config(EX.resolve("config.json")).build());
        String original = Files.readString(EX.resolve("usage.csv"));
        Path usage = dir.resolve("usage.csv");
        Files.writeString(usage, original.replace("ViennaAI,,ams-1/h100", "ViennaAI,,AMS-1/H100")
                .replace("LipaData,,ams-1/l40s", "LipaData,, Ams-1/L40S ").replace("aws:g5.4xlarge", "AWS:G5.4xlarge"));
        ChargebackReport r = Chargeback.run(ChargebackTest.example().usage(usage).config(EX.resolve("config.json"))
                .build());
        assertThat(r.rejections()).isEmpty();
        assertThat(usageInput(r).rowsUsed()).isEqualTo(7);
        // Same allocation as with the names as the pools file writes them (the l40s basis "tokens" still applies).
        assertThat(r.lines()).isEqualTo(exact.lines());
        assertThat(r.owners()).isEqualTo(exact.owners());
    }

    @Test
    void poolNamesDifferingOnlyInCaseAreAnError(@TempDir Path dir) throws IOException {
        Path pools = dir.resolve("pools.json");
        Files.writeString(pools, Files.readString(EX.resolve("onprem-pools.json"))
                .replace("\"name\": \"ams-1/l40s\"", "\"name\": \"AMS-1/H100\""));
        assertThatThrownBy(() -> Chargeback.run(ChargebackRequest.builder().onPremPools(pools).build()))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("pools.json: pools[1].name (AMS-1/H100) appears twice for period 2024-09");
    }
}
