package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders results as plain-text tables for a terminal. */
final class Tables {
    private Tables() {
    }

    static String result(TcoResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Scenario %s: %d years, months of %d hours, amounts in %s, NPV at %.2f%%/year discounted monthly "
                        + "(purchases and commitments at month start, running costs at month end)%n",
                r.scenario(), r.horizonYears(), r.hoursPerMonth(), r.currency().getCurrencyCode(),
                r.discountRatePerYear() * 100));
        for (WorkloadTco w : r.workloads()) {
            sb.append(System.lineSeparator()).append(workload(w));
        }
        Portfolio p = r.portfolio();
        if (r.workloads().size() > 1) {
            sb.append(String.format(Locale.ROOT, "%nPortfolio of %d workloads: each at its cheapest option, NPV %s%n",
                    p.workloads().size(), p.cheapestAloneNpv()));
            for (Pool pool : p.pools()) {
                sb.append(String.format(Locale.ROOT,
                        "  pool %s@%s %s: %d servers shared vs %d alone, NPV %s vs %s alone on-prem (saves %s), "
                                + "utilisation %.0f%%%n", pool.serverType(), pool.site(), pool.workloads(),
                        pool.servers(), pool.serversAlone(), pool.pooledNpv(), pool.aloneNpv(), pool.savingNpv(),
                        pool.utilisation() * 100));
            }
            sb.append(p.bestPool().isEmpty()
                    ? String.format(Locale.ROOT, "  best plan: no pooling, NPV %s%n", p.bestNpv())
                    : String.format(Locale.ROOT, "  best plan: pool on %s, NPV %s, saving %s over each alone%n",
                    p.bestPool(), p.bestNpv(), p.poolingSavingNpv()));
            p.siteWarnings().forEach(w -> sb.append("  WARNING: ").append(w).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    static String workload(WorkloadTco w) {
        List<OptionResult> options = w.options();
        List<CostCategory> cats = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (options.stream().anyMatch(o -> !o.line(c).nominal().isZero())) {
                cats.add(c);
            }
        }
        OptionResult baseline = options.stream().filter(o -> o.kind() == OptionKind.CLOUD_ON_DEMAND).findFirst()
                .orElse(options.get(0));
        OptionResult cheapest = w.cheapest();
        String currency = cheapest.currency().getCurrencyCode();
        List<String> header = new ArrayList<>();
        header.add("option");
        header.add("own");
        cats.forEach(c -> header.add(c.label()));
        header.addAll(List.of("nominal", "NPV", "vs cheapest", "break-even vs " + baseline.name(),
                currency + "/" + w.costBlock(), "util"));
        List<List<String>> rows = new ArrayList<>();
        for (OptionResult o : options) {
            List<String> row = new ArrayList<>();
            row.add(o.name());
            row.add(o.kind() == OptionKind.CLOUD_COMMITTED ? "K=" + o.committedInstances()
                    : o.serverType().isEmpty() ? "" : Integer.toString(o.ownServers()));
            for (CostCategory c : cats) {
                row.add(money(o.line(c).nominal().amount().doubleValue()));
            }
            row.add(money(o.nominal().amount().doubleValue()));
            row.add(money(o.npv().amount().doubleValue()));
            row.add(o == cheapest ? "cheapest" : "+" + money(o.npv().minus(cheapest.npv()).amount().doubleValue()));
            String be;
            if (o == baseline) {
                be = "-";
            } else {
                BreakEven b = Results.breakEven(o, baseline);
                be = b == null ? "never" : String.format(Locale.ROOT, "month %d (h %.0f)", b.month(), b.hour());
            }
            row.add(be);
            row.add(String.format(Locale.ROOT, "%.4g", o.costPerBlock()));
            row.add(String.format(Locale.ROOT, "%.0f%%", o.utilisation() * 100));
            rows.add(row);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Workload ").append(w.workload()).append(System.lineSeparator());
        sb.append(grid(header, rows));
        sb.append(String.format(Locale.ROOT, "Cheapest: %s, NPV %s", cheapest.name(), cheapest.npv()));
        if (options.size() > 1) {
            sb.append(String.format(Locale.ROOT, ", %s less than %s", w.marginOverNextBest(), options.get(1).name()));
        }
        sb.append(System.lineSeparator());
        for (HybridCurve c : w.hybridCurves()) {
            sb.append(String.format(Locale.ROOT, "  hybrid %s@%s+%s: optimum %d of 0..%d own servers%n",
                    c.serverType(), c.site(), c.cloudOffering(), c.optimalServers(), c.maxServers()));
        }
        for (String e : w.excluded()) {
            sb.append("  not priced: ").append(e).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String grid(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        rows.forEach(r -> line(sb, r, width));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(i == 0 ? c + " ".repeat(width[i] - c.length()) : " ".repeat(width[i] - c.length()) + c);
        }
        sb.append(System.lineSeparator());
    }
}
