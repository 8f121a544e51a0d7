package org.aitco.core.operate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cloud costs of one input, summed per {@link CloudCostKey}: what a chargeback allocates from a FOCUS file.
 *
 * <p>This is the entry point for costs aggregated elsewhere (for example on Apache Spark): build the groups by the
 * rules of {@link CloudCostKey} and {@link CloudCostGroup} with the same policies as the run, count the rejected
 * rows per reason, and hand the result to {@link Chargeback.Builder#cloudCosts(CloudCosts)}. The allocation and
 * the report are then exactly those of the same rows read from a file.
 *
 * <pre>{@code
 * var key = new CloudCostKey(Currency.getInstance("USD"), YearMonth.of(2024, 9), "ViennaAI", "AWS", "Compute",
 *         false, "");
 * var costs = new CloudCosts("spark:focus_2024_09",
 *         List.of(new CloudCostGroup(key, new BigDecimal("10.25"), new BigDecimal("9.75"), 412, BigDecimal.ZERO,
 *                 Set.of())),
 *         List.of(new RejectionCount("spark:focus_2024_09", "BilledCost", "must be a decimal number", 3)),
 *         List.of());
 * ChargebackReport report = Chargeback.builder().cloudCosts(costs).run();
 * }</pre>
 *
 * @param source     the name of the input in the report (a file, or a table); rows read = the groups' rows plus
 *                   the rejected rows
 * @param groups     one per key, keys distinct
 * @param rejections the rejected rows counted per column and reason
 * @param examples   some rejected rows with file, line and value (may be empty, at most the rejected count)
 */
public record CloudCosts(String source, List<CloudCostGroup> groups, List<RejectionCount> rejections,
        List<RowRejection> examples) {

    public CloudCosts {
        Objects.requireNonNull(source, "source");
        groups = List.copyOf(groups);
        rejections = List.copyOf(rejections);
        examples = List.copyOf(examples);
        Set<CloudCostKey> seen = new HashSet<>();
        for (CloudCostGroup g : groups) {
            if (!seen.add(g.key())) {
                throw new IllegalArgumentException("groups of %s contain the key %s twice; sum them into one group"
                        .formatted(source, g.key()));
            }
        }
        long rejected = 0;
        for (RejectionCount r : rejections) {
            rejected = Math.addExact(rejected, r.rows());
        }
        if (examples.size() > rejected) {
            throw new IllegalArgumentException("examples (%d) of %s must not outnumber the rejected rows (%d)"
                    .formatted(examples.size(), source, rejected));
        }
    }

    /** Rows summed into the groups. */
    public long rowsUsed() {
        long n = 0;
        for (CloudCostGroup g : groups) {
            n = Math.addExact(n, g.rows());
        }
        return n;
    }

    /** Rows rejected, all reasons. */
    public long rowsRejected() {
        long n = 0;
        for (RejectionCount r : rejections) {
            n = Math.addExact(n, r.rows());
        }
        return n;
    }

    /** Every data row of the input: used or rejected. */
    public long rowsRead() {
        return Math.addExact(rowsUsed(), rowsRejected());
    }

    @Override
    public String toString() {
        return "CloudCosts[%s: %d groups, %d rows read, %d rejected]".formatted(source, groups.size(), rowsRead(),
                rowsRejected());
    }
}
