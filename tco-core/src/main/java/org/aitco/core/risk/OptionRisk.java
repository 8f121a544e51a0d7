package org.aitco.core.risk;

import java.util.Objects;

/**
 * The risk of one option over the draws: its NPV distribution, how often it is the cheapest, and its regret,
 * how much more it costs than the cheapest option of the same draw.
 *
 * @param option              the option's name
 * @param family              its family ({@link Evaluation#family})
 * @param baseNpv             its NPV in the scenario as given
 * @param availableShare      share of the draws in which it could serve the load; the figures below are over those
 * @param npv                 the NPV over the draws
 * @param probabilityCheapest share of all draws in which it is the cheapest (ties go to the option listed first)
 * @param meanRegret          mean of NPV minus the cheapest NPV of the same draw
 * @param p95Regret           95 % quantile of that regret
 * @param histogram           the NPVs, on bins shared by every option of the report
 */
public record OptionRisk(String option, String family, double baseNpv, double availableShare, Summary npv,
                         double probabilityCheapest, double meanRegret, double p95Regret, Histogram histogram) {

    public OptionRisk {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(npv, "npv");
        Objects.requireNonNull(histogram, "histogram");
        if (!(probabilityCheapest >= 0 && probabilityCheapest <= 1 && availableShare > 0 && availableShare <= 1)) {
            throw new IllegalArgumentException("probabilityCheapest (%s) and availableShare (%s) must be shares in [0, 1], availableShare > 0"
                    .formatted(probabilityCheapest, availableShare));
        }
    }
}
