package org.aitco.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.aitco.core.model.Violation;
import org.junit.jupiter.api.Test;

/** Mélange configurations: the public example read as written, and every kind of mistake named with its path. */
class MelangeFilesTest {
    private static final String EXAMPLE = """
            {
                "gpu_info": {
                    "A10G": {"cost": 1.01, "tputs": [[2, 1], [5, 2]]},
                    "A100-80GB": {"cost": 3.67, "tputs": [[20, 20], [40, 20]]}
                },
                "workload_distribution": [[0.2, 0.1], [0.5, 0.2]],
                "total_request_rate": 30,
                "slice_factor": 1
            }
            """;

    @Test
    void theBundledExampleIsReadAsWritten() {
        MelangeConfig c = MelangeFiles.read(Path.of("..", "examples", "melange", "example.json"));
        assertThat(c).isEqualTo(MelangeFiles.fromJson(EXAMPLE, "inline"));
        assertThat(c.gpuInfo().keySet()).containsExactly("A10G", "A100-80GB");
        assertThat(c.gpuInfo().get("A100-80GB")).isEqualTo(new MelangeConfig.Gpu(3.67,
                List.of(List.of(20.0, 20.0), List.of(40.0, 20.0))));
        assertThat(c.workloadDistribution()).isEqualTo(List.of(List.of(0.2, 0.1), List.of(0.5, 0.2)));
        assertThat(c.totalRequestRate()).isEqualTo(30);
        assertThat(c.sliceFactor()).isEqualTo(1);
        assertThat(c.withTotalRequestRate(64).withSliceFactor(8))
                .isEqualTo(new MelangeConfig(c.gpuInfo(), c.workloadDistribution(), 64, 8));
    }

    @Test
    void everyProblemIsNamedWithItsPathAndValue() {
        String bad = """
                {
                    "gpu_info": {
                        "A10G": {"cost": -1.01, "tputs": [[2, 1], [5, "fast"]]},
                        "A100-80GB": {"cost": 3.67, "tputs": [[20, 20], [40, -20]], "memory": 80}
                    },
                    "workload_distribution": [[0.2, 0.1], [0.5, 0.2]],
                    "total_request_rate": 0,
                    "slice_factr": 2
                }
                """;
        assertThatThrownBy(() -> MelangeFiles.fromJson(bad, "bad.json"))
                .isInstanceOf(MelangeFileException.class)
                .satisfies(e -> assertThat(((MelangeFileException) e).violations()).extracting(Violation::toString)
                        .containsExactlyInAnyOrder(
                                "gpu_info.A10G.tputs[1][1] (\"fast\") must be a number, not a string",
                                "gpu_info[\"A100-80GB\"].memory (80) is not a known field here; allowed fields are "
                                        + "cost, tputs",
                                "slice_factr (2) is not a known field here; allowed fields are gpu_info, "
                                        + "workload_distribution, total_request_rate, slice_factor. Maybe you meant "
                                        + "slice_factor",
                                "slice_factor (missing) is required: a whole number"))
                .hasMessageStartingWith("bad.json: ");
    }

    @Test
    void rangesAndShapesAreCheckedOnceTheTypesAreRight() {
        String bad = """
                {
                    "gpu_info": {
                        "A10G": {"cost": -1.01, "tputs": [[2, 1], [5, 2]]},
                        "A100-80GB": {"cost": 3.67, "tputs": [[20, 20], [40, -20]]},
                        "H100": {"cost": 6.98, "tputs": [[20, 20, 1], [40, 20]]}
                    },
                    "workload_distribution": [[0.2, 0.1], [0.5, 0.2]],
                    "total_request_rate": 0,
                    "slice_factor": 1.5
                }
                """;
        // The model's own checks still run beside the field that could not be read, so every problem is listed.
        assertThatThrownBy(() -> MelangeFiles.fromJson(bad, "bad.json"))
                .satisfies(e -> assertThat(((MelangeFileException) e).violations()).extracting(Violation::toString)
                        .containsExactlyInAnyOrder(
                                "slice_factor (1.5) must be a whole number, written without a decimal point",
                                "gpu_info.A10G.cost (-1.01) must be a positive number: the hourly cost of one GPU",
                                "gpu_info[\"A100-80GB\"].tputs[1][1] (-20) must be a finite number >= 0: requests per "
                                        + "second of one GPU (0: cannot serve)",
                                "gpu_info.H100.tputs[0] ([20.0, 20.0, 1.0]) must have 2 entries, like "
                                        + "workload_distribution (one per output-size bucket)",
                                "total_request_rate (0) must be a positive number of requests per second"));
        assertThatThrownBy(() -> MelangeFiles.fromJson(EXAMPLE.replace("\"slice_factor\": 1", "\"slice_factor\": 0"),
                "zero.json"))
                .hasMessage("zero.json: slice_factor (0) must be a whole number from 1 to 1024: equal slices per bucket");
    }

    @Test
    void sharesMustAddUpToOneAndEveryBucketWithRequestsNeedsAGpu() {
        String sum = EXAMPLE.replace("[[0.2, 0.1], [0.5, 0.2]]", "[[0.2, 0.1], [0.5, 0.3]]");
        assertThatThrownBy(() -> MelangeFiles.fromJson(sum, "sum.json"))
                .hasMessage("sum.json: workload_distribution (1.1 in total) must add up to 1 (the share of requests "
                        + "in each bucket)");
        String unserved = EXAMPLE.replace("[[2, 1], [5, 2]]", "[[2, 0], [5, 2]]")
                .replace("[[20, 20], [40, 20]]", "[[20, 0], [40, 20]]");
        assertThatThrownBy(() -> MelangeFiles.fromJson(unserved, "unserved.json"))
                .hasMessage("unserved.json: workload_distribution[0][1] (0.1) is a bucket with requests that no GPU "
                        + "type serves: every tputs[0][1] is 0");
    }

    @Test
    void notJsonOrDuplicatedKeysAreRejected() {
        assertThatThrownBy(() -> MelangeFiles.fromJson(EXAMPLE.replace("\"slice_factor\": 1",
                "\"slice_factor\": 1, \"slice_factor\": 2"), "dup.json"))
                .hasMessageContaining("dup.json: slice_factor").hasMessageContaining("given twice");
        assertThatThrownBy(() -> MelangeFiles.fromJson("{\"gpu_info\": ", "cut.json"))
                .hasMessageStartingWith("cut.json: ").hasMessageContaining("line 1");
        assertThatThrownBy(() -> MelangeFiles.read(Path.of("no-such-file.json")))
                .hasMessageContaining("no-such-file.json");
    }
}
