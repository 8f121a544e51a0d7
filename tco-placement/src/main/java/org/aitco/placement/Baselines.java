package org.aitco.placement;

import org.aitco.core.model.Site;

/**
 * Simple placements to start from: all on-prem (peak demand on the cheapest owned server per unit), parts of
 * workloads that may not be split on one platform, and the check that server counts fit the sites and budget.
 */
final class Baselines {
    private Baselines() {
    }

    /** Whether server counts fit every site's power and racks, and the capex budget. */
    static boolean withinSites(Problem pb, int[] servers) {
        int sites = pb.scenario.sites().size();
        double[] kw = new double[sites];
        long[] ru = new long[sites];
        double capex = 0;
        for (int p = 0; p < servers.length; p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (servers[p] < 0) {
                return false;
            }
            if (pl.owned()) {
                kw[pl.siteIndex()] += servers[p] * pl.facilityKw();
                ru[pl.siteIndex()] += (long) servers[p] * pl.rackUnits();
                capex += servers[p] * pl.purchasePrice();
            }
        }
        for (int k = 0; k < sites; k++) {
            Site site = pb.scenario.sites().get(k);
            if (kw[k] > site.powerCapacityKw() * (1 + 1e-9) || ru[k] > site.rackUnitsCapacity()) {
                return false;
            }
        }
        return pb.capexBudget.isEmpty() || capex <= pb.capexBudget.getAsDouble() * (1 + 1e-9);
    }

    /**
     * Every workload that may not be split freely, all its parts on one platform that serves its whole mix: the
     * first cloud platform that does (always has room), else the first owned one; a start when the first stage
     * found nothing.
     */
    static int[][] partsOnOnePlatform(Problem pb) {
        int[][] parts = new int[pb.splits.size()][pb.platforms.size()];
        for (int s = 0; s < parts.length; s++) {
            int best = -1;
            for (int p = 0; p < pb.platforms.size(); p++) {
                if (pb.servesWholeSplit(s, p) && (best < 0 || (pb.platforms.get(best).owned()
                        && !pb.platforms.get(p).owned()))) {
                    best = p;
                }
            }
            if (best >= 0) {
                parts[s][best] = pb.splits.get(s).parts();
            }
        }
        return parts;
    }

    /** Owned servers for every group's peak on its cheapest owned platform, trimmed to fit the sites. */
    static int[] allOnPremServers(Problem pb) {
        return owned(pb, true);
    }

    /**
     * Owned servers for every group's peak ({@code peak}) or mean demand on its cheapest owned platform, trimmed
     * to fit the sites.
     */
    static int[] owned(Problem pb, boolean peak) {
        int np = pb.platforms.size();
        double[][] load = new double[np][pb.slices.count];
        for (int g = 0; g < pb.groups.size(); g++) {
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            for (int p = 0; p < np; p++) {
                Problem.Platform pl = pb.platforms.get(p);
                if (pl.owned() && pl.throughput()[g] > 0 && pl.fixedTotal() / pl.throughput()[g] < bestCost) {
                    bestCost = pl.fixedTotal() / pl.throughput()[g];
                    best = p;
                }
            }
            if (best >= 0) {
                for (int t = 0; t < pb.slices.count; t++) {
                    load[best][t] += pb.groups.get(g).demand()[t] / pb.platforms.get(best).throughput()[g];
                }
            }
        }
        int[] n = new int[np];
        for (int p = 0; p < np; p++) {
            double need = 0;
            double hours = 0;
            for (int t = 0; t < pb.slices.count; t++) {
                need = peak ? Math.max(need, load[p][t]) : need + load[p][t] * pb.slices.hours[t];
                hours += pb.slices.hours[t];
            }
            n[p] = (int) Math.ceil((peak ? need : need / hours) - 1e-9);
        }
        for (int p = np - 1; p >= 0; p--) {
            while (n[p] > 0 && !withinSites(pb, n)) {
                n[p]--;
            }
        }
        return n;
    }

    /**
     * Part counts from fractional ones ({@code z[s][p]}): largest remainders, so that each split's parts add up to
     * its k, on platforms that serve its whole mix; a split with no fractional guidance goes to
     * {@link #partsOnOnePlatform}'s choice.
     */
    static int[][] roundParts(Problem pb, double[][] z) {
        int np = pb.platforms.size();
        int[][] out = new int[pb.splits.size()][np];
        int[][] fallback = partsOnOnePlatform(pb);
        for (int s = 0; s < out.length; s++) {
            int k = pb.splits.get(s).parts();
            double sum = 0;
            for (int p = 0; p < np; p++) {
                sum += pb.servesWholeSplit(s, p) ? Math.max(0, z[s][p]) : 0;
            }
            if (!(sum > 1e-9)) {
                out[s] = fallback[s];
                continue;
            }
            int given = 0;
            double[] rest = new double[np];
            for (int p = 0; p < np; p++) {
                if (pb.servesWholeSplit(s, p)) {
                    double v = Math.max(0, z[s][p]) * k / sum;
                    out[s][p] = (int) Math.floor(v + 1e-9);
                    rest[p] = v - out[s][p];
                    given += out[s][p];
                }
            }
            while (given < k) {
                int best = -1;
                for (int p = 0; p < np; p++) {
                    if (pb.servesWholeSplit(s, p) && (best < 0 || rest[p] > rest[best])) {
                        best = p;
                    }
                }
                out[s][best]++;
                rest[best] = -1;
                given++;
            }
        }
        return out;
    }
}
