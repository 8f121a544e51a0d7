package org.aitco.core.model;

/**
 * An accelerator chip (GPU or inference ASIC).
 *
 * @param name       unique within a scenario, for example {@code H100-SXM5-80GB}
 * @param memoryGb   on-board memory in GB
 * @param boardWatts thermal design (board) power in watts
 */
public record Accelerator(String name, double memoryGb, double boardWatts) {
    public Accelerator {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.positive("memoryGb", memoryGb);
        checks.positive("boardWatts", boardWatts);
        checks.atMost("memoryGb", memoryGb, Plausible.MEMORY_GB, " GB");
        checks.atMost("boardWatts", boardWatts, Plausible.BOARD_WATTS, " W");
        checks.throwIfAny();
    }
}
