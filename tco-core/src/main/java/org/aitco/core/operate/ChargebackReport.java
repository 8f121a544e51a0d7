package org.aitco.core.operate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.aitco.core.money.Money;

/**
 * The result of a chargeback run: what each owner is charged per month, by pool, component and kind, with the
 * reconciliation against the inputs, the utilisation of each pool, recommendations, and the count of rows read,
 * used and rejected per input file.
 *
 * <p>Every component is a plain record or list, so Jackson writes the report as JSON as it is. Money is exact;
 * hours, shares and unit costs are calculated figures. {@link #toText()} renders it as tables.
 *
 * @param currency        the currency of every amount of the report
 * @param policies        the conventions and policies applied, in words
 * @param inputs          rows read, used and rejected per input file
 * @param rejections      every rejected row with file, line, column and reason
 * @param owners          one summary per owner and month
 * @param lines           the allocation lines, the finest grain: owner, month, pool, component, kind
 * @param reconciliation  one line per input currency: its inputs and what was allocated from them
 * @param totalInput      the inputs in the report currency, each rounded once to the minor unit
 * @param totalAllocated  the sum of all allocation lines; equal to {@code totalInput}
 * @param utilisation     per on-prem pool (server type at a site) and month
 * @param cloudAccelerators per cloud accelerator platform and month
 * @param recommendations where money can be saved, with the amount
 * @param warnings        what the reader should know (usage above paid hours, pools without users, ...)
 * @param reconciliationByMonth one line per input currency and billing month: an invoice is per month, so each
 *                        month's allocations sum exactly to that month's inputs
 * @param rejectionCounts every rejected row counted per file, column and reason ({@code rejections} lists at most
 *                        {@value CloudCostAggregator#LISTED} rows per FOCUS file)
 */
