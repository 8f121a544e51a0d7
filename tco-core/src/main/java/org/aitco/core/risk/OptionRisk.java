package org.aitco.core.risk;

import java.util.List;
import java.util.Objects;

/**
 * The risk of one option over the draws: its NPV distribution, how often it is the cheapest, and its regret,
 * how much more it costs than the cheapest option of the same draw.
 *
 * @param option              the option's name; for options merged because they cost the same, their names joined
 *                            by {@code " = "}
 * @param family              its family ({@link Evaluation#family}); for merged options, their families joined
 *                            by {@code " = "} where they differ
 * @param baseNpv             its NPV in the scenario as given
 * @param availableShare      share of the draws in which it could serve the load; the figures below are over those
 * @param npv                 the NPV over the draws
 * @param probabilityCheapest share of all draws in which it is the cheapest (ties go to the option listed first)
 * @param meanRegret          mean of NPV minus the cheapest NPV of the same draw
 * @param p95Regret           95 % quantile of that regret
 * @param histogram           the NPVs, on bins shared by every option of the report
 * @param members             the names of the options this row stands for: {@code option} alone, or the options
 *                            merged into it (same cash flows in the scenario as given, same NPV in every draw)
 */
public record OptionRisk(String option, String family, double baseNpv, double availableShare, Summary npv,
                         double probabilityCheapest, double meanRegret, double p95Regret, Histogram histogram,
                         List<String> members) {

    /** The risk of one option that stands for itself alone. */
    public OptionRisk(String option, String family, double baseNpv, double availableShare, Summary npv,
                      double probabilityCheapest, double meanRegret, double p95Regret, Histogram histogram) {
        this(option, family, baseNpv, availableShare, npv, probabilityCheapest, meanRegret, p95Regret, histogram,
                List.of(Objects.requireNonNull(option, "option")));
    }

    public OptionRisk {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members of option (%s) must not be empty".formatted(option));
        }
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
