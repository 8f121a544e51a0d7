package org.aitco.core.tco;

/**
 * A line of the cost breakdown of an option, with when in its month the line's cash flows fall.
 *
 * <p>Timing is used both for the NPV and for break-even: {@link Timing#MONTH_START} flows are paid at the first
 * instant of their month (purchases and commitments, paid in advance), {@link Timing#SPREAD_OVER_MONTH} flows
 * accrue evenly over the month's hours and are discounted as paid at its end (running costs, billed in
 * arrears), {@link Timing#MONTH_END} flows fall at the last instant of their month (sales of servers).
 */
public enum CostCategory {
    /** Purchase of servers, at the start and at each refresh. */
    CAPEX("capex", Timing.MONTH_START),
    /** Sale of servers at end of life, and book value of those still in service at the horizon end (negative). */
    RESIDUAL_VALUE("residual", Timing.MONTH_END),
    /** Support and spares, a yearly fraction of the purchase price. */
    MAINTENANCE("maintenance", Timing.SPREAD_OVER_MONTH),
    /** Energy of the servers themselves (IT power), escalated yearly. */
    IT_ENERGY("IT energy", Timing.SPREAD_OVER_MONTH),
    /** Cooling and facility overhead: IT energy times (PUE - 1). */
    COOLING_FACILITY("cooling", Timing.SPREAD_OVER_MONTH),
    /** Space or colocation. */
    SPACE("space", Timing.SPREAD_OVER_MONTH),
    /** Operations staff. */
    STAFF("staff", Timing.SPREAD_OVER_MONTH),
    /**
     * A running cost per server and hour owned, as vendor TCO papers state one (power, cooling and maintenance in
     * one figure): every hour of the horizon, busy or not, not escalated.
     */
    RUNNING("running", Timing.SPREAD_OVER_MONTH),
    /** Cloud instance-hours at the on-demand price. */
    CLOUD_ON_DEMAND("on-demand", Timing.SPREAD_OVER_MONTH),
    /**
     * Committed cloud capacity paid in advance, whether used or not: the upfront share at the term's start, and the
     * rest at the start of each month when the commitment is billed at month start.
     */
    COMMITMENTS("commitments", Timing.MONTH_START),
    /** The recurring part of commitments billed hourly in arrears (no-upfront reservations), paid whether used or not. */
    COMMITMENTS_IN_ARREARS("commit hourly", Timing.SPREAD_OVER_MONTH),
    /** Spot instance-hours, interruption overhead included. */
    SPOT("spot", Timing.SPREAD_OVER_MONTH),
    /** Data leaving the cloud. */
    EGRESS("egress", Timing.SPREAD_OVER_MONTH);

    /** When in its month a cash flow of a category falls. */
    public enum Timing {
        /** At the first instant of the month. */
        MONTH_START,
        /** Evenly over the month's hours; discounted as paid at the month's end. */
        SPREAD_OVER_MONTH,
        /** At the last instant of the month. */
        MONTH_END
    }

    private final String label;
    private final Timing timing;

    CostCategory(String label, Timing timing) {
        this.label = label;
        this.timing = timing;
    }

    /** A short column label, for example {@code "IT energy"}. */
    public String label() {
        return label;
    }

    public Timing timing() {
        return timing;
    }
}
