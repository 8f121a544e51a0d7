package org.aitco.core.operate;

import java.util.Objects;

/**
 * Showback and chargeback of AI inference costs: cloud bills (FOCUS) and on-prem cost pools allocated to owners
 * exactly, idle capacity and shared costs included, with utilisation and recommendations.
 *
 * <pre>{@code
 * ChargebackReport report = Chargeback.run(ChargebackRequest.builder()
 *         .focus(Path.of("focus.csv")).onPremPools(Path.of("pools.json")).usage(Path.of("usage.csv")).build());
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>The rules (docs/chargeback.md has them in full): every amount is allocated in minor units with
 * {@link org.aitco.core.money.Allocation} and the allocations sum exactly to the inputs, each input rounded once;
 * the owner is the value of a configured tag key; rows without it go to {@value #UNALLOCATED}; idle capacity and
 * shared costs follow the configured policies, which the report states.
 */
public final class Chargeback {
    /** The owner of costs whose owner tag is missing. */
    public static final String UNALLOCATED = "unallocated";
    /** The line of idle capacity and unused commitments that no owner is charged for. */
    public static final String IDLE = "idle (not charged)";

    private Chargeback() {
    }

    /**
     * Reads the request's files, allocates every cost and returns the report.
     *
     * @throws ChargebackInputException if a file cannot be used (a mandatory column missing, mixed currencies
     *                                  without a rate, an invalid pool or configuration); bad rows are counted
     *                                  in the report instead
     */
    public static ChargebackReport run(ChargebackRequest request) {
        Objects.requireNonNull(request, "request");
        return new ChargebackEngine(request).run();
    }
}
