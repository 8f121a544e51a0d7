package org.aitco.core.operate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aitco.core.money.Money;
import org.aitco.core.tco.Tables;
import org.aitco.core.tco.Tables.Column;

/**
 * Renders a {@link ChargebackReport} as plain-text tables, laid out by the library's one table renderer
 * ({@link Tables#table}): a header, a rule, names left-aligned and amounts right-aligned. Unless wide, every line
 * fits {@value Tables#WIDTH} columns: free text is wrapped and a table that would be wider leaves out the columns
 * a person reads last, saying which; wide shows every column and line as it comes.
 */
final class ReportText {
    private static final int MAX_REJECTIONS = 20;

    private ReportText() {
    }

    static String render(ChargebackReport r, boolean wide) {
        StringBuilder sb = new StringBuilder();
        sb.append("Chargeback report (").append(r.currency()).append(")\n");
        for (String p : r.policies()) {
            sb.append(line(wide, "  - " + p, "    "));
        }
        sb.append("\nOwners per month\n");
        List<List<String>> rows = new ArrayList<>();
        for (ChargebackReport.OwnerPeriod o : r.owners()) {
            rows.add(List.of(o.owner(), o.period(), m(o.total()), m(o.cloud()), m(o.onPrem()), m(o.idle()),
                    m(o.shared()), pct(o.idleShare()), num(o.acceleratorHoursUsed()), num(o.acceleratorHoursPaid()),
                    Long.toString(o.tokens()), o.costPerMillionTokens() == null ? "-" : o.costPerMillionTokens()
                            .setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()));
        }
        sb.append(table(List.of(Column.kept("owner"), text(Column.kept("month")), Column.kept("total"),
                Column.droppable("cloud", 8), Column.droppable("on-prem", 9), Column.droppable("idle", 7),
                Column.droppable("shared", 6), Column.droppable("idle %", 5), Column.droppable("acc-h used", 3),
                Column.droppable("acc-h paid", 2), Column.droppable("tokens", 1), Column.droppable("per Mtok", 4)),
                rows, wide));
        sb.append("\nCost by pool and component\n");
        rows = new ArrayList<>();
        for (ChargebackReport.Line l : r.lines()) {
            rows.add(List.of(l.owner(), l.period(), l.pool(), l.component(), l.kind(), m(l.amount())));
        }
        sb.append(table(List.of(Column.kept("owner"), text(Column.kept("month")), text(Column.kept("pool")),
                text(Column.kept("component")), text(Column.kept("kind")), Column.kept("amount")), rows, wide));
        sb.append("\nReconciliation (sum of allocations = sum of inputs, each input rounded once)\n");
        rows = new ArrayList<>();
        for (ChargebackReport.Reconciliation c : r.reconciliation()) {
            rows.add(List.of(c.currency(), c.cloudBilledCost().toPlainString(),
                    c.cloudEffectiveCost().toPlainString(), c.onPremCost().toPlainString(),
                    c.sharedCost().toPlainString(), plain(c.rateToReport()), m(c.input()),
                    m(c.allocated()), c.balanced() ? "=" : "DIFFERS"));
        }
        rows.add(List.of("total", "", "", "", "", "", m(r.totalInput()), m(r.totalAllocated()),
                r.totalInput().equals(r.totalAllocated()) ? "=" : "DIFFERS"));
        sb.append(table(List.of(Column.kept("currency"), Column.droppable("cloud BilledCost", 2),
                Column.droppable("cloud EffectiveCost", 3), Column.droppable("on-prem", 4),
                Column.droppable("shared", 5), Column.droppable("rate", 1), Column.kept("input " + r.currency()),
                Column.kept("allocated " + r.currency()), text(Column.kept("check"))), rows, wide));
        if (r.reconciliationByMonth().size() > 1 || r.reconciliationByMonth().stream().anyMatch(x -> !x.balanced())) {
            sb.append("\nReconciliation per billing month\n");
            rows = new ArrayList<>();
            for (ChargebackReport.MonthReconciliation c : r.reconciliationByMonth()) {
                rows.add(List.of(c.currency(), c.period(), c.cloudBilledCost().toPlainString(),
                        c.cloudEffectiveCost().toPlainString(), m(c.input()), m(c.allocated()),
                        c.balanced() ? "=" : "DIFFERS"));
            }
            sb.append(table(List.of(Column.kept("currency"), text(Column.kept("month")),
                    Column.droppable("cloud BilledCost", 1), Column.droppable("cloud EffectiveCost", 2),
                    Column.kept("input " + r.currency()), Column.kept("allocated " + r.currency()),
                    text(Column.kept("check"))), rows, wide));
        }
        if (!r.utilisation().isEmpty()) {
            sb.append("\nOn-prem utilisation\n");
            rows = new ArrayList<>();
            for (ChargebackReport.PoolUse p : r.utilisation()) {
                rows.add(List.of(p.pool(), p.site(), p.serverType(), p.period(), num(p.acceleratorHoursPaid()),
                        num(p.acceleratorHoursUsed()), pct(p.utilisation()),
                        p.measuredUtilisation() == null ? "-" : pct(p.measuredUtilisation()), m(p.cost()),
                        m(p.idleCost()), plain(p.costPerPaidHour()),
                        p.costPerUsedHour() == null ? "-" : plain(p.costPerUsedHour())));
            }
            sb.append(table(List.of(Column.kept("pool"), text(Column.droppable("site", 2)),
                    text(Column.droppable("server type", 3)), text(Column.kept("month")),
                    Column.droppable("acc-h paid", 6), Column.droppable("acc-h used", 7), Column.kept("used %"),
                    Column.droppable("measured %", 4), Column.kept("cost"), Column.kept("idle cost"),
                    Column.droppable("per paid h", 1), Column.droppable("per used h", 5)), rows, wide));
        }
        if (!r.cloudAccelerators().isEmpty()) {
            sb.append("\nCloud accelerators\n");
            rows = new ArrayList<>();
            for (ChargebackReport.CloudUse c : r.cloudAccelerators()) {
                rows.add(List.of(c.platform(), c.period(), num(c.acceleratorHours()), Long.toString(c.busyHours()),
                        pct(c.busyShare()), m(c.cost()), plain(c.costPerHour()),
                        c.breakEvenUtilisation() == null ? "-" : pct(c.breakEvenUtilisation())));
            }
            sb.append(table(List.of(Column.kept("platform"), text(Column.kept("month")), Column.droppable("acc-h", 4),
                    Column.droppable("busy h", 3), Column.kept("busy %"), Column.kept("cost"),
                    Column.droppable("per acc-h", 2), Column.droppable("break-even %", 1)), rows, wide));
        }
        sb.append("\nRecommendations\n");
        if (r.recommendations().isEmpty()) {
            sb.append("  none: no saving found in these inputs\n");
        }
        for (ChargebackReport.Recommendation rec : r.recommendations()) {
            sb.append(line(wide, "  - [" + rec.kind() + "] " + rec.subject() + ' ' + rec.period() + ": saves about "
                    + rec.monthlySaving() + " a month. " + rec.reason(), "    "));
        }
        sb.append("\nInputs\n");
        rows = new ArrayList<>();
        for (ChargebackReport.InputFile f : r.inputs()) {
            rows.add(List.of(f.file(), f.kind(), Long.toString(f.rowsRead()), Long.toString(f.rowsUsed()),
                    Long.toString(f.rowsRejected())));
        }
        sb.append(table(List.of(Column.kept("file"), text(Column.kept("kind")), Column.kept("rows read"),
                Column.kept("used"), Column.kept("rejected")), rows, wide));
        if (r.rowsRejected() > 0) {
            sb.append("\nRejected rows (").append(r.rowsRejected()).append(")\n");
            r.rejections().stream().limit(MAX_REJECTIONS).forEach(x -> sb.append(line(wide, "  " + x, "    ")));
            long shown = Math.min(MAX_REJECTIONS, r.rejections().size());
            if (r.rowsRejected() > shown) {
                sb.append(line(wide, "  ... and " + (r.rowsRejected() - shown) + " more (counts per reason below; the "
                        + "JSON report lists up to " + CloudCostAggregator.LISTED + " per FOCUS file)", "    "));
            }
            r.rejectionCounts().forEach(x -> sb.append(line(wide, "  " + x, "    ")));
        }
        if (!r.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            r.warnings().forEach(w -> sb.append(line(wide, "  - " + w, "    ")));
        }
        return sb.toString();
    }

    /** A column of names or words: left-aligned. */
    private static Column text(Column c) {
        return c.withLeftAlignment();
    }

    /** A table indented by two spaces, by {@link Tables#table}, with {@code \n} line ends as the rest of the report. */
    private static String table(List<Column> columns, List<List<String>> rows, boolean wide) {
        return Tables.table(columns, rows, wide, "  ").replace(System.lineSeparator(), "\n");
    }

    /**
     * A line of free text: wrapped at {@value Tables#WIDTH} columns ({@link Tables#wrap}), continuation lines
     * indented with {@code indent}; as it is when wide.
     */
    private static String line(boolean wide, String text, String indent) {
        return wide ? text + "\n" : Tables.wrap(text, indent).replace(System.lineSeparator(), "\n");
    }

    private static String m(Money money) {
        return money.amount().toPlainString();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.stripTrailingZeros().toPlainString();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
