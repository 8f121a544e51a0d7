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

    /** Starts a builder: {@code Accelerator.named("H100").memoryGb(80).boardWatts(700).build()}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this accelerator's values, for a changed copy. */
    public Builder toBuilder() {
        return named(name).memoryGb(memoryGb).boardWatts(boardWatts);
    }

    /** Named steps for an {@link Accelerator}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private double memoryGb = Double.NaN;
        private double boardWatts = Double.NaN;

        private Builder(String name) {
            this.name = name;
        }

        public Builder memoryGb(double gb) {
            this.memoryGb = gb;
            return this;
        }

        public Builder boardWatts(double watts) {
            this.boardWatts = watts;
            return this;
        }

        public Accelerator build() {
            return new Accelerator(name, memoryGb, boardWatts);
        }
    }
}
