package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders results as plain-text tables for a terminal, and as CSV: the one table and CSV renderer of the library
 * and its command line (TCO comparison, risk, placement plan, chargeback).
 *
 * <p>The generic part is public: {@link #table} lays out rows under {@link Column}s and, unless wide, leaves out
 * the columns a person reads last until the table fits {@value #WIDTH} characters, saying which; {@link #csv}
 * writes RFC 4180 with a header row; {@link #wrap} breaks free text at {@value #WIDTH} characters;
 * {@link #plain} writes a number without exponent or thousands separators, for CSV.
 *
 * <p>The TCO comparison's default table fits {@value #WIDTH} columns: per option its name, own servers, NPV, distance to the
 * cheapest, break-even, unit cost and utilisation; should long names still push it wider, the columns a person
 * reads last are left out and the table says which. The wide table adds every cost line and the nominal total.
 * Free text (headings, the cheapest option, the portfolio) is wrapped at {@value #WIDTH} columns.
 *
 * <p>Break-even of a row is against its <em>reference</em> ({@link #reference}), on-demand cloud: of the same
 * offering for a hybrid, committed or spot option, the cheapest for an all-on-prem one. A table with one reference
 * names it in the header; with several, each cell names its reference by a letter explained under the table.
 * "cheaper throughout" and "never" say which side of the reference a row stays on when they do not cross.
 */
public final class Tables {
    /** The width the default tables and text fit. */
    public static final int WIDTH = 120;

    private Tables() {
    }

    static String result(TcoResult r, boolean wide) {
        StringBuilder sb = new StringBuilder();
        sb.append(wrap(String.format(Locale.ROOT,
                "Scenario %s: %s, months of %d hours, amounts in %s, NPV at %.2f%%/year discounted monthly "
                        + "(purchases and commitments at month start, running costs at month end)",
                r.scenario(), years(r.horizonYears()), r.hoursPerMonth(), r.currency().getCurrencyCode(),
                r.discountRatePerYear() * 100), "  "));
        for (WorkloadTco w : r.workloads()) {
            sb.append(System.lineSeparator()).append(workload(w, wide));
        }
        Portfolio p = r.portfolio();
        if (r.workloads().size() > 1) {
            sb.append(System.lineSeparator());
            sb.append(wrap(String.format(Locale.ROOT, "Portfolio of %d workloads: each at its cheapest option, NPV %s",
                    p.workloads().size(), p.cheapestAloneNpv()), ""));
            for (Pool pool : p.pools()) {
                sb.append(wrap(String.format(Locale.ROOT,
                        "  pool %s@%s %s: %d servers shared vs %d alone, NPV %s vs %s alone on-prem (saves %s), "
                                + "utilisation %.0f%%", pool.serverType(), pool.site(), pool.workloads(),
                        pool.servers(), pool.serversAlone(), pool.pooledNpv(), pool.aloneNpv(), pool.savingNpv(),
                        pool.utilisation() * 100), "    "));
            }
            for (Portfolio.HybridPool h : p.hybridPools()) {
                sb.append(wrap(String.format(Locale.ROOT,
                        "  pooled hybrid %s %s: %d servers shared vs %d in their own hybrids, NPV %s vs %s alone "
                                + "(saves %s), own utilisation %.0f%%", h.name(), h.workloads(), h.servers(),
                        h.serversAlone(), h.pooledNpv(), h.aloneNpv(), h.savingNpv(), h.ownUtilisation() * 100),
                        "    "));
            }
            sb.append(wrap(p.bestPool().isEmpty()
                    ? String.format(Locale.ROOT, "  best plan: no pooling, NPV %s", p.bestNpv())
                    : String.format(Locale.ROOT, "  best plan: pool on %s, NPV %s, saving %s over each alone",
                    p.bestPool(), p.bestNpv(), p.poolingSavingNpv()), "    "));
            p.siteWarnings().forEach(w -> sb.append(wrap("  WARNING: " + w, "    ")));
        }
        return sb.toString();
    }

    /** "1-year horizon", "5-year horizon": no "1 years". */
    static String years(int n) {
        return n + "-year horizon";
    }

    /**
     * The option a row's break-even is measured against: on-demand of the same cloud offering for a hybrid,
     * committed or spot option (else the cheapest on-demand), the cheapest on-demand option for an all-on-prem
     * one; none for on-demand options and where no on-demand option was priced.
     */
    static Optional<OptionResult> reference(WorkloadTco w, OptionResult o) {
        if (o.kind() == OptionKind.CLOUD_ON_DEMAND) {
            return Optional.empty();
        }
        List<OptionResult> options = w.options(); // ascending NPV, so the first match is the cheapest
        return options.stream().filter(x -> x.kind() == OptionKind.CLOUD_ON_DEMAND && !o.cloudOffering().isEmpty()
                        && x.cloudOffering().equals(o.cloudOffering())).findFirst()
                .or(() -> options.stream().filter(x -> x.kind() == OptionKind.CLOUD_ON_DEMAND).findFirst());
    }

    /** The break-even cell of a row: when it crosses its reference, or why it does not. */
    private static String breakEvenCell(OptionResult o, OptionResult ref, String suffix, boolean[] starred) {
        BreakEven b = Results.breakEven(o, ref);
        if (b == null) {
            // No crossing: the row is cheaper all along, dearer all along, or costs the same.
            int c = o.nominal().compareTo(ref.nominal());
            return (c < 0 ? "cheaper throughout" : c > 0 ? "never" : "same cost") + suffix;
        }
        String cell = String.format(Locale.ROOT, "month %d (h %.0f)%s", b.month(), b.hour(), suffix);
        if (b.dearerBefore().equals(ref.name())) {
            starred[0] = true; // the reference was the dearer one until then
            return cell + "*";
        }
        return cell;
    }

    /** A short unit for a narrow header: "Mtok" for million tokens, "kreq" for thousand requests. */
    private static String shortBlock(String costBlock) {
        return switch (costBlock) {
            case "million tokens" -> "Mtok";
            case "thousand requests" -> "kreq";
            default -> costBlock;
        };
    }

    /**
     * One column of a text table: its header, whether it is only in the wide table, and its rank when a default
     * table must shrink (the lowest rank is left out first; {@link #KEEP} never).
     *
     * @param header   the column's header
     * @param wideOnly shown only in the wide table
     * @param dropRank left out before every column of a higher rank when the table is wider than {@value #WIDTH}
     */
    public record Column(String header, boolean wideOnly, int dropRank, boolean leftAligned) {
        /** The rank of a column that is never left out. */
        public static final int KEEP = Integer.MAX_VALUE;

        public Column {
            java.util.Objects.requireNonNull(header, "header");
        }

        /** A column right-aligned unless it is the first (numbers line up on their last digit). */
        public Column(String header, boolean wideOnly, int dropRank) {
            this(header, wideOnly, dropRank, false);
        }

        /** A column that is always shown. */
        public static Column kept(String header) {
            return new Column(header, false, KEEP);
        }

        /** A column of the default table, left out (lowest {@code rank} first) when the table does not fit. */
        public static Column droppable(String header, int rank) {
            return new Column(header, false, rank);
        }

        /** A column shown only in the wide table. */
        public static Column wide(String header) {
            return new Column(header, true, 0);
        }

        /** A copy of this column left-aligned, for text (names, months, kinds); the first column always is. */
        public Column withLeftAlignment() {
            return new Column(header, wideOnly, dropRank, true);
        }
    }

    static String workload(WorkloadTco w, boolean wide) {
        List<OptionResult> options = w.options();
        OptionResult cheapest = w.cheapest();
        String currency = cheapest.currency().getCurrencyCode();

        // References, lettered in order of first use.
        Map<String, String> letters = new LinkedHashMap<>();
        for (OptionResult o : options) {
            reference(w, o).ifPresent(ref -> {
                if (!letters.containsKey(ref.name())) {
                    int n = letters.size();
                    letters.put(ref.name(), (char) ('A' + n % 26) + (n >= 26 ? Integer.toString(n / 26) : ""));
                }
            });
        }
        boolean oneReference = letters.size() == 1;

        List<CostCategory> cats = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (options.stream().anyMatch(o -> !o.line(c).nominal().isZero())) {
                cats.add(c);
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.kept("option"));
        columns.add(Column.droppable("own", 3));
        cats.forEach(c -> columns.add(Column.wide(c.label())));
        columns.add(Column.wide("nominal"));
        columns.add(Column.kept("NPV"));
        columns.add(Column.droppable("vs cheapest", 5));
        columns.add(Column.droppable(oneReference ? "break-even vs " + letters.keySet().iterator().next()
                : "break-even", 4));
        columns.add(Column.droppable(currency + "/" + (wide ? w.costBlock() : shortBlock(w.costBlock())), 2));
        columns.add(Column.droppable("util", 1));

        List<List<String>> rows = new ArrayList<>();
        boolean[] starred = {false};
        for (OptionResult o : options) {
            List<String> row = new ArrayList<>();
            row.add(o.name());
            row.add(own(o, wide));
            for (CostCategory c : cats) {
                row.add(money(o.line(c).nominal().amount().doubleValue()));
            }
            row.add(money(o.nominal().amount().doubleValue()));
            row.add(money(o.npv().amount().doubleValue()));
            row.add(o == cheapest ? "cheapest" : "+" + money(o.npv().minus(cheapest.npv()).amount().doubleValue()));
            Optional<OptionResult> ref = reference(w, o);
            row.add(ref.map(x -> breakEvenCell(o, x, oneReference ? "" : " vs " + letters.get(x.name()), starred))
                    .orElse("-"));
            row.add(String.format(Locale.ROOT, "%.4g", o.costPerBlock()));
            row.add(String.format(Locale.ROOT, "%.0f%%", o.utilisation() * 100));
            rows.add(row);
        }
        List<String> dropped = new ArrayList<>();
        List<Integer> keep = fit(columns, rows, wide, 0, dropped);
        StringBuilder sb = new StringBuilder();
        sb.append("Workload ").append(w.workload()).append(System.lineSeparator());
        sb.append(grid(columns, rows, keep, ""));
        boolean breakEvenShown = keep.contains(columns.size() - 3);
        if (!oneReference && !letters.isEmpty() && breakEvenShown) {
            sb.append("break-even: the month the row's cumulative cost falls to that of on-demand cloud:")
                    .append(System.lineSeparator());
            letters.forEach((name, letter) -> sb.append(wrap("  " + letter + " = " + name, "    ")));
        }
        if (starred[0] && breakEvenShown) {
            sb.append(wrap("* the reference was the dearer one until that month: it pays back against the row", "  "));
        }
        sb.append(leftOut(dropped, ""));
        StringBuilder cheap = new StringBuilder(String.format(Locale.ROOT, "Cheapest: %s, NPV %s", cheapest.name(),
                cheapest.npv()));
        if (options.size() > 1) {
            cheap.append(String.format(Locale.ROOT, ", %s less than %s", w.marginOverNextBest(),
                    options.get(1).name()));
        }
        sb.append(wrap(cheap.toString(), "  "));
        for (HybridCurve c : w.hybridCurves()) {
            sb.append(wrap(String.format(Locale.ROOT, "  hybrid %s@%s+%s: optimum %d of 0..%d own servers",
                    c.serverType(), c.site(), c.cloudOffering(), c.optimalServers(), c.maxServers()), "    "));
        }
        for (String e : w.excluded()) {
            sb.append(wrap("  not priced: " + e, "    "));
        }
        return sb.toString();
    }

    private static String own(OptionResult o, boolean wide) {
        if (o.kind() == OptionKind.CLOUD_COMMITTED) {
            List<Integer> k = o.committedInstances();
            if (k.size() == 1) {
                return "K=" + k.get(0);
            }
            if (wide) {
                return "K=" + k;
            }
            int min = k.stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = k.stream().mapToInt(Integer::intValue).max().orElse(0);
            return min == max ? "K=" + min : "K=" + min + ".." + max;
        }
        return o.serverType().isEmpty() ? "" : Integer.toString(o.ownServers());
    }

    /**
     * Every option of every workload as CSV (RFC 4180, comma-separated, a header row): every cost line, totals,
     * break-even against the row's reference, unit cost and utilisation; amounts as plain decimals in the
     * reporting currency.
     */
    static String csv(TcoResult r) {
        List<String> header = new ArrayList<>(List.of("workload", "option", "kind", "server_type", "site",
                "cloud_offering", "own_servers", "committed_instances"));
        for (CostCategory c : CostCategory.values()) {
            header.add(c.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("nominal", "npv", "npv_above_cheapest", "break_even_vs", "break_even_month",
                "break_even_hour", "break_even_dearer_before", "cost_per_block", "cost_block", "utilisation",
                "own_utilisation", "currency"));
        List<List<String>> rows = new ArrayList<>();
        for (WorkloadTco w : r.workloads()) {
            for (OptionResult o : w.options()) {
                List<String> row = new ArrayList<>(List.of(w.workload(), o.name(), o.kind().name(), o.serverType(),
                        o.site(), o.cloudOffering(), Integer.toString(o.ownServers()),
                        o.committedInstances().stream().map(String::valueOf).collect(Collectors.joining(" "))));
                for (CostCategory c : CostCategory.values()) {
                    row.add(o.line(c).nominal().amount().toPlainString());
                }
                row.add(o.nominal().amount().toPlainString());
                row.add(o.npv().amount().toPlainString());
                row.add(o.npv().minus(w.cheapest().npv()).amount().toPlainString());
                Optional<OptionResult> ref = reference(w, o);
                BreakEven b = ref.map(x -> Results.breakEven(o, x)).orElse(null);
                row.add(ref.map(OptionResult::name).orElse(""));
                row.add(b == null ? "" : Integer.toString(b.month()));
                row.add(b == null ? "" : String.format(Locale.ROOT, "%.1f", b.hour()));
                row.add(b == null ? "" : b.dearerBefore());
                row.add(plain(o.costPerBlock()));
                row.add(o.costBlock());
                row.add(plain(o.utilisation()));
                row.add(plain(o.ownUtilisation()));
                row.add(o.currency().getCurrencyCode());
                rows.add(row);
            }
        }
        return csv(header, rows);
    }

    /**
     * A table as CSV: RFC 4180 (comma-separated, CRLF line ends, a cell with a comma, quote or line break quoted and
     * its quotes doubled), the header row first.
     *
     * @throws IllegalArgumentException when a row has not as many cells as the header
     */
    public static String csv(List<String> header, List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, header);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("rows[%d] has %d cells, the header (%s) %d"
                        .formatted(i, rows.get(i).size(), header, header.size()));
            }
            csvLine(sb, rows.get(i));
        }
        return sb.toString();
    }

    /**
     * A number for CSV: plain decimal digits (no exponent, no thousands separator), as short as reads back to
     * the same {@code double}; {@code ""} for NaN, so that a missing value is an empty cell.
     */
    public static String plain(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("an infinite number (%s) has no plain form".formatted(v));
        }
        String s = java.math.BigDecimal.valueOf(v).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * A text table: the header, a rule and the rows, each line starting with {@code indent}; the first column
     * and those {@linkplain Column#withLeftAlignment() made so} left-aligned, the others right-aligned. Unless {@code wide}, columns only for the wide table are left out,
     * and then columns by rising {@link Column#dropRank} until the lines fit {@value #WIDTH} characters; a line
     * after the table says which were left out.
     */
    public static String table(List<Column> columns, List<? extends List<String>> rows, boolean wide,
                               String indent) {
        java.util.Objects.requireNonNull(indent, "indent");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("rows[%d] has %d cells, the columns %d"
                        .formatted(i, rows.get(i).size(), columns.size()));
            }
        }
        List<String> dropped = new ArrayList<>();
        List<Integer> keep = fit(columns, rows, wide, indent.length(), dropped);
        return grid(columns, rows, keep, indent) + leftOut(dropped, indent);
    }

    /** The columns kept, in order; {@code dropped} receives the headers of those left out to fit. */
    private static List<Integer> fit(List<Column> columns, List<? extends List<String>> rows, boolean wide,
                                     int indent, List<String> dropped) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (wide || !columns.get(i).wideOnly()) {
                keep.add(i);
            }
        }
        if (!wide) {
            while (indent + width(columns, rows, keep) > WIDTH) {
                int worst = -1;
                for (int i : keep) {
                    if (columns.get(i).dropRank() < Column.KEEP
                            && (worst < 0 || columns.get(i).dropRank() < columns.get(worst).dropRank())) {
                        worst = i;
                    }
                }
                if (worst < 0) {
                    break; // only the columns that are always kept are left
                }
                keep.remove(Integer.valueOf(worst));
                dropped.add(columns.get(worst).header());
            }
        }
        return keep;
    }

    private static String leftOut(List<String> dropped, String indent) {
        return dropped.isEmpty() ? "" : wrap(indent + "(left out to fit " + WIDTH + " columns: "
                + String.join(", ", dropped) + "; the wide table has every column)", indent + "  ");
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static int[] widths(List<Column> columns, List<? extends List<String>> rows) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).header().length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        return width;
    }

    private static int width(List<Column> columns, List<? extends List<String>> rows, List<Integer> keep) {
        int[] width = widths(columns, rows);
        int sum = 2 * (keep.size() - 1);
        for (int i : keep) {
            sum += width[i];
        }
        return sum;
    }

    private static String grid(List<Column> columns, List<? extends List<String>> rows, List<Integer> keep,
                               String indent) {
        int[] width = widths(columns, rows);
        StringBuilder sb = new StringBuilder();
        line(sb, columns, columns.stream().map(Column::header).toList(), width, keep, indent);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, columns, rule, width, keep, indent);
        rows.forEach(r -> line(sb, columns, r, width, keep, indent));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Column> columns, List<String> cells, int[] width,
                             List<Integer> keep, String indent) {
        sb.append(indent);
        boolean first = true;
        for (int i : keep) {
            String c = cells.get(i);
            if (!first) {
                sb.append("  ");
            }
            boolean left = i == 0 || columns.get(i).leftAligned();
            sb.append(left ? c + " ".repeat(width[i] - c.length()) : " ".repeat(width[i] - c.length()) + c);
            first = false;
        }
        sb.append(System.lineSeparator());
    }

    /**
     * The text broken at spaces into lines of at most {@value #WIDTH} characters, continuation lines indented with
     * {@code indent}; a word longer than a line stays whole. Each line ends with a line separator.
     */
    public static String wrap(String text, String indent) {
        StringBuilder sb = new StringBuilder();
        String rest = text;
        boolean first = true;
        while (true) {
            String line = first ? rest : indent + rest;
            if (line.length() <= WIDTH) {
                sb.append(line).append(System.lineSeparator());
                return sb.toString();
            }
            int cut = line.lastIndexOf(' ', WIDTH);
            int floor = first ? 0 : indent.length();
            if (cut <= floor || line.substring(floor, cut).isBlank()) {
                cut = line.indexOf(' ', WIDTH); // one word longer than the line: keep it whole
                if (cut < 0) {
                    sb.append(line).append(System.lineSeparator());
                    return sb.toString();
                }
            }
            sb.append(line, 0, cut).append(System.lineSeparator());
            rest = line.substring(cut + 1).stripLeading();
            first = false;
        }
    }
}
