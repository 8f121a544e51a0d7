package org.aitco.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aitco.core.json.ReportJson;
import org.aitco.core.text.Tables;

/**
 * The result of a risk analysis: per option the NPV distribution, the chance of being cheapest and the regret;
 * the decision between the two leading options with its break-even month; the tornado and the flip points.
 * Immutable and made of plain records, ready for plotting; {@link #toText()} is the summary a person reads,
 * {@link #toJson()} the same for programs.
 *
 * @param scenario  the scenario's name
 * @param currency  the currency of every amount (ISO code)
 * @param draws     Monte Carlo draws
 * @param seed      the seed they came from
 * @param inputs    the uncertain inputs
 * @param options   every option that could serve the scenario as given, in the evaluator's order
 * @param decision  the leading option against the cheapest of another family
 * @param breakEven the break-even month of that pair
 * @param tornado   one bar per input, widest swing first
 * @param flips     one flip point per input, in tornado order
 */
public record RiskReport(String scenario, String currency, int draws, long seed, List<UncertainInput> inputs,
                         List<OptionRisk> options, Decision decision, BreakEvenRisk breakEven,
                         List<TornadoBar> tornado, List<FlipPoint> flips) {

    public RiskReport {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(currency, "currency");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(breakEven, "breakEven");
        tornado = List.copyOf(Objects.requireNonNull(tornado, "tornado"));
        flips = List.copyOf(Objects.requireNonNull(flips, "flips"));
    }

    /** The risk of the option named {@code name}, or of the merged options it is one of. */
    public OptionRisk option(String name) {
        return options.stream().filter(o -> o.option().equals(name) || o.members().contains(name)).findFirst()
                .orElseThrow(() ->
                new IllegalArgumentException("option (%s) is not in the report; it has %s".formatted(name,
                        options.stream().map(OptionRisk::option).toList())));
    }

    /**
     * The summary as text that fits {@value Tables#WIDTH} columns: options, decision, break-even, tornado and flip
     * points; where a table would be wider, the columns a person reads last are left out and the text says which.
     */
    public String toText() {
        return text(false);
    }

    /** The same as {@link #toText()} with every column of every table, lines as long as they come. */
    public String toWideText() {
        return text(true);
    }

    private String text(boolean wide) {
        StringBuilder b = new StringBuilder();
        b.append(line(wide, "Risk of %s: %,d draws, seed %d, %d uncertain inputs, amounts in %s".formatted(scenario,
                draws, seed, inputs.size(), currency), "  "));
        b.append(System.lineSeparator());
        b.append(line(wide, "NPV by option (P5 / P50 / P95), chance of being cheapest, regret (mean / P95)", "  "));
        boolean partial = options.stream().anyMatch(o -> o.availableShare() < 1);
        List<Tables.Column> columns = new ArrayList<>(List.of(Tables.Column.kept("option"),
                Tables.Column.droppable("base", 4), Tables.Column.droppable("P5", 2), Tables.Column.kept("P50"),
                Tables.Column.droppable("P95", 3), Tables.Column.kept("cheapest"), Tables.Column.droppable("regret", 5),
                Tables.Column.droppable("regret P95", 1)));
        if (partial) {
            columns.add(Tables.Column.droppable("serves", 6));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (OptionRisk o : options) {
            String label = o.option();
            if (!wide && label.length() > MERGED_LABEL) {
                // a long merged name gets a letter; the members are listed under the table
                String letter = String.valueOf((char) ('a' + legend.size() % 26)) + (legend.size() >= 26
                        ? Integer.toString(legend.size() / 26) : "");
                label = "%s = %d more (%s)".formatted(o.members().get(0), o.members().size() - 1, letter);
                legend.add("  (" + letter + ") " + o.option());
            }
            List<String> row = new ArrayList<>(List.of(label, money(o.baseNpv()), money(o.npv().p5()),
                    money(o.npv().p50()), money(o.npv().p95()), "%.1f%%".formatted(100 * o.probabilityCheapest()),
                    money(o.meanRegret()), money(o.p95Regret())));
            if (partial) {
                row.add("%.1f%%".formatted(100 * o.availableShare()));
            }
            rows.add(row);
        }
        b.append(Tables.table(columns, rows, wide, "  "));
        if (partial) {
            b.append(line(wide, "  serves: share of the draws in which the option can serve the load; its figures "
                    + "are over those draws", "    "));
        }
        if (options.stream().anyMatch(o -> o.members().size() > 1)) {
            b.append(line(wide, "  x = y: x and y have the same cash flows in the scenario as given and the same NPV "
                    + "in every draw: one row", "    "));
            legend.forEach(l -> b.append(line(wide, l, "      ")));
        }
        Decision d = decision;
        b.append(System.lineSeparator());
        b.append(line(wide, "Decision: %s against %s".formatted(d.first(), d.second()), "  "));
        b.append(line(wide, "  NPV difference (first - second): base %,.0f; P5 %,.0f, P50 %,.0f, P95 %,.0f".formatted(
                d.baseDifference(), d.difference().p5(), d.difference().p50(), d.difference().p95()), "    "));
        b.append(line(wide, "  %s is cheaper in %.1f%% of the draws".formatted(d.first(),
                100 * d.probabilityFirstCheaper()), "    "));
        StringBuilder be = new StringBuilder("  break-even within the horizon in %.1f%% of the draws".formatted(
                100 * breakEven.shareWithinHorizon()));
        breakEven.month().ifPresent(m -> be.append("; month P5 %.0f, P50 %.0f, P95 %.0f".formatted(m.p5(), m.p50(),
                m.p95())));
        b.append(line(wide, be.toString(), "    "));
        b.append(System.lineSeparator());
        b.append(line(wide, "Tornado: NPV difference with one input at its low / high value", "  "));
        List<Tables.Column> tc = List.of(Tables.Column.kept("input"), Tables.Column.droppable("low", 1),
                Tables.Column.kept("at low"), Tables.Column.droppable("high", 2), Tables.Column.kept("at high"),
                Tables.Column.kept("swing"));
        List<List<String>> tr = new ArrayList<>();
        for (TornadoBar t : tornado) {
            tr.add(List.of(t.input(), "%.6g".formatted(t.low()), money(t.differenceAtLow()), "%.6g".formatted(t.high()),
                    money(t.differenceAtHigh()), money(t.swing())));
        }
        b.append(Tables.table(tc, tr, wide, "  "));
        b.append(System.lineSeparator());
        b.append(line(wide, "Flip points (one input moving, the others as given)", "  "));
        for (FlipPoint f : flips) {
            b.append(line(wide, "  " + f, "    "));
        }
        return b.toString();
    }

    /** The longest merged option name the default table shows whole. */
    private static final int MERGED_LABEL = 60;

    /** A line of free text: as it is when wide, else wrapped at {@value Tables#WIDTH} columns. */
    private static String line(boolean wide, String text, String indent) {
        return wide ? text + System.lineSeparator() : Tables.wrap(text, indent);
    }

    private static String money(double v) {
        return String.format(java.util.Locale.ROOT, "%,.0f", v);
    }

    /**
     * The options table as CSV (RFC 4180, a header row): per option its members, family, NPV in the scenario as
     * given and over the draws, the chance of being cheapest and the regret; amounts are plain numbers in the
     * report's currency, named in the header, shares are fractions (0.5 for 50 %).
     */
    public String toCsv() {
        String c = "_" + currency;
        List<String> header = List.of("option", "members", "family", "base_npv" + c, "available_share",
                "npv_mean" + c, "npv_p5" + c, "npv_p50" + c, "npv_p95" + c, "probability_cheapest",
                "mean_regret" + c, "p95_regret" + c);
        List<List<String>> rows = new ArrayList<>();
        for (OptionRisk o : options) {
            rows.add(List.of(o.option(), String.join(" ", o.members()), o.family(), Tables.plain(o.baseNpv()),
                    Tables.plain(o.availableShare()), Tables.plain(o.npv().mean()), Tables.plain(o.npv().p5()),
                    Tables.plain(o.npv().p50()), Tables.plain(o.npv().p95()), Tables.plain(o.probabilityCheapest()),
                    Tables.plain(o.meanRegret()), Tables.plain(o.p95Regret())));
        }
        return Tables.csv(header, rows);
    }

    /**
     * The report as JSON (pretty-printed), written by {@link ReportJson} as every result of the library: records
     * by their components, an input's distribution as its text ({@code "lognormal(median 1.0, sigma 0.2)"}), a
     * tornado bar with its swing, an absent value (no flip, no break-even) as {@code null}.
     */
    public String toJson() {
        return ReportJson.toJson(this);
    }

    @Override
    public String toString() {
        return "RiskReport[%s: %d draws, %d options, %s vs %s, %s cheaper in %.1f%%]".formatted(scenario, draws,
                options.size(), decision.first(), decision.second(), decision.first(),
                100 * decision.probabilityFirstCheaper());
    }
}
