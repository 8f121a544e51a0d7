package org.aitco.placement;

/** Simple placements the optimiser must never lose to: all in the cloud, and a greedy one. */
final class SimplePlacements {
    private SimplePlacements() {
    }

    /** No servers: everything in the cloud. */
    static int[] allCloudServers(Problem pb) {
        return new int[pb.platforms.size()];
    }

    /** Owned servers for every group's mean demand on its cheapest owned platform, the rest in the cloud. */
    static int[] greedyServers(Problem pb) {
        return Baselines.owned(pb, false);
    }
}
