package org.aitco.core.tco;

import java.util.List;
import java.util.Objects;

/**
 * Total cost of a hybrid option against the number of own servers, for every number from 0 (all cloud) to the
 * fleet that carries the peak alone (or the most the site holds), computed exactly from the load-duration curve.
 *
 * @param workload       the workload served
 * @param serverType     the own servers
 * @param site           where they stand
 * @param cloudOffering  the cloud offering that serves the rest on demand
 * @param points         cost at every N, {@code points.get(n).ownServers() == n}
 * @param optimalServers the N of least NPV (the fewest servers among equals)
 */
public record HybridCurve(String workload, String serverType, String site, String cloudOffering,
                          List<HybridPoint> points, int optimalServers) {
    public HybridCurve {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(serverType, "serverType");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(cloudOffering, "cloudOffering");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (optimalServers < 0 || optimalServers >= points.size()) {
            throw new IllegalArgumentException("optimalServers (%d) must index points (%d of them)"
                    .formatted(optimalServers, points.size()));
        }
    }

    /** The point of least NPV. */
    public HybridPoint optimum() {
        return points.get(optimalServers);
    }

    /** The largest N on the curve. */
    public int maxServers() {
        return points.size() - 1;
    }

    @Override
    public String toString() {
        return "HybridCurve[%s on %s@%s + %s: N 0..%d, optimum N=%d NPV %.2f]".formatted(workload, serverType, site,
                cloudOffering, maxServers(), optimalServers, optimum().npv());
    }
}
