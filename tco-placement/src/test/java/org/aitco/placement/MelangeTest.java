package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aitco.core.json.MelangeConfig;
import org.aitco.core.json.MelangeFiles;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** Mélange's configuration mapped onto the placement model, checked by hand and by the oracle. */
class MelangeTest {
    static final MelangeConfig EXAMPLE = MelangeFiles.read(Path.of("..", "examples", "melange", "example.json"));

    /** The cost per hour of the full model's optimum for a configuration, from the oracle. */
    static Oracle.Result oracle(MelangeConfig c) {
        Scenario s = Melange.scenario(c);
        return Oracle.solve(FullModel.of(new Problem(s, Melange.options(s, PlacementOptions.defaults()))));
    }

    @Test
    void theMappingIsMelangesModel() {
        Scenario s = Melange.scenario(EXAMPLE);
        // One cloud offering per GPU type at its hourly cost; one workload per bucket at share x rate, in k parts.
        assertThat(s.cloudOfferings()).extracting(o -> o.name() + " " + o.onDemandPerHour())
                .containsExactly("A10G 1.01 USD", "A100-80GB 3.67 USD");
        assertThat(s.workloads()).extracting(w -> w.name() + " " + w.demand().mean() + " " + w.splitParts())
                .containsExactly("bucket[0][0] 6.0 1", "bucket[0][1] 3.0 1", "bucket[1][0] 15.0 1",
                        "bucket[1][1] 6.0 1");
        assertThat(s.throughput("bucket[1][0]", "A100-80GB", Generated.SLO)).hasValue(40);
        assertThat(s.financials().horizonHours()).isEqualTo(8_760);
        Problem pb = new Problem(s, Melange.options(s, PlacementOptions.defaults()));
        assertThat(pb.splits).hasSize(4).allMatch(split -> split.parts() == 1);
        assertThat(pb.slices.count).isEqualTo(1);
        // An A10G for the year: 1.01 x 8,760 = 8,847.60.
        FullModel m = FullModel.of(pb);
        assertThat(m.variables().get(m.instances(0, 0)).cost()).isCloseTo(8_847.60, within(1e-6));
    }

    /**
     * Rate 30, k = 1. GPUs needed per bucket: A10G 6/2, 3/1, 15/5, 6/2 = 3 each; A100 6/20, 3/20, 15/40, 6/20 =
     * 0.3, 0.15, 0.375, 0.3 (1.125 together: two A100s, 7.34). One A100 holds at most 1, so at least one bucket goes
     * to A10Gs (3 of them, 3.03): one A100 takes 0.3 + 0.375 + 0.3 = 0.975 and bucket [0][1] three A10Gs:
     * 3.67 + 3.03 = 6.70 per hour. All on A10G: 12 x 1.01 = 12.12.
     * k = 2: half of bucket [0][0] (A100 0.15, more than the 0.125 too much) goes to A10G, 1.5 -> 2 GPUs: 3.67 + 2.02
     * = 5.69; no half slice needs less than 1.5 A10G, so one A10G is never enough.
     */
    @Test
    void theExampleAtRate30ByHand() {
        Oracle.Result k1 = oracle(EXAMPLE);
        assertThat(k1.optimal()).isTrue();
        assertThat(k1.cost() / Melange.HOURS).isCloseTo(6.70, within(1e-9));
        Oracle.Result k2 = oracle(EXAMPLE.withSliceFactor(2));
        assertThat(k2.cost() / Melange.HOURS).isCloseTo(5.69, within(1e-9));
    }

    /**
     * Loads that are whole in exact arithmetic but not in double: shares 0.1, 0.2, 0.6, 0.1 of 7 requests/s on a GPU
     * serving 1 request/s of every bucket need exactly 7 GPUs, but 0.1 x 7 + 0.2 x 7 + 0.6 x 7 + 0.1 x 7 is
     * 7.000000000000001 in double. Neither the optimiser nor the oracle may buy an 8th GPU.
     */
    @Test
    void anExactlyWholeLoadDoesNotBuyAnExtraGpu() {
        double rate = 7;
        assertThat(0.1 * rate + 0.2 * rate + 0.6 * rate + 0.1 * rate).isGreaterThan(7);
        MelangeConfig c = new MelangeConfig(Map.of("G", new MelangeConfig.Gpu(1.0,
                List.of(List.of(1.0, 1.0), List.of(1.0, 1.0)))), List.of(List.of(0.1, 0.2), List.of(0.6, 0.1)),
                rate, 1);
        assertThat(oracle(c).cost() / Melange.HOURS).isCloseTo(7, within(1e-9));
        MelangeAllocation a = Melange.optimise(c);
        assertThat(a.counts()).containsExactly(Map.entry("G", 7));
        assertThat(a.costPerHour()).isCloseTo(7, within(1e-12));
    }

    /**
     * Whatever the optimiser's status, its allocation serves every slice: per GPU type, the load of the slices put
     * there (share x rate / k / tput each) fits in the GPUs bought; and its cost per hour is what the plan costs
     * over the year, to the cent.
     */
    @Test
    void theAllocationServesEverySliceAndCostsWhatThePlanCosts() {
        for (int k : new int[] {1, 2, 4, 8}) {
            MelangeConfig c = EXAMPLE.withSliceFactor(k);
            MelangeAllocation a = Melange.optimise(c);
            assertThat(a.plan().isFeasible()).isTrue();
            Map<String, Integer> counts = a.counts();
            for (String gpu : c.gpuInfo().keySet()) {
                double load = 0;
                for (MelangeAllocation.Bucket b : a.buckets()) {
                    int slices = b.slices().getOrDefault(gpu, 0);
                    load += slices * b.requestsPerSecond() / k
                            / c.gpuInfo().get(gpu).tputs().get(b.inputBucket()).get(b.outputBucket());
                }
                assertThat(load).as("load on %s at k = %d", gpu, k).isLessThanOrEqualTo(counts.get(gpu) + 1e-9);
            }
            assertThat(a.buckets()).allSatisfy(b -> assertThat(b.slices().values().stream().mapToInt(i -> i).sum())
                    .isEqualTo(k));
            assertThat(a.costPerHour() * Melange.HOURS).isCloseTo(
                    a.plan().cost().total().amount().doubleValue(), within(0.01));
        }
    }

    @Test
    void theTextNamesTheGpusAndTheirCost() {
        MelangeAllocation a = Melange.optimise(EXAMPLE.withTotalRequestRate(64));
        // 64 requests/s: A100 loads 12.8/20 + 6.4/20 + 32/40 + 12.8/20 = 2.4 -> 3 x 3.67 = 11.01 (the optimum).
        assertThat(a.toText()).contains("Mélange GPU allocation at 64 requests/s, slice factor 1",
                "A100-80GB    3 x     3.67 =     11.01 per hour", "11.01 per hour", "[1][0]  share 0.5");
        assertThat(a.toString()).startsWith("MelangeAllocation[3 x A100-80GB, 11.01 per hour, ");
    }
}
