package org.aitco.core.model;

/**
 * The sustainable throughput of one model on one platform (a server type or a cloud offering) at an SLO:
 * tokens or requests per second that one whole server or instance delivers while holding the SLO.
 *
 * @param model     the model served
 * @param platform  name of a server type or a cloud offering
 * @param slo       the service level the figure holds at
 * @param unit      tokens or requests per second; must match the demand unit of the workloads of the model
 * @param perSecond throughput of one server or instance, in {@code unit}
 */
public record ThroughputEntry(String model, String platform, SloClass slo, DemandUnit unit, double perSecond) {
    public ThroughputEntry {
        Checks checks = new Checks();
        checks.name("model", model);
        checks.name("platform", platform);
        checks.present("slo", slo);
        checks.present("unit", unit);
        checks.positive("perSecond", perSecond);
        checks.atLeast("perSecond", perSecond, Plausible.THROUGHPUT_MIN_PER_SECOND, " per second");
        checks.atMost("perSecond", perSecond, Plausible.THROUGHPUT_MAX_PER_SECOND, " per second");
        checks.throwIfAny();
    }
}
