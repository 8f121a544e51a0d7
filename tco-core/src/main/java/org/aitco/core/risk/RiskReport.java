package org.aitco.core.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /** The risk of the option named {@code name}. */
    public OptionRisk option(String name) {
        return options.stream().filter(o -> o.option().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("option (%s) is not in the report; it has %s".formatted(name,
                        options.stream().map(OptionRisk::option).toList())));
    }

    /** The summary as text: options, decision, break-even, tornado and flip points. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Risk of %s: %,d draws, seed %d, %d uncertain inputs, amounts in %s%n".formatted(scenario, draws,
                seed, inputs.size(), currency));
        b.append("%nNPV by option (P5 / P50 / P95), chance of being cheapest, regret (mean / P95)%n".formatted());
        int w = Math.max(6, options.stream().mapToInt(o -> o.option().length()).max().orElse(6));
        b.append(("  %-" + w + "s %14s %14s %14s %14s %8s %12s %12s%n").formatted("option", "base", "P5", "P50",
                "P95", "cheapest", "regret", "regret P95"));
        for (OptionRisk o : options) {
            b.append(("  %-" + w + "s %,14.0f %,14.0f %,14.0f %,14.0f %7.1f%% %,12.0f %,12.0f%s%n").formatted(
                    o.option(), o.baseNpv(), o.npv().p5(), o.npv().p50(), o.npv().p95(),
                    100 * o.probabilityCheapest(), o.meanRegret(), o.p95Regret(),
                    o.availableShare() < 1 ? "  (serves %.1f%% of draws)".formatted(100 * o.availableShare()) : ""));
        }
        Decision d = decision;
        b.append("%nDecision: %s against %s%n".formatted(d.first(), d.second()));
        b.append("  NPV difference (first - second): base %,.0f; P5 %,.0f, P50 %,.0f, P95 %,.0f%n".formatted(
                d.baseDifference(), d.difference().p5(), d.difference().p50(), d.difference().p95()));
        b.append("  %s is cheaper in %.1f%% of the draws%n".formatted(d.first(), 100 * d.probabilityFirstCheaper()));
        b.append("  break-even within the horizon in %.1f%% of the draws".formatted(
                100 * breakEven.shareWithinHorizon()));
        breakEven.month().ifPresent(m -> b.append("; month P5 %.0f, P50 %.0f, P95 %.0f".formatted(m.p5(), m.p50(),
                m.p95())));
        b.append("%n%nTornado: NPV difference with one input at its low / high value%n".formatted());
        int iw = Math.max(5, tornado.stream().mapToInt(t -> t.input().length()).max().orElse(5));
        for (TornadoBar t : tornado) {
            b.append(("  %-" + iw + "s %12.6g -> %,14.0f   %12.6g -> %,14.0f   swing %,.0f%n").formatted(t.input(),
                    t.low(), t.differenceAtLow(), t.high(), t.differenceAtHigh(), t.swing()));
        }
        b.append("%nFlip points (one input moving, the others as given)%n".formatted());
        for (FlipPoint f : flips) {
            b.append("  ").append(f).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** The report as JSON (pretty-printed); an absent value (no flip, no break-even) is {@code null}. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario).put("currency", currency).put("draws", draws).put("seed", seed);
        ArrayNode in = root.putArray("inputs");
        for (UncertainInput i : inputs) {
            in.addObject().put("path", i.path()).put("distribution", i.distribution().toString())
                    .put("note", i.note());
        }
        ArrayNode opts = root.putArray("options");
        for (OptionRisk o : options) {
            ObjectNode n = opts.addObject().put("option", o.option()).put("family", o.family())
                    .put("baseNpv", o.baseNpv()).put("availableShare", o.availableShare());
            summary(n.putObject("npv"), o.npv());
            n.put("probabilityCheapest", o.probabilityCheapest()).put("meanRegret", o.meanRegret())
                    .put("p95Regret", o.p95Regret());
            histogram(n.putObject("histogram"), o.histogram());
        }
        ObjectNode dn = root.putObject("decision").put("first", decision.first()).put("second", decision.second())
                .put("baseDifference", decision.baseDifference());
        summary(dn.putObject("difference"), decision.difference());
        dn.put("probabilityFirstCheaper", decision.probabilityFirstCheaper());
        histogram(dn.putObject("histogram"), decision.histogram());
        ObjectNode be = root.putObject("breakEven").put("first", breakEven.first()).put("second", breakEven.second())
                .put("shareWithinHorizon", breakEven.shareWithinHorizon());
        optional(be, "month", breakEven.month());
        histogram(be.putObject("histogram"), breakEven.histogram());
        ArrayNode tn = root.putArray("tornado");
        for (TornadoBar t : tornado) {
            tn.addObject().put("input", t.input()).put("base", t.base()).put("low", t.low()).put("high", t.high())
                    .put("differenceAtLow", t.differenceAtLow()).put("differenceAtHigh", t.differenceAtHigh())
                    .put("swing", t.swing());
        }
        ArrayNode fn = root.putArray("flips");
        for (FlipPoint f : flips) {
            ObjectNode n = fn.addObject().put("input", f.input()).put("low", f.low()).put("high", f.high());
            OptionalDouble v = f.value();
            if (v.isPresent()) {
                n.put("value", v.getAsDouble());
            } else {
                n.putNull("value");
            }
            n.put("cheaperBelow", f.cheaperBelow()).put("cheaperAbove", f.cheaperAbove());
        }
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static void summary(ObjectNode n, Summary s) {
        n.put("mean", s.mean()).put("p5", s.p5()).put("p50", s.p50()).put("p95", s.p95());
    }

    private static void optional(ObjectNode parent, String field, Optional<Summary> s) {
        if (s.isPresent()) {
            summary(parent.putObject(field), s.get());
        } else {
            parent.putNull(field);
        }
    }

    private static void histogram(ObjectNode n, Histogram h) {
        ArrayNode e = n.putArray("edges");
        h.edges().forEach(e::add);
        ArrayNode c = n.putArray("counts");
        h.counts().forEach(c::add);
    }

    @Override
    public String toString() {
        return "RiskReport[%s: %d draws, %d options, %s vs %s, %s cheaper in %.1f%%]".formatted(scenario, draws,
                options.size(), decision.first(), decision.second(), decision.first(),
                100 * decision.probabilityFirstCheaper());
    }
}
