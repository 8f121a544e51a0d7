package org.aitco.core.model;

/** The service level a workload needs; throughput is measured at it. */
public enum SloClass {
    /** Interactive: a latency target (time to first token, inter-token latency) limits batching. */
    LATENCY_CRITICAL,
    /** Offline or asynchronous: throughput at large batch sizes counts. */
    BATCH
}
