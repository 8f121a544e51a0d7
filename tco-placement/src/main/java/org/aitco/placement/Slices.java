package org.aitco.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Workload;
import org.aitco.core.tco.UnitCosts;

/**
 * The time slices of a placement model: hours of a typical week (one set for the whole horizon when no workload
 * grows, one set per year otherwise), with their hours and discounted, price-trended weights over the horizon,
 * and each workload's demand in each.
 *
 * <p>Weights: an hour of the horizon weighs what the calculator gives an hour of its month
 * ({@link UnitCosts#hourWeights}: end-of-month discount times the cloud or energy price factor of its year); a
 * slice's cloud and energy weights sum those of its hours. A slice's demand is the mean demand of its hours, which is
 * exact for day- and week-long profiles at one slice per hour of the week.
 */
final class Slices {
    final int count;
    /** Year of each slice, or -1 when the slice stands for the same hours of every year. */
    final int[] year;
    /** Hours of the week (0..167) each slice stands for. */
    final int[][] hoursOfWeek;
    /** Hours of the horizon in each slice, undiscounted. */
    final double[] hours;
    final double[] cloudWeight;
    final double[] energyWeight;
    /** demand[w][t]: workload w's mean demand per second in slice t. */
    final double[][] demand;
    final boolean exact;

    private Slices(int[] year, int[][] hoursOfWeek, double[] hours, double[] cloudWeight, double[] energyWeight,
                   double[][] demand, boolean exact) {
        this.count = year.length;
        this.year = year;
        this.hoursOfWeek = hoursOfWeek;
        this.hours = hours;
        this.cloudWeight = cloudWeight;
        this.energyWeight = energyWeight;
        this.demand = demand;
        this.exact = exact;
    }

    static Slices of(Scenario scenario, int slicesPerYear) {
        FinancialAssumptions f = scenario.financials();
        List<Workload> workloads = scenario.workloads();
        boolean grows = workloads.stream().anyMatch(w -> w.demand().growthPerYear() != 0);
        int years = f.horizonYears();
        int blocks = grows ? years : 1;
        int week = PlacementOptions.HOURS_PER_WEEK;
        int t0 = blocks * week;
        int hpm = f.hoursPerMonth();
        int hpy = f.hoursPerYear();
        double[] hours = new double[t0];
        double[] cloud = new double[t0];
        double[] energy = new double[t0];
        double[][] demand = new double[workloads.size()][t0];
        boolean exact = true;
        double[][] weight = UnitCosts.hourWeights(f);
        int horizon = f.horizonHours();
        for (int h = 0; h < horizon; h++) {
            int y = h / hpy;
            int t = (grows ? y * week : 0) + h % week;
            hours[t] += 1;
            cloud[t] += weight[0][h / hpm];
            energy[t] += weight[1][h / hpm];
        }
        for (int w = 0; w < workloads.size(); w++) {
            var profile = workloads.get(w).demand();
            if (profile.cycleHours() > week) {
                exact = false;
            }
            int span = grows ? horizon : hpy;
            double[] counted = new double[t0];
            for (int h = 0; h < span; h++) {
                int t = (grows ? (h / hpy) * week : 0) + h % week;
                demand[w][t] += profile.at(h, hpy);
                counted[t] += 1;
            }
            for (int t = 0; t < t0; t++) {
                demand[w][t] = counted[t] == 0 ? 0 : demand[w][t] / counted[t];
            }
        }
        int[] yearOf = new int[t0];
        int[][] how = new int[t0][];
        for (int t = 0; t < t0; t++) {
            yearOf[t] = grows ? t / week : -1;
            how[t] = new int[] {t % week};
        }
        Slices full = new Slices(yearOf, how, hours, cloud, energy, demand, exact);
        return slicesPerYear >= week ? full : full.grouped(slicesPerYear);
    }

    /**
     * Groups the slices of each year into {@code perYear} slices of neighbouring total demand (a load-duration
     * curve): hours of similar load share a slice, whose demand is the hour-weighted mean of its members.
     */
    Slices grouped(int perYear) {
        int blocks = Arrays.stream(year).max().orElse(-1) + 1;
        blocks = Math.max(blocks, 1);
        int per = count / blocks;
        double[] peak = new double[demand.length];
        for (int w = 0; w < demand.length; w++) {
            peak[w] = Math.max(1e-12, Arrays.stream(demand[w]).max().orElse(0));
        }
        double[] key = new double[count];
        for (int t = 0; t < count; t++) {
            for (int w = 0; w < demand.length; w++) {
                key[t] += demand[w][t] / peak[w];
            }
        }
        int k = Math.min(perYear, per);
        int n = blocks * k;
        int[] yearOf = new int[n];
        int[][] how = new int[n][];
        double[] h = new double[n];
        double[] c = new double[n];
        double[] e = new double[n];
        double[][] d = new double[demand.length][n];
        for (int b = 0; b < blocks; b++) {
            int base = b * per;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < per; i++) {
                order.add(base + i);
            }
            order.sort(Comparator.<Integer>comparingDouble(t -> -key[t]).thenComparingInt(t -> t));
            for (int g = 0; g < k; g++) {
                int from = g * per / k;
                int to = (g + 1) * per / k;
                int s = b * k + g;
                yearOf[s] = year[base];
                how[s] = new int[to - from];
                for (int i = from; i < to; i++) {
                    int t = order.get(i);
                    how[s][i - from] = hoursOfWeek[t][0];
                    h[s] += hours[t];
                    c[s] += cloudWeight[t];
                    e[s] += energyWeight[t];
                    for (int w = 0; w < demand.length; w++) {
                        d[w][s] += demand[w][t] * hours[t];
                    }
                }
                Arrays.sort(how[s]);
                for (int w = 0; w < demand.length; w++) {
                    d[w][s] /= h[s];
                }
            }
        }
        return new Slices(yearOf, how, h, c, e, d, false);
    }
}
