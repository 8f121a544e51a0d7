package org.aitco.core.tco;

/**
 * One point of a hybrid cost curve: the total cost of serving a workload with {@code ownServers} own servers and
 * the rest in the cloud, in the reporting currency (calculated values, not rounded, for plotting).
 *
 * @param ownServers servers owned, from 0 (all cloud) up
 * @param nominal    total cost over the horizon, undiscounted
 * @param npv        present value of the cost
 */
public record HybridPoint(int ownServers, double nominal, double npv) {
    public HybridPoint {
        if (ownServers < 0) {
            throw new IllegalArgumentException("ownServers (%d) must be >= 0".formatted(ownServers));
        }
    }
}
