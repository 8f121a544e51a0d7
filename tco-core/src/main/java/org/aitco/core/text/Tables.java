package org.aitco.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one plain-text table and CSV renderer of the library and its command line (TCO comparison, risk, placement
 * plan, chargeback): {@link #table} lays out rows under {@link Column}s and, unless wide, leaves out the columns a
 * person reads last until the table fits {@value #WIDTH} characters, saying which; {@link #csv} writes RFC 4180
 * with a header row; {@link #wrap} breaks free text at {@value #WIDTH} characters; {@link #plain} writes a number
 * without exponent or thousands separators, for CSV.
 *
 * <p>Internal: the package is exported only to this project's modules (docs/api.md).
 */
public final class Tables {
    /** The width the default tables and text fit. */
    public static final int WIDTH = 120;

    private Tables() {
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
        Laid laid = lay(columns, rows, wide, indent);
        return laid.grid() + laid.leftOut();
    }

    /**
     * A table laid out as {@link #table} does, in parts, for a caller that writes notes between the grid and the
     * line on left-out columns.
     *
     * @param kept    the indices of the columns shown, in order
     * @param grid    the header, the rule and the rows
     * @param leftOut the line that names the columns left out ("" when none)
     */
    public record Laid(List<Integer> kept, String grid, String leftOut) {
    }

    /** The parts of {@link #table}: the columns kept, the grid, and the line naming those left out. */
    public static Laid lay(List<Column> columns, List<? extends List<String>> rows, boolean wide, String indent) {
        java.util.Objects.requireNonNull(indent, "indent");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("rows[%d] has %d cells, the columns %d"
                        .formatted(i, rows.get(i).size(), columns.size()));
            }
        }
        List<String> dropped = new ArrayList<>();
        List<Integer> keep = fit(columns, rows, wide, indent.length(), dropped);
        return new Laid(List.copyOf(keep), grid(columns, rows, keep, indent), leftOut(dropped, indent));
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
