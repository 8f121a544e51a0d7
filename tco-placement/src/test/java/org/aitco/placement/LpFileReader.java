package org.aitco.placement;

import com.google.ortools.modelbuilder.LinearExpr;
import com.google.ortools.modelbuilder.LinearExprBuilder;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A second reading of a CPLEX LP file, written for the tests independently of {@link LpExport} (OR-Tools' own LP
 * parser reads another dialect): sections Minimize, Subject To, Bounds, Generals, End; {@code \} comments; terms
 * {@code [+|-] [coefficient] name}; senses {@code <=, >=, =} (also {@code =<, =>}); bounds {@code l <= x <= u},
 * {@code x = v}, {@code x >= l}, {@code x <= u}, {@code x free}, with {@code -inf, +inf}. Variables default to
 * {@code [0, +inf)} as in CPLEX. The model goes into an OR-Tools {@link ModelBuilder}.
 */
final class LpFileReader {
    /** The model read: its variables by name, in order of first appearance. */
    record Read(ModelBuilder model, Map<String, Variable> variables) {
        Variable[] array() {
            return variables.values().toArray(new Variable[0]);
        }
    }

    private final Map<String, double[]> bounds = new LinkedHashMap<>();
    private final Map<String, Boolean> integer = new LinkedHashMap<>();
    private final Map<String, Double> objective = new LinkedHashMap<>();
    private final List<Object[]> rows = new ArrayList<>();

    private LpFileReader() {
    }

    static Read read(String text) {
        Oracle.load();
        return new LpFileReader().parse(text);
    }

    private Read parse(String text) {
        String section = null;
        StringBuilder statement = new StringBuilder();
        for (String raw : text.split("\n")) {
            int comment = raw.indexOf('\\');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            String header = switch (lower) {
                case "minimize", "minimise", "min" -> "objective";
                case "subject to", "st", "s.t.", "such that" -> "rows";
                case "bounds", "bound" -> "bounds";
                case "generals", "general", "gen" -> "generals";
                case "end" -> "end";
                default -> null;
            };
            if (header != null) {
                flush(section, statement);
                section = header;
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("text before the objective: " + line);
            }
            switch (section) {
                case "objective", "rows" -> {
                    // a new statement starts with "name:"; a line without one continues the previous statement
                    if (line.matches("^[A-Za-z_][^:\\s]*:.*") && !statement.isEmpty()) {
                        flush(section, statement);
                    }
                    statement.append(' ').append(line);
                }
                case "bounds" -> bound(line);
                case "generals" -> {
                    for (String name : line.split("\\s+")) {
                        declare(name);
                        integer.put(name, true);
                    }
                }
                default -> throw new IllegalArgumentException("text after End: " + line);
            }
        }
        flush(section, statement);
        ModelBuilder mb = new ModelBuilder();
        Map<String, Variable> vars = new LinkedHashMap<>();
        bounds.forEach((name, b) -> vars.put(name, mb.newVar(b[0], b[1], integer.getOrDefault(name, false), name)));
        LinearExprBuilder obj = LinearExpr.newBuilder();
        objective.forEach((name, c) -> obj.addTerm(vars.get(name), c));
        mb.minimize(obj);
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Double> terms = (Map<String, Double>) row[0];
            LinearExprBuilder e = LinearExpr.newBuilder();
            terms.forEach((name, c) -> e.addTerm(vars.get(name), c));
            double rhs = (double) row[2];
            switch ((String) row[1]) {
                case "<=" -> mb.addLinearConstraint(e, Double.NEGATIVE_INFINITY, rhs);
                case ">=" -> mb.addLinearConstraint(e, rhs, Double.POSITIVE_INFINITY);
                default -> mb.addLinearConstraint(e, rhs, rhs);
            }
        }
        return new Read(mb, vars);
    }

    private void flush(String section, StringBuilder statement) {
        String s = statement.toString().trim();
        statement.setLength(0);
        if (s.isEmpty()) {
            return;
        }
        int colon = s.indexOf(':');
        String body = colon >= 0 ? s.substring(colon + 1) : s;
        if ("objective".equals(section)) {
            terms(body).forEach((name, c) -> objective.merge(name, c, Double::sum));
            return;
        }
        String[] parts = body.split("(<=|>=|=<|=>|=)", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a row without a sense: " + s);
        }
        String sense = body.substring(parts[0].length()).replaceAll("^(<=|=<).*", "<=").replaceAll("^(>=|=>).*", ">=")
                .replaceAll("^=.*", "=");
        rows.add(new Object[] {terms(parts[0]), sense.startsWith("<") ? "<=" : sense.startsWith(">") ? ">=" : "=",
                Double.parseDouble(parts[1].trim())});
    }

    private Map<String, Double> terms(String text) {
        Map<String, Double> terms = new LinkedHashMap<>();
        String[] tokens = text.trim().split("\\s+");
        double sign = 1;
        Double coefficient = null;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("+") || t.equals("-")) {
                sign = t.equals("-") ? -1 : 1;
            } else if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
                coefficient = Double.parseDouble(t);
            } else {
                declare(t);
                terms.merge(t, sign * (coefficient == null ? 1 : coefficient), Double::sum);
                sign = 1;
                coefficient = null;
            }
        }
        return terms;
    }

    private void bound(String line) {
        String[] t = line.split("\\s+");
        if (t.length == 5 && t[1].equals("<=") && t[3].equals("<=")) {
            declare(t[2]);
            bounds.get(t[2])[0] = value(t[0]);
            bounds.get(t[2])[1] = value(t[4]);
        } else if (t.length == 3) {
            declare(t[0]);
            double v = value(t[2]);
            switch (t[1]) {
                case "=" -> bounds.put(t[0], new double[] {v, v});
                case ">=" -> bounds.get(t[0])[0] = v;
                case "<=" -> bounds.get(t[0])[1] = v;
                default -> throw new IllegalArgumentException("a bound not understood: " + line);
            }
        } else if (t.length == 2 && t[1].equalsIgnoreCase("free")) {
            declare(t[0]);
            bounds.put(t[0], new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
        } else {
            throw new IllegalArgumentException("a bound not understood: " + line);
        }
    }

    private static double value(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "+inf", "inf", "+infinity", "infinity" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private void declare(String name) {
        bounds.computeIfAbsent(name, n -> new double[] {0, Double.POSITIVE_INFINITY});
    }
}
