package org.aitco.core.model;

import java.math.BigDecimal;

/**
 * Plausibility ranges: the largest values of physical and money quantities that a scenario may hold, far above
 * any real installation but small enough that sums over 30 years of hours stay exact in {@code double} and far
 * from overflow. A value beyond is an input mistake (a unit slip, an exponent typed wrongly), reported with its
 * field rather than computed into a silently wrong answer. The table is in docs/scenario-format.md.
 *
 * <p>Money limits are in the price's own currency and generous enough for currencies with small units
 * (1 USD is about 25,000 VND).
 */
final class Plausible {
    /** Demand, tokens or requests per second in one hour: 1e9 (all public LLM traffic is below 1e9 tokens/s). */
    static final double DEMAND_PER_SECOND = 1e9;
    /** Throughput of one server or instance, per second: 1e-6 .. 1e8. */
    static final double THROUGHPUT_MIN_PER_SECOND = 1e-6;
    static final double THROUGHPUT_MAX_PER_SECOND = 1e8;
    /** Accelerators in one server or instance. */
    static final int ACCELERATORS_PER_BOX = 1024;
    /** Accelerator memory, GB. */
    static final double MEMORY_GB = 1e5;
    /** Board power of one accelerator, W. */
    static final double BOARD_WATTS = 1e5;
    /** IT power of one server, W (a 72-GPU rack draws about 1.2e5). */
    static final double SERVER_WATTS = 1e6;
    /** Height of one server, rack units. */
    static final int SERVER_RACK_UNITS = 1000;
    /** Facility power of a site, kW (10 GW). */
    static final double SITE_KW = 1e7;
    /** Rack units of a site. */
    static final int SITE_RACK_UNITS = 100_000_000;
    /** Egress per million demand units, GB. */
    static final double EGRESS_GB_PER_MILLION_UNITS = 1e6;
    /** Fixed egress per month, GB (10 EB). */
    static final double EGRESS_GB_PER_MONTH = 1e10;

    /** Price of one server, in its currency. */
    static final BigDecimal PURCHASE_PRICE = new BigDecimal("1e12");
    /** Price of one instance-hour (on demand, spot, commitment), in its currency. */
    static final BigDecimal PER_HOUR = new BigDecimal("1e9");
    /** Running cost of one server per hour owned (power, cooling, maintenance as one figure), in its currency. */
    static final BigDecimal RUNNING_PER_SERVER_HOUR = new BigDecimal("1e9");
    /** Energy per kWh and egress per GB, in their currency. */
    static final BigDecimal PER_UNIT = new BigDecimal("1e6");
    /** Staff per server and year, in its currency. */
    static final BigDecimal PER_SERVER_YEAR = new BigDecimal("1e11");
    /** Space per kW-month or per rack-unit-month, in its currency. */
    static final BigDecimal SPACE_PER_MONTH = new BigDecimal("1e9");

    /** The hint that ends every plausibility message. */
    static final String HINT = "a plausibility limit (docs/scenario-format.md, Plausibility ranges); check the unit and the exponent";

    private Plausible() {
    }
}
