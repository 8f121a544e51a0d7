package org.aitco.core.operate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact totals of the FOCUS rows of one {@link CloudCostKey}: what the chargeback allocates instead of the rows.
 *
 * <p>Amounts are exact sums of the cells as written (every decimal kept, nothing rounded); they are rounded once,
 * per currency, when the report is made. Accelerator use is only non-zero for keys with an
 * {@code acceleratorPlatform}.
 *
 * @param key              the group
 * @param billedCost       the exact sum of BilledCost
 * @param effectiveCost    the exact sum of EffectiveCost
 * @param rows             how many FOCUS rows the group sums, at least 1
 * @param acceleratorHours the exact sum of accelerator-hours: ConsumedQuantity when ConsumedUnit names hours, else
 *                         PricingQuantity when PricingUnit names hours, else 0; times the platform's
 *                         {@code acceleratorsPerUnit}
 * @param busyHours        the hours of the month covered by a row, as indexes from the first hour of the month
 *                         (0 = day 1, 00:00 UTC): every hour of {@code [ChargePeriodStart, ChargePeriodEnd)} up to
 *                         the end of the month, and the hour a row without length starts in; empty unless the key
 *                         has an accelerator platform
 */
public record CloudCostGroup(CloudCostKey key, BigDecimal billedCost, BigDecimal effectiveCost, long rows,
        BigDecimal acceleratorHours, Set<Integer> busyHours) {

    public CloudCostGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(billedCost, "billedCost");
        Objects.requireNonNull(effectiveCost, "effectiveCost");
        Objects.requireNonNull(acceleratorHours, "acceleratorHours");
        if (rows < 1) {
            throw new IllegalArgumentException("rows (%d) of group %s must be at least 1".formatted(rows, key));
        }
        if (acceleratorHours.signum() < 0) {
            throw new IllegalArgumentException("acceleratorHours (%s) of group %s must be >= 0"
                    .formatted(acceleratorHours.toPlainString(), key));
        }
        for (Integer h : Objects.requireNonNull(busyHours, "busyHours")) {
            if (h == null || h < 0 || h >= 31 * 24) {
                throw new IllegalArgumentException("busyHours of group %s must be hours of a month, 0 to 743, not %s"
                        .formatted(key, h));
            }
        }
        busyHours = Set.copyOf(new TreeSet<>(busyHours));
    }

    @Override
    public String toString() {
        return "CloudCostGroup[%s: billed %s, effective %s, %d rows]".formatted(key, billedCost.toPlainString(),
                effectiveCost.toPlainString(), rows);
    }
}
