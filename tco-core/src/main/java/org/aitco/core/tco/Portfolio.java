package org.aitco.core.tco;

import java.util.List;
import java.util.Objects;
import org.aitco.core.money.Money;

/**
 * A scenario's workloads priced together: each alone at its cheapest option, and with the compatible ones pooled
 * on shared servers.
 *
 * <p>The portfolio's best plan is the cheaper of: every workload at its own cheapest option, or one pool (the
 * pool's members on the shared fleet) with every other workload at its own cheapest option.
 *
 * @param workloads         names of the workloads
 * @param cheapestAloneNpv  every workload at its cheapest option, summed (NPV)
 * @param pools             every pool of two or more workloads that fits its site
 * @param bestPool          the pool of the best plan as {@code serverType@site}, or {@code ""} when no pool helps
 * @param bestNpv           NPV of the best plan
 * @param poolingSavingNpv  {@code cheapestAloneNpv - bestNpv}, at least zero
 * @param siteWarnings      sites whose power or rack units the best plan's own servers exceed when added up over
 *                          its workloads (each workload was sized against the site alone); empty when it fits
 */
public record Portfolio(List<String> workloads, Money cheapestAloneNpv, List<Pool> pools, String bestPool,
                        Money bestNpv, Money poolingSavingNpv, List<String> siteWarnings) {
    public Portfolio {
        workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
        Objects.requireNonNull(cheapestAloneNpv, "cheapestAloneNpv");
        pools = List.copyOf(Objects.requireNonNull(pools, "pools"));
        Objects.requireNonNull(bestPool, "bestPool");
        Objects.requireNonNull(bestNpv, "bestNpv");
        Objects.requireNonNull(poolingSavingNpv, "poolingSavingNpv");
        siteWarnings = List.copyOf(Objects.requireNonNull(siteWarnings, "siteWarnings"));
    }

    /** One line: the best plan's NPV, the pool it uses and its saving, and how many site warnings. */
    @Override
    public String toString() {
        return "portfolio: best NPV %s%s%s".formatted(bestNpv, bestPool.isEmpty() ? ", no pool helps"
                        : ", pooling on " + bestPool + " saves " + poolingSavingNpv,
                siteWarnings.isEmpty() ? "" : ", %d site warning%s".formatted(siteWarnings.size(),
                        siteWarnings.size() == 1 ? "" : "s"));
    }
}
