package org.aitco.core.risk;

/**
 * How a risk analysis runs: how many draws, from which seed, on how many threads. The numbers depend on
 * {@code draws} and {@code seed} only, never on {@code threads}.
 *
 * @param draws   Monte Carlo draws, 1..10,000,000
 * @param seed    any number; the same seed gives the same draws
 * @param threads worker threads, 1..256
 */
public record RiskOptions(int draws, long seed, int threads) {

    /** Draws used by {@link #defaults()}. */
    public static final int DEFAULT_DRAWS = 10_000;

    public RiskOptions {
        if (draws < 1 || draws > 10_000_000) {
            throw new IllegalArgumentException("draws (%d) must be between 1 and 10,000,000".formatted(draws));
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads (%d) must be between 1 and 256".formatted(threads));
        }
    }

    /** 10,000 draws, seed 1, one thread per available processor. */
    public static RiskOptions defaults() {
        return new RiskOptions(DEFAULT_DRAWS, 1, Runtime.getRuntime().availableProcessors());
    }

    public RiskOptions withDraws(int draws) {
        return new RiskOptions(draws, seed, threads);
    }

    public RiskOptions withSeed(long seed) {
        return new RiskOptions(draws, seed, threads);
    }

    public RiskOptions withThreads(int threads) {
        return new RiskOptions(draws, seed, threads);
    }
}
