package org.aitco.core.tco;

import java.util.List;
import java.util.Objects;
import org.aitco.core.money.Money;

/**
 * Workloads pooled on one shared fleet of a server type at a site, against each on its own fleet there.
 *
 * <p>The pooled fleet is sized on the combined hourly demand in server units, {@code sum_w d_w(h) / t_w}, so
 * peaks that do not coincide need fewer servers together than apart.
 *
 * @param serverType      the shared server type
 * @param site            where it stands
 * @param workloads       the pooled workloads (every workload that may run there)
 * @param servers         the pooled fleet
 * @param serversAlone    the fleets each workload would need alone, summed
 * @param aloneNominal    each workload on its own fleet there, summed, undiscounted
 * @param aloneNpv        the same as NPV
 * @param pooledNominal   the pooled fleet, undiscounted
 * @param pooledNpv       the pooled fleet, NPV
 * @param savingNpv       {@code aloneNpv - pooledNpv}
 * @param utilisation     demand served / capacity of the pooled fleet, in server units
 */
public record Pool(String serverType, String site, List<String> workloads, int servers, int serversAlone,
                   Money aloneNominal, Money aloneNpv, Money pooledNominal, Money pooledNpv, Money savingNpv,
                   double utilisation) {
    public Pool {
        Objects.requireNonNull(serverType, "serverType");
        Objects.requireNonNull(site, "site");
        workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
        Objects.requireNonNull(aloneNominal, "aloneNominal");
        Objects.requireNonNull(aloneNpv, "aloneNpv");
        Objects.requireNonNull(pooledNominal, "pooledNominal");
        Objects.requireNonNull(pooledNpv, "pooledNpv");
        Objects.requireNonNull(savingNpv, "savingNpv");
    }
}
