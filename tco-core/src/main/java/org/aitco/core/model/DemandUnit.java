package org.aitco.core.model;

/** What a demand profile and a throughput entry count: tokens or requests, per second. */
public enum DemandUnit {
    TOKENS_PER_SECOND("tokens", 1_000_000, "million tokens"),
    REQUESTS_PER_SECOND("requests", 1_000, "thousand requests");

    private final String noun;
    private final double reportingBlock;
    private final String reportingBlockName;

    DemandUnit(String noun, double reportingBlock, String reportingBlockName) {
        this.noun = noun;
        this.reportingBlock = reportingBlock;
        this.reportingBlockName = reportingBlockName;
    }

    /** "tokens" or "requests". */
    public String noun() {
        return noun;
    }

    /** How many units unit costs are quoted for: a million tokens or a thousand requests. */
    public double reportingBlock() {
        return reportingBlock;
    }

    /** "million tokens" or "thousand requests". */
    public String reportingBlockName() {
        return reportingBlockName;
    }
}