public record ChargebackReport(String currency, List<String> policies, List<InputFile> inputs,
        List<RowRejection> rejections, List<OwnerPeriod> owners, List<Line> lines,
        List<Reconciliation> reconciliation, Money totalInput, Money totalAllocated, List<PoolUse> utilisation,
        List<CloudUse> cloudAccelerators, List<Recommendation> recommendations, List<String> warnings,
        List<MonthReconciliation> reconciliationByMonth, List<RejectionCount> rejectionCounts) {

    public ChargebackReport {
        Objects.requireNonNull(currency, "currency");
        policies = List.copyOf(policies);
        inputs = List.copyOf(inputs);
        rejections = List.copyOf(rejections);
        owners = List.copyOf(owners);
        lines = List.copyOf(lines);
        reconciliation = List.copyOf(reconciliation);
        Objects.requireNonNull(totalInput, "totalInput");
        Objects.requireNonNull(totalAllocated, "totalAllocated");
        utilisation = List.copyOf(utilisation);
        cloudAccelerators = List.copyOf(cloudAccelerators);
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
        reconciliationByMonth = List.copyOf(reconciliationByMonth);
        rejectionCounts = List.copyOf(rejectionCounts);
    }

    /**
     * Whether the allocations sum exactly to the inputs, in total, per input currency and per currency and billing
     * month; always true unless there is a bug.
     */
    public boolean balanced() {
        return totalInput.equals(totalAllocated) && reconciliation.stream().allMatch(Reconciliation::balanced)
                && reconciliationByMonth.stream().allMatch(MonthReconciliation::balanced);
    }

    /**
     * The rejections in a few lines, for stderr: how many rows of which file were rejected for what, or an empty
     * string when none was.
     */
    public String rejectionSummary() {
        if (rowsRejected() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("%d row(s) rejected and not charged (see \"Rejected rows\"):\n"
                .formatted(rowsRejected()));
        rejectionCounts.forEach(c -> sb.append("  ").append(c).append('\n'));
        return sb.toString();
    }

    /** Rows rejected in all inputs. */
    public long rowsRejected() {
        return inputs.stream().mapToLong(InputFile::rowsRejected).sum();
    }

    /**
     * The inputs of one currency in one billing month and what was allocated from them.
     *
     * @param cloudBilledCost    the exact BilledCost of the month's used FOCUS rows
     * @param cloudEffectiveCost the exact EffectiveCost of the month's used FOCUS rows
     * @param input              the month's chargeable input in the report currency, rounded once per amount (the
     *                           cloud lines of the month together)
     * @param allocated          the sum of the month's lines from this currency's inputs
     */
    public record MonthReconciliation(String currency, String period, BigDecimal cloudBilledCost,
            BigDecimal cloudEffectiveCost, Money input, Money allocated) {
        public boolean balanced() {
            return input.equals(allocated);
        }
    }

    /** Rows read, used and rejected from one input file; {@code rowsRead = rowsUsed + rowsRejected}. */
    public record InputFile(String file, String kind, long rowsRead, long rowsUsed, long rowsRejected) {
    }

    /**
     * One allocation: an amount charged to an owner for a month, from a pool and component.
     *
     * @param kind           {@code direct} (used), {@code idle} (idle capacity, unused commitment) or {@code shared}
     * @param sourceCurrency the currency of the input the amount came from
     */
    public record Line(String owner, String period, String pool, String component, String kind, Money amount,
            String sourceCurrency) {
    }

    /**
     * What one owner is charged for one month.
     *
     * @param total                the sum of the owner's lines
     * @param cloud                direct cloud cost
     * @param onPrem               direct on-prem cost
     * @param idle                 idle capacity and unused commitments charged to the owner
     * @param shared               shared costs charged to the owner
     * @param idleShare            idle / total (0 when total is 0)
     * @param acceleratorHoursUsed accelerator-hours the owner used (on-prem usage records and cloud accelerator rows)
     * @param acceleratorHoursPaid accelerator-hours the owner pays for: used plus its share of idle on-prem hours
     * @param acceleratorCost      the owner's on-prem pool cost (direct and idle) plus its cloud accelerator cost
     * @param costPerMillionTokens acceleratorCost per million tokens; null when the owner served no tokens
     */
    public record OwnerPeriod(String owner, String period, Money total, Money cloud, Money onPrem, Money idle,
            Money shared, double idleShare, double acceleratorHoursUsed, double acceleratorHoursPaid, long tokens,
            long requests, Money acceleratorCost, BigDecimal costPerMillionTokens) {
    }

    /**
     * The inputs in one currency and what was allocated from them.
     *
     * @param cloudBilledCost    the exact sum of BilledCost of the used FOCUS rows (the invoice)
     * @param cloudEffectiveCost the exact sum of EffectiveCost of the used FOCUS rows (amortised)
     * @param onPremCost         the sum of the on-prem pools
     * @param sharedCost         the explicit shared costs of the configuration
     * @param rateToReport       units of the report currency per unit of this one
     * @param input              the chargeable input in the report currency, rounded once per amount
     * @param allocated          the sum of the lines that came from this currency's inputs
     */
    public record Reconciliation(String currency, BigDecimal cloudBilledCost, BigDecimal cloudEffectiveCost,
            BigDecimal onPremCost, BigDecimal sharedCost, BigDecimal rateToReport, Money input, Money allocated) {
        public boolean balanced() {
            return input.equals(allocated);
        }
    }

    /**
     * The utilisation of one on-prem pool in one month.
     *
     * @param utilisation         used / paid accelerator-hours, from the usage records
     * @param measuredUtilisation mean measured utilisation of the pool's servers (0..1), null without samples
     * @param costPerUsedHour     cost / used hours: what an hour of work really cost; null when nothing was used
     */
    public record PoolUse(String pool, String site, String serverType, String period, double acceleratorHoursPaid,
            double acceleratorHoursUsed, double utilisation, Double measuredUtilisation, Money cost, Money idleCost,
            BigDecimal costPerPaidHour, BigDecimal costPerUsedHour) {
    }

    /**
     * Cloud accelerator use of one platform in one month, from the FOCUS rows that match a configured SKU.
     *
     * @param busyHours            distinct hours of the month with any use
     * @param busyShare            busyHours / hours of the month
     * @param breakEvenUtilisation the on-prem cost per paid hour / the cloud cost per hour: owning pays above it;
     *                             null without an on-prem pool in the month
     */
    public record CloudUse(String platform, String period, double acceleratorHours, long busyHours, double busyShare,
            Money cost, BigDecimal costPerHour, Double breakEvenUtilisation) {
    }

    /**
     * A way to save money, with the estimated saving per month.
     *
     * @param kind {@code buy-or-commit}, {@code bring-bursts-home}, {@code sell-or-consolidate}, {@code cheaper-platform}
     */
    public record Recommendation(String kind, String subject, String period, String reason, Money monthlySaving) {
    }

    /**
     * The report as text tables that fit 120 columns: owners per month, reconciliation, utilisation,
     * recommendations, inputs; where a table would be wider, the columns a person reads last are left out and the
     * text says which.
     */
    public String toText() {
        return ReportText.render(this, false);
    }

    /** The same as {@link #toText()} with every column of every table, lines as long as they come. */
    public String toWideText() {
        return ReportText.render(this, true);
    }

    @Override
    public String toString() {
        return "ChargebackReport[%s, %d owners-months, %d lines, input %s, allocated %s, %d rows rejected]".formatted(
                currency, owners.size(), lines.size(), totalInput, totalAllocated, rejections.size());
    }
}
