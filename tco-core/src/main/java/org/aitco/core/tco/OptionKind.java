package org.aitco.core.tco;

/** The ways of serving a workload that the calculator prices. */
public enum OptionKind {
    /** All in the cloud at the on-demand price. */
    CLOUD_ON_DEMAND,
    /** All in the cloud: committed instances for the base, on-demand for the rest. */
    CLOUD_COMMITTED,
    /** All in the cloud on spot capacity (interruptible workloads only). */
    CLOUD_SPOT,
    /** All on own servers at one site, sized for the peak. */
    ON_PREM,
    /** Own servers for the base load, on-demand cloud for the rest, hour by hour. */
    HYBRID
}
