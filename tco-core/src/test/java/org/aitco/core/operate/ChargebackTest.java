package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.aitco.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chargeback runs on the files of examples/chargeback (the real FOCUS sample and the example pools and usage). */
class ChargebackTest {
    static final Path EX = Path.of("../examples/chargeback");

    static ChargebackRequest.Builder example() {
        return ChargebackRequest.builder().focus(EX.resolve("focus_sample.csv"))
                .onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv"))
                .utilisation(EX.resolve("utilisation.csv"));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Money line(ChargebackReport r, String owner, String pool, String component, String kind) {
        return r.lines().stream().filter(l -> l.owner().equals(owner) && l.pool().equals(pool)
                && l.component().equals(component) && l.kind().equals(kind)).map(ChargebackReport.Line::amount)
                .findFirst().orElse(usd("0"));
    }

    @Test
    void tellsItsProgressListenerHowFarEachFocusFileIsReadToItsLastByte() throws java.io.IOException {
        Path file = EX.resolve("focus_sample.csv");
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Chargeback.builder().focus(file).progress((name, read, size, rows, done) -> seen.add(
                name + " " + read + "/" + size + " " + rows + (done ? " done" : ""))).run();
        long size = java.nio.file.Files.size(file);
        // the sample's 1001 line ends (wc -l), one of them the header's: 1000 rows; every byte read when it is done
        assertThat(seen).isNotEmpty().last().isEqualTo("focus_sample.csv " + size + "/" + size + " 1000 done");
    }

    @Test
    void splitsTheL40sPoolByTokensWithIdleInProportion() {
        ChargebackReport r = Chargeback.run(example().config(EX.resolve("config.json")).build());
        // ams-1/l40s: paid 5760 h, used 1800 + 1300 + 100 = 3200 h, idle 2560 h. amortisedCapex 4200.00:
        //   used 420000 c * 3200/5760 = 233333.33 -> 233333, idle 186666.67 -> 186666; one cent left, larger
        //   remainder .67 is idle's: used 2333.33, idle 1866.67.
        // used 233333 c by tokens 900e6 (LipaData), 700e6 (StockholmAI, from the tags column), 40e6 (no owner):
        //   233333*90/164 = 128048.597, *70/164 = 99593.35, *4/164 = 5691.049 -> floors sum 233332, the cent to
        //   the largest remainder (LipaData .597): 1280.49, 995.93, 56.91.
        assertThat(line(r, "LipaData", "ams-1/l40s", "amortisedCapex", "direct")).isEqualTo(usd("1280.49"));
        assertThat(line(r, "StockholmAI", "ams-1/l40s", "amortisedCapex", "direct")).isEqualTo(usd("995.93"));
        assertThat(line(r, Chargeback.UNALLOCATED, "ams-1/l40s", "amortisedCapex", "direct")).isEqualTo(usd("56.91"));
        // idle 186667 c by the same tokens: *90/164 = 102439.207, *70/164 = 79674.939, *4/164 = 4552.854 -> floors
        //   186665, two cents to the largest remainders .939 (StockholmAI) and .854: 1024.39, 796.75, 45.53.
        assertThat(line(r, "LipaData", "ams-1/l40s", "amortisedCapex", "idle")).isEqualTo(usd("1024.39"));
        assertThat(line(r, "StockholmAI", "ams-1/l40s", "amortisedCapex", "idle")).isEqualTo(usd("796.75"));
        assertThat(line(r, Chargeback.UNALLOCATED, "ams-1/l40s", "amortisedCapex", "idle")).isEqualTo(usd("45.53"));
    }

    @Test
    void splitsTheH100PoolByAcceleratorHours() {
        ChargebackReport r = Chargeback.run(example().build());
        // ams-1/h100: paid 11520 h, used 5200 + 2600 + 1000 = 8800 h. amortisedCapex 18000.00 -> used
        //   18000 * 8800/11520 = 13750.00, idle 4250.00. PeoriaData 13750 * 5200/8800 = 8125.00, idle
        //   4250 * 5200/8800 = 2511.3636 -> 2511.36.
        assertThat(line(r, "PeoriaData", "ams-1/h100", "amortisedCapex", "direct")).isEqualTo(usd("8125.00"));
        assertThat(line(r, "PeoriaData", "ams-1/h100", "amortisedCapex", "idle")).isEqualTo(usd("2511.36"));
        ChargebackReport.PoolUse h100 = r.utilisation().stream().filter(p -> p.pool().equals("ams-1/h100"))
                .findFirst().orElseThrow();
        // 8800 / 11520 = 0.763888...; cost 25700.00 / 11520 h = 2.2309 per paid hour, / 8800 = 2.9205 per used hour.
        assertThat(h100.utilisation()).isCloseTo(0.7638888, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(h100.costPerPaidHour()).isEqualByComparingTo("2.2309");
        assertThat(h100.costPerUsedHour()).isEqualByComparingTo("2.9205");
        assertThat(h100.idleCost().amount()).isPositive();
        assertThat(h100.measuredUtilisation()).isBetween(0.6, 0.85);
    }

    @Test
    void reconcilesToTheCentAndCountsEveryRow() {
        ChargebackReport r = Chargeback.run(example().config(EX.resolve("config.json")).build());
        // Inputs: EffectiveCost of the sample 14.97651418586 -> 14.98; pools 25700.00 + 6630.00; shared 1500.00:
        //   14.98 + 32330.00 + 1500.00 = 33844.98.
        assertThat(r.totalInput()).isEqualTo(usd("33844.98"));
        assertThat(r.totalAllocated()).isEqualTo(r.totalInput());
        assertThat(r.balanced()).isTrue();
        assertThat(r.reconciliation()).singleElement().satisfies(c -> {
            assertThat(c.cloudBilledCost()).isEqualByComparingTo("20.52022672899");
            assertThat(c.cloudEffectiveCost()).isEqualByComparingTo("14.97651418586");
            assertThat(c.allocated()).isEqualTo(c.input());
        });
        assertThat(r.inputs()).extracting(ChargebackReport.InputFile::rowsRead).containsExactly(1000L, 2L, 7L, 1440L);
        assertThat(r.inputs()).allSatisfy(f -> assertThat(f.rowsRead()).isEqualTo(f.rowsUsed() + f.rowsRejected()));
        assertThat(r.toText()).contains("Reconciliation", "33844.98", "rows read", "PeoriaData", "unallocated");
    }

    @Test
    void reconcilesTheInvoiceWithBilledCost(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("billed.json");
        Files.writeString(config, "{\"costColumn\": \"BilledCost\"}");
        ChargebackReport r = Chargeback.run(ChargebackRequest.builder().focus(EX.resolve("focus_sample.csv"))
                .config(config).build());
        // BilledCost of the sample: 20.52022672899 -> 20.52, all of it allocated.
        assertThat(r.totalAllocated()).isEqualTo(usd("20.52"));
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void showsIdleOnItsOwnLineOrChargesANamedOwner(@TempDir Path dir) throws IOException {
        Path separate = dir.resolve("separate.json");
        Files.writeString(separate, "{\"idle\": {\"policy\": \"separate\"}}");
        ChargebackReport s = Chargeback.run(example().config(separate).build());
        // Idle of both pools: h100 4250.00 + 566.67 + 165.28 + 259.72 + 118.06 + 708.33 ... summed by the engine;
        // the independent check: the idle line equals the pools' idle cost in the utilisation table.
        Money idle = s.owners().stream().filter(o -> o.owner().equals(Chargeback.IDLE)).findFirst().orElseThrow().total();
        Money poolsIdle = s.utilisation().stream().map(ChargebackReport.PoolUse::idleCost).reduce(Money::plus).orElseThrow();
        assertThat(idle).isEqualTo(poolsIdle);
        assertThat(s.policies()).anyMatch(p -> p.contains("own line"));

        Path owner = dir.resolve("owner.json");
        Files.writeString(owner, "{\"idle\": {\"policy\": \"owner\", \"owner\": \"platform-team\"}}");
        ChargebackReport o = Chargeback.run(example().config(owner).build());
        assertThat(o.owners().stream().filter(x -> x.owner().equals("platform-team")).findFirst().orElseThrow().idle())
                .isEqualTo(poolsIdle);
        assertThat(o.balanced()).isTrue();
    }

    @Test
    void splitsSharedCostsByFixedCoefficients(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("fixed.json");
        Files.writeString(config, """
                {"shared": {"policy": "fixed", "coefficients": {"PeoriaData": 60, "TempeAI": 40},
                 "costs": [{"name": "licences", "period": "2024-09", "amount": "1000.01", "currency": "USD"}]}}""");
        ChargebackReport r = Chargeback.run(example().config(config).build());
        // 100001 c * 60/100 = 60000.6, * 40/100 = 40000.4 -> floors 100000, the cent to PeoriaData (.6): 600.01, 400.00.
        assertThat(line(r, "PeoriaData", "shared:licences", "licences", "shared")).isEqualTo(usd("600.01"));
        assertThat(line(r, "TempeAI", "shared:licences", "licences", "shared")).isEqualTo(usd("400.00"));

        Files.writeString(config, "{\"shared\": {\"policy\": \"fixed\", \"coefficients\": {\"A\": 60, \"B\": 30}}}");
        assertThatThrownBy(() -> Chargeback.run(example().config(config).build()))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageEndingWith("fixed.json: shared.coefficients ({A=60, B=30}) must sum to 100 (percent), not 90");
    }

    @Test
    void chargesUnusedCommitmentsAsIdle(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"currencyIfAbsent\": \"USD\", \"idle\": {\"policy\": \"separate\"}}");
        ChargebackReport r = Chargeback.run(ChargebackRequest.builder().focus(Path.of(
                "src/test/resources/focus/spec-1.2-examples/commitment_discount_flexibility/"
                        + "zero_percent_utilization_without_commitment_discount_flexibility.csv")).config(config).build());
        // The unused hour of the commitment: EffectiveCost 1.50 with CommitmentDiscountStatus Unused -> idle line.
        assertThat(r.lines()).filteredOn(l -> l.kind().equals("idle")).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(usd("1.50")));
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void mixedCurrenciesNeedARate(@TempDir Path dir) throws IOException {
        Path pools = dir.resolve("pools.json");
        Files.writeString(pools, Files.readString(EX.resolve("onprem-pools.json")).replace("\"USD\"", "\"EUR\""));
        ChargebackRequest.Builder b = ChargebackRequest.builder().focus(EX.resolve("focus_sample.csv")).onPremPools(pools)
                .usage(EX.resolve("usage.csv"));
        assertThatThrownBy(() -> Chargeback.run(b.build()))
                .isInstanceOf(ChargebackInputException.class)
                .hasMessageContaining("the inputs mix currencies [EUR, USD]");
        Path config = dir.resolve("rates.json");
        Files.writeString(config, "{\"reportingCurrency\": \"USD\", \"exchangeRates\": {\"EUR/USD\": 1.1}}");
        ChargebackReport r = Chargeback.run(b.config(config).build());
        // EUR pools 25700.00 + 6630.00 = 32330.00 EUR; each component converted at 1.1 and rounded once:
        // 32330.00 * 1.1 = 35563.00 USD (every component is whole cents after * 1.1), plus 14.98 USD of cloud.
        assertThat(r.totalInput()).isEqualTo(usd("35577.98"));
        assertThat(r.reconciliation()).allSatisfy(c -> assertThat(c.allocated()).isEqualTo(c.input()));
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void writesAsJsonWithJackson() throws IOException {
        ChargebackReport r = Chargeback.run(example().config(EX.resolve("config.json")).build());
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertThat(json.get("totalAllocated").get("amount").decimalValue()).isEqualByComparingTo("33844.98");
        assertThat(json.get("totalAllocated").get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("lines").size()).isEqualTo(r.lines().size());
    }

    @Test
    void recommendsBringingBurstsHomeToTheUnderUsedPool() {
        ChargebackReport r = Chargeback.run(example().config(EX.resolve("config.json")).build());
        // Cloud g5.4xlarge rows of the sample: 8 rows, 6.283056 h, EffectiveCost 11.00 -> 1.7507 per hour; busy
        // 8 of 730 h = 1.1 %, below the break-even 1.1510 / 1.7507 = 65.7 %: no buy-or-commit.
        ChargebackReport.CloudUse g5 = r.cloudAccelerators().get(0);
        assertThat(g5.acceleratorHours()).isCloseTo(6.283056, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g5.cost()).isEqualTo(usd("11.00"));
        assertThat(g5.busyHours()).isEqualTo(8); // 8 hourly rows in 8 different hours
        assertThat(g5.breakEvenUtilisation()).isCloseTo(1.1510 / 1.7507, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(r.recommendations()).noneMatch(x -> x.kind().equals("buy-or-commit"));
        // ams-1/l40s is 55.6 % used (< 60 %): 6.283056 h home save 6.283056 * (11.00 / 6.283056 - 600 / 5760)
        //   = 11.00 - 0.6545 = 10.35.
        assertThat(r.recommendations()).filteredOn(x -> x.kind().equals("bring-bursts-home")).singleElement()
                .satisfies(x -> assertThat(x.monthlySaving()).isEqualTo(usd("10.35")));
        assertThat(r.recommendations()).anyMatch(x -> x.kind().equals("cheaper-platform"));
    }

    @Test
    void namesTheBadFieldOfAPoolFile(@TempDir Path dir) throws IOException {
        Path pools = dir.resolve("pools.json");
        Files.writeString(pools, Files.readString(EX.resolve("onprem-pools.json")).replace("\"energy\": \"600.00\"",
                "\"energy\": \"600.005\""));
        assertThatThrownBy(() -> Chargeback.run(ChargebackRequest.builder().onPremPools(pools).build()))
                .hasMessageEndingWith("pools.json: pools[1].components.energy (600.005) has more decimals than USD allows (2)");
    }
}
