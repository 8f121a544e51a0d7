package org.aitco.core.operate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aitco.core.money.Money;
import org.aitco.core.tco.Tables;

/** Renders a {@link ChargebackReport} as plain-text tables. */
final class ReportText {
    private static final int MAX_REJECTIONS = 20;

    private ReportText() {
    }

    static String render(ChargebackReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Chargeback report (").append(r.currency()).append(")\n");
        for (String p : r.policies()) {
            sb.append(wrap("  - " + p));
        }
        sb.append("\nOwners per month\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"owner", "month", "total", "cloud", "on-prem", "idle", "shared", "idle %",
                "acc-h used", "acc-h paid", "tokens", "per Mtok"});
        for (ChargebackReport.OwnerPeriod o : r.owners()) {
            rows.add(new String[] {o.owner(), o.period(), m(o.total()), m(o.cloud()), m(o.onPrem()), m(o.idle()),
                    m(o.shared()), pct(o.idleShare()), num(o.acceleratorHoursUsed()), num(o.acceleratorHoursPaid()),
                    Long.toString(o.tokens()), o.costPerMillionTokens() == null ? "-" : o.costPerMillionTokens()
                            .setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()});
        }
        table(sb, rows);
        sb.append("\nCost by pool and component\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"owner", "month", "pool", "component", "kind", "amount"});
        for (ChargebackReport.Line l : r.lines()) {
            rows.add(new String[] {l.owner(), l.period(), l.pool(), l.component(), l.kind(), m(l.amount())});
        }
        table(sb, rows);
        sb.append("\nReconciliation (sum of allocations = sum of inputs, each input rounded once)\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"currency", "cloud BilledCost", "cloud EffectiveCost", "on-prem", "shared", "rate",
                "input " + r.currency(), "allocated " + r.currency(), "check"});
        for (ChargebackReport.Reconciliation c : r.reconciliation()) {
            rows.add(new String[] {c.currency(), c.cloudBilledCost().toPlainString(),
                    c.cloudEffectiveCost().toPlainString(), c.onPremCost().toPlainString(),
                    c.sharedCost().toPlainString(), plain(c.rateToReport()), m(c.input()),
                    m(c.allocated()), c.balanced() ? "=" : "DIFFERS"});
        }
        rows.add(new String[] {"total", "", "", "", "", "", m(r.totalInput()), m(r.totalAllocated()),
                r.totalInput().equals(r.totalAllocated()) ? "=" : "DIFFERS"});
        table(sb, rows);
        if (r.reconciliationByMonth().size() > 1 || r.reconciliationByMonth().stream().anyMatch(x -> !x.balanced())) {
            sb.append("\nReconciliation per billing month\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"currency", "month", "cloud BilledCost", "cloud EffectiveCost",
                    "input " + r.currency(), "allocated " + r.currency(), "check"});
            for (ChargebackReport.MonthReconciliation c : r.reconciliationByMonth()) {
                rows.add(new String[] {c.currency(), c.period(), c.cloudBilledCost().toPlainString(),
                        c.cloudEffectiveCost().toPlainString(), m(c.input()), m(c.allocated()),
                        c.balanced() ? "=" : "DIFFERS"});
            }
            table(sb, rows);
        }
        if (!r.utilisation().isEmpty()) {
            sb.append("\nOn-prem utilisation\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"pool", "site", "server type", "month", "acc-h paid", "acc-h used", "used %",
                    "measured %", "cost", "idle cost", "per paid h", "per used h"});
            for (ChargebackReport.PoolUse p : r.utilisation()) {
                rows.add(new String[] {p.pool(), p.site(), p.serverType(), p.period(), num(p.acceleratorHoursPaid()),
                        num(p.acceleratorHoursUsed()), pct(p.utilisation()),
                        p.measuredUtilisation() == null ? "-" : pct(p.measuredUtilisation()), m(p.cost()),
                        m(p.idleCost()), plain(p.costPerPaidHour()),
                        p.costPerUsedHour() == null ? "-" : plain(p.costPerUsedHour())});
            }
            table(sb, rows);
        }
        if (!r.cloudAccelerators().isEmpty()) {
            sb.append("\nCloud accelerators\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"platform", "month", "acc-h", "busy h", "busy %", "cost", "per acc-h",
                    "break-even %"});
            for (ChargebackReport.CloudUse c : r.cloudAccelerators()) {
                rows.add(new String[] {c.platform(), c.period(), num(c.acceleratorHours()), Long.toString(c.busyHours()),
                        pct(c.busyShare()), m(c.cost()), plain(c.costPerHour()),
                        c.breakEvenUtilisation() == null ? "-" : pct(c.breakEvenUtilisation())});
            }
            table(sb, rows);
        }
        sb.append("\nRecommendations\n");
        if (r.recommendations().isEmpty()) {
            sb.append("  none: no saving found in these inputs\n");
        }
        for (ChargebackReport.Recommendation rec : r.recommendations()) {
            sb.append(wrap("  - [" + rec.kind() + "] " + rec.subject() + ' ' + rec.period() + ": saves about "
                    + rec.monthlySaving() + " a month. " + rec.reason()));
        }
        sb.append("\nInputs\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"file", "kind", "rows read", "used", "rejected"});
        for (ChargebackReport.InputFile f : r.inputs()) {
            rows.add(new String[] {f.file(), f.kind(), Long.toString(f.rowsRead()), Long.toString(f.rowsUsed()),
                    Long.toString(f.rowsRejected())});
        }
        table(sb, rows);
        if (r.rowsRejected() > 0) {
            sb.append("\nRejected rows (").append(r.rowsRejected()).append(")\n");
            r.rejections().stream().limit(MAX_REJECTIONS).forEach(x -> sb.append("  ").append(x).append('\n'));
            long shown = Math.min(MAX_REJECTIONS, r.rejections().size());
            if (r.rowsRejected() > shown) {
                sb.append("  ... and ").append(r.rowsRejected() - shown)
                        .append(" more (counts per reason below; the JSON report lists up to ")
                        .append(CloudCostAggregator.LISTED).append(" per FOCUS file)\n");
            }
            r.rejectionCounts().forEach(x -> sb.append("  ").append(x).append('\n'));
        }
        if (!r.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            r.warnings().forEach(w -> sb.append(wrap("  - " + w)));
        }
        return sb.toString();
    }

    /** A line of free text wrapped at 120 columns ({@link Tables#wrap}), continuation lines indented under it. */
    private static String wrap(String line) {
        return Tables.wrap(line, "    ").replace(System.lineSeparator(), "\n");
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

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            sb.append(' ');
            for (int i = 0; i < row.length; i++) {
                boolean left = i == 0 || !row[i].matches("-?[0-9.]+|-");
                String cell = row[i];
                String pad = " ".repeat(w[i] - cell.length());
                sb.append(' ').append(left ? cell + pad : pad + cell);
            }
            sb.append('\n');
        }
    }
}
