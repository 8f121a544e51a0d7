package org.aitco.core.risk;

/**
 * How a risk analysis runs: how many draws, from which seed, on how many threads. The numbers depend on
 * {@code draws} and {@code seed} only, never on {@code threads}.
 *
 * @param draws   Monte Carlo draws, 1..10,000,000
 * @param seed    any number; the same seed gives the same draws
 * @param threads  worker threads, 1..256
 * @param progress told how far the analysis is, for a progress display ({@link Progress#NONE}: no one)
 */
public record RiskOptions(int draws, long seed, int threads, Progress progress) {

    /**
     * Receives how far a risk analysis is: the stage ("draws", "tornado and flip points") and how many of its steps
     * are done. Called from the worker threads, often (after every draw): it must be thread-safe and return quickly.
     */
    @FunctionalInterface
    public interface Progress {
        /** Nobody listens. */
        Progress NONE = (stage, done, total) -> {
        };

        void update(String stage, long done, long total);
    }

    /** Options without a progress listener. */
    public RiskOptions(int draws, long seed, int threads) {
        this(draws, seed, threads, Progress.NONE);
    }

    /** Draws used by {@link #defaults()}. */
    public static final int DEFAULT_DRAWS = 10_000;

    public RiskOptions {
        if (draws < 1 || draws > 10_000_000) {
            throw new IllegalArgumentException("draws (%d) must be between 1 and 10,000,000".formatted(draws));
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads (%d) must be between 1 and 256".formatted(threads));
        }
        java.util.Objects.requireNonNull(progress, "progress");
    }

    /** 10,000 draws, seed 1, one thread per available processor. */
    public static RiskOptions defaults() {
        return new RiskOptions(DEFAULT_DRAWS, 1, Runtime.getRuntime().availableProcessors());
    }

    public RiskOptions withDraws(int draws) {
        return new RiskOptions(draws, seed, threads, progress);
    }

    public RiskOptions withSeed(long seed) {
        return new RiskOptions(draws, seed, threads, progress);
    }

    public RiskOptions withThreads(int threads) {
        return new RiskOptions(draws, seed, threads, progress);
    }

    /** The same options, telling {@code listener} how far the analysis is. */
    public RiskOptions withProgress(Progress listener) {
        return new RiskOptions(draws, seed, threads, listener);
    }
}
