package org.aitco.placement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.aitco.core.input.OutputFile;
import org.aitco.core.model.Scenario;

/**
 * The full placement model of a scenario in CPLEX LP format, for checking a plan with another solver (CBC, HiGHS,
 * SCIP, Gurobi, CPLEX): every slice, integer servers, commitments, part counts and whole cloud instances, costs in
 * the reporting currency, discounted over the horizon (the objective is the plan's total cost).
 *
 * <pre>{@code
 * LpExport.write(scenario, PlacementOptions.defaults(), Path.of("model.lp"));
 * // cbc model.lp solve     or     highs model.lp
 * }</pre>
 *
 * <p>Names: {@code n_pP} servers of owned platform P, {@code m_jJ} instances under commitment option J,
 * {@code z_sS_pP} parts of no-split workload S on platform P, {@code y_pP_tT} whole cloud instances of platform P
 * in slice T (beyond commitments), {@code f_gG_pP_tT} the share of group G's demand on P in T. The file's header
 * comment lists what each P, J, S and G stands for; the rows are described in the documentation of the placement
 * model (docs/placement.md).
 */
public final class LpExport {
    /** Lines of the objective and rows are wrapped after this many characters (CPLEX reads up to 510). */
    private static final int LINE = 120;

    private LpExport() {
    }

    /** The full model of {@code scenario} under {@code options} as CPLEX LP text. */
    public static String toLp(Scenario scenario, PlacementOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(model(scenario, options), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the full model to {@code file}, atomically with the library's one writer ({@link OutputFile}): a
     * temporary file beside it is forced to disk and moved over it only once it is complete, so a failed write
     * leaves any previous file as it was.
     *
     * @throws UncheckedIOException naming the file and the reason when it cannot be written
     */
    public static void write(Scenario scenario, PlacementOptions options, Path file) {
        Objects.requireNonNull(file, "file");
        FullModel model = model(scenario, options);
        OutputFile.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(model, writer);
            writer.flush();
        });
    }

    private static FullModel model(Scenario scenario, PlacementOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        return FullModel.of(new Problem(scenario, options));
    }

    static void write(FullModel model, Writer out) throws IOException {
        Problem pb = model.problem;
        List<FullModel.Var> vars = model.variables();
        out.write("\\ aitco: the full placement model of scenario " + oneLine(pb.scenario.name()) + "\n");
        out.write("\\ %s; objective: discounted cost over the horizon in %s\n".formatted(model,
                pb.scenario.financials().reportingCurrency().getCurrencyCode()));
        out.write("\\ %d slices (each a set of hours of the week, weighted over the horizon)\n"
                .formatted(pb.slices.count));
        for (int p = 0; p < pb.platforms.size(); p++) {
            Problem.Platform pl = pb.platforms.get(p);
            out.write("\\ p%d = %s (%s)\n".formatted(p, oneLine(pl.name()), pl.kind().name().toLowerCase()));
        }
        for (int j = 0; j < pb.commitOptions.size(); j++) {
            Problem.CommitOption c = pb.commitOptions.get(j);
            out.write("\\ j%d = %d-year commitment on p%d, %s upfront\n".formatted(j, c.commitment().termYears(),
                    c.platform(), num(c.commitment().upfrontFraction())));
        }
        for (int s = 0; s < pb.splits.size(); s++) {
            Problem.Split split = pb.splits.get(s);
            out.write("\\ s%d = workload %s in %d equal parts\n".formatted(s,
                    oneLine(pb.scenario.workloads().get(split.workload()).name()), split.parts()));
        }
        for (int g = 0; g < pb.groups.size(); g++) {
            out.write("\\ g%d = %s\n".formatted(g, oneLine(Placement.names(pb, pb.groups.get(g)))));
        }
        out.write("Minimize\n");
        Line line = new Line(out, " obj:");
        boolean any = false;
        for (FullModel.Var v : vars) {
            if (v.cost() != 0) {
                line.term(v.cost(), v.name(), !any);
                any = true;
            }
        }
        if (!any && !vars.isEmpty()) {
            line.term(0, vars.get(0).name(), true);
        }
        line.end("");
        out.write("Subject To\n");
        for (FullModel.Row r : model.rows()) {
            if (r.variables().length == 0) {
                // Only a group that no platform can serve has an empty row: 0 = 1 cannot be written in LP terms.
                throw new IllegalArgumentException(("the model is infeasible: row %s has no variable (a demand no "
                        + "platform can serve); fix the scenario before exporting it").formatted(r.name()));
            }
            if (r.equality()) {
                row(out, r.name(), r, "= " + num(r.upper()), vars);
            } else {
                if (Double.isFinite(r.lower())) {
                    row(out, Double.isFinite(r.upper()) ? r.name() + "_lo" : r.name(), r, ">= " + num(r.lower()), vars);
                }
                if (Double.isFinite(r.upper())) {
                    row(out, Double.isFinite(r.lower()) ? r.name() + "_up" : r.name(), r, "<= " + num(r.upper()), vars);
                }
            }
        }
        out.write("Bounds\n");
        for (FullModel.Var v : vars) {
            if (v.lower() == v.upper()) {
                out.write(" %s = %s\n".formatted(v.name(), num(v.lower())));
            } else {
                out.write(" %s <= %s <= %s\n".formatted(bound(v.lower()), v.name(), bound(v.upper())));
            }
        }
        out.write("Generals\n");
        Line generals = new Line(out, "");
        for (FullModel.Var v : vars) {
            if (v.integer()) {
                generals.word(v.name());
            }
        }
        generals.end("");
        out.write("End\n");
    }

    private static void row(Writer out, String name, FullModel.Row r, String sense, List<FullModel.Var> vars)
            throws IOException {
        Line line = new Line(out, " " + name + ":");
        for (int i = 0; i < r.variables().length; i++) {
            line.term(r.coefficients()[i], vars.get(r.variables()[i]).name(), i == 0);
        }
        line.end(" " + sense);
    }

    /** Writes terms and words, wrapping long lines. */
    private static final class Line {
        private final Writer out;
        private final StringBuilder current;

        Line(Writer out, String start) {
            this.out = out;
            this.current = new StringBuilder(start);
        }

        void term(double coefficient, String name, boolean first) throws IOException {
            String sign = coefficient < 0 ? "-" : first ? "" : "+";
            word((sign.isEmpty() ? "" : sign + " ") + num(Math.abs(coefficient)) + " " + name);
        }

        void word(String w) throws IOException {
            if (current.length() + w.length() + 1 > LINE && !current.toString().isBlank()) {
                out.write(current.append('\n').toString());
                current.setLength(0);
                current.append(' ');
            }
            current.append(' ').append(w);
        }

        void end(String tail) throws IOException {
            out.write(current.append(tail).append('\n').toString());
        }
    }

    private static String bound(double v) {
        return v == Double.POSITIVE_INFINITY ? "+inf" : v == Double.NEGATIVE_INFINITY ? "-inf" : num(v);
    }

    /** A double in plain decimal notation, exactly as Java prints it shortest (no exponent, no loss). */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a coefficient of the model is not finite: " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).toPlainString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
