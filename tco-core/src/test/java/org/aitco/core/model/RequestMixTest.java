package org.aitco.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitco.core.money.Price;
import org.junit.jupiter.api.Test;

/** Request mixes and split parts of a workload: their checks and the throughput of a mixed workload. */
class RequestMixTest {
    private static final DemandProfile DEMAND = DemandProfile.constant(DemandUnit.TOKENS_PER_SECOND, 1_000, 0);

    private static Workload mixed(List<RequestClass> mix, int parts) {
        return new Workload("chat", "cx", Map.of(), "llama", DEMAND, SloClass.LATENCY_CRITICAL, Set.of(), 0, 0,
                false, mix, parts);
    }

    private static Scenario.Builder cloud(String... platforms) {
        Scenario.Builder b = Scenario.builder("mix", "EUR").accelerator(new Accelerator("gpu", 80, 700));
        for (String p : platforms) {
            b.cloudOffering(new CloudOffering(p, "AWS", "r", "EU", "i", "gpu", 8, Price.of(10, "EUR"), List.of(),
                    Optional.empty(), 0, Price.of(0, "EUR"), 3600));
        }
        return b;
    }

    @Test
    void sharesMustSumToOneAndTheSumIsNamed() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> mixed(List.of(
                new RequestClass("short", 0.7, "llama/short"), new RequestClass("long", 0.2, "llama/long")), 1));

        // 0.7 + 0.2 = 0.8999999999999999 in doubles
        assertThat(e.violations()).containsExactly(new Violation("requestMix",
                "2 classes with shares summing to 0.8999999999999999",
                "must have shares summing to 1 (within 1.0E-9): they are fractions of the workload's demand"));
    }

    @Test
    void aClassNeedsAShareInZeroToOneAndNamesUniqueInTheMix() {
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> new RequestClass(" ", 70, "m"));
        assertThat(bad.violations()).extracting(Violation::toString).containsExactly(
                "name (\" \") must not be blank",
                "share (70.0) must be a fraction in (0, 1]: the part of the workload's demand in this class. "
                        + "Maybe a percentage was given: write 0.7 for 70%");

        ValidationException twice = catchThrowableOfType(ValidationException.class, () -> mixed(List.of(
                new RequestClass("a", 0.5, "m1"), new RequestClass("a", 0.5, "m2")), 1));
        assertThat(twice.violations()).extracting(Violation::toString)
                .containsExactly("requestMix[1].name (\"a\") must be unique within the request mix; it is used before");
    }

    @Test
    void splitPartsIsAWholeNumberFromOneToAHundred() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> mixed(List.of(), 0));
        assertThat(e.violations()).extracting(Violation::toString)
                .containsExactly("splitParts (0) must be a whole number between 1 and 100 (1 = not split)");
        assertThat(mixed(List.of(), 100).splitParts()).isEqualTo(100);
    }

    @Test
    void withoutAMixAWorkloadIsOneClassOfItsModel() {
        Workload w = Workload.named("chat").model("llama").tokensPerSecond(1_000).build();
        assertThat(w.requestMix()).isEmpty();
        assertThat(w.splitParts()).isEqualTo(1);
        assertThat(w.classes()).containsExactly(new RequestClass("all", 1, "llama"));
    }

    @Test
    void aMixedWorkloadRunsAtTheShareWeightedHarmonicMeanOfItsClasses() {
        Scenario s = cloud("vm")
                .workload(Workload.named("chat").model("llama").tokensPerSecond(1_000)
                        .requestClass("short", 0.7, "llama/short").requestClass("long", 0.3, "llama/long"))
                .throughput("llama/short", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 3_000)
                .throughput("llama/long", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 1_000)
                .build();

        // One instance spends 0.7 / 3,000 + 0.3 / 1,000 = 0.000233 + 0.0003 = 0.000533 s per token: 1,875 tokens/s.
        assertThat(s.throughput(s.workloads().get(0), "vm").getAsDouble()).isCloseTo(1_875, within(1e-9));
    }

    @Test
    void aMixedWorkloadCannotRunWhereOneOfItsClassesCannot() {
        Scenario s = cloud("small", "big")
                .workload(Workload.named("chat").model("llama").tokensPerSecond(1_000)
                        .requestClass("short", 0.5, "llama/short").requestClass("long", 0.5, "llama/long"))
                .throughput("llama/short", "small", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 2_500)
                .throughput("llama/short", "big", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 5_000)
                .throughput("llama/long", "big", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, 5_000)
                .build();

        assertThat(s.throughput(s.workloads().get(0), "small")).isEmpty();
        assertThat(s.throughput(s.workloads().get(0), "big").getAsDouble()).isCloseTo(5_000, within(1e-9));
    }

    @Test
    void everyClassNeedsAThroughputEntryInTheWorkloadsUnit() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> cloud("vm")
                .workload(Workload.named("chat").model("llama").tokensPerSecond(1_000)
                        .requestClass("short", 0.5, "llama/short").requestClass("long", 0.5, "llama/long"))
                .throughput("llama/short", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.REQUESTS_PER_SECOND, 30)
                .build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "throughput[0].unit (REQUESTS_PER_SECOND) must be TOKENS_PER_SECOND like the demand of workload chat",
                "workloads[0].requestMix[1].model (llama/long) has no throughput entry at SLO LATENCY_CRITICAL: add"
                        + " one to throughput, or the request class cannot run anywhere");
    }
}
