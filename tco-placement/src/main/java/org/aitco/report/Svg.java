package org.aitco.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn in Java: line charts with markers, stacked horizontal bars (negative parts to the
 * left of zero) and range bars (a tornado). Every text is escaped; every drawn data element has
 * {@code class="mark"}, so a test can tell that a chart drew something.
 */
final class Svg {
    /** Tableau 10 and two darker tones (the cost lines number 11), readable on white. */
    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f3b5a", "#8c6d1f");

    private static final int WIDTH = 900;

    private Svg() {
    }

    static String color(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    /** A named line: points (x[i], y[i]). */
    record Series(String name, double[] x, double[] y) {
    }

    /** A point to mark on a line chart, with the text shown on hover. */
    record Marker(double x, double y, String text, int series) {
    }

    /** One bar of a stacked bar chart: a label and one value per segment (the chart's segment names). */
    record Bar(String label, double[] values) {
    }

    /** One bar of a range chart: from {@code base} to {@code low} and from {@code base} to {@code high}. */
    record Range(String label, double base, double low, double high, String lowText, String highText) {
    }

    /** A line chart, one polyline per series, markers as circles, a legend at the right. */
    static String lineChart(String id, String xLabel, String yLabel, List<Series> series, List<Marker> markers) {
        int left = 80;
        int right = 250;
        int top = 15;
        int bottom = 45;
        int height = Math.max(320, top + 12 + 18 * series.size() + bottom); // room for every legend entry
        double[] xr = range(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x())).toArray(), false);
        double[] yr = range(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y())).toArray(), true);
        Scale sx = new Scale(xr[0], xr[1], left, WIDTH - right);
        Scale sy = new Scale(yr[0], yr[1], height - bottom, top);
        StringBuilder b = open(id, height);
        axes(b, sx, sy, left, WIDTH - right, top, height - bottom, xLabel, yLabel);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder pts = new StringBuilder();
            for (int k = 0; k < s.x().length; k++) {
                if (Double.isFinite(s.x()[k]) && Double.isFinite(s.y()[k])) {
                    pts.append(f(sx.at(s.x()[k]))).append(',').append(f(sy.at(s.y()[k]))).append(' ');
                }
            }
            b.append("<polyline class=\"mark\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(color(i))
                    .append("\" points=\"").append(pts.toString().strip()).append("\"><title>")
                    .append(Html.escape(s.name())).append("</title></polyline>\n");
        }
        for (Marker m : markers) {
            b.append("<circle class=\"mark marker\" r=\"5\" cx=\"").append(f(sx.at(m.x()))).append("\" cy=\"")
                    .append(f(sy.at(m.y()))).append("\" fill=\"white\" stroke-width=\"2.5\" stroke=\"")
                    .append(color(m.series())).append("\"><title>").append(Html.escape(m.text()))
                    .append("</title></circle>\n");
        }
        legend(b, series.stream().map(Series::name).toList(), WIDTH - right + 15, top);
        return b.append("</svg>\n").toString();
    }

    /** Horizontal stacked bars, one per row; negative values stack to the left of zero. */
    static String stackedBars(String id, List<String> segments, List<Bar> bars, String valueLabel) {
        double lo = 0;
        double hi = 0;
        for (Bar bar : bars) {
            double pos = 0;
            double neg = 0;
            for (double v : bar.values()) {
                if (v > 0) {
                    pos += v;
                } else {
                    neg += v;
                }
            }
            hi = Math.max(hi, pos);
            lo = Math.min(lo, neg);
        }
        Rows frame = rows(id, bars.stream().map(Bar::label).toList(), lo, hi == lo ? lo + 1 : hi, valueLabel,
                segments.size());
        StringBuilder b = frame.svg();
        for (int r = 0; r < bars.size(); r++) {
            Bar bar = bars.get(r);
            double pos = 0;
            double neg = 0;
            for (int s = 0; s < bar.values().length; s++) {
                double v = bar.values()[s];
                if (v == 0 || !Double.isFinite(v)) {
                    continue;
                }
                double from = v > 0 ? pos : neg + v;
                double to = v > 0 ? pos + v : neg;
                if (v > 0) {
                    pos += v;
                } else {
                    neg += v;
                }
                bar(b, frame.sx(), from, to, frame.y(r), ROW - 6, color(s),
                        bar.label() + ": " + segments.get(s) + " " + Html.number(v));
            }
        }
        b.append(line(frame.sx().at(0), ROWS_TOP, frame.sx().at(0), frame.axisY(), "#333"));
        legend(b, segments, WIDTH - ROWS_RIGHT + 15, ROWS_TOP);
        return b.append("</svg>\n").toString();
    }

    /** A tornado: per row a bar from the base value to the value at the input's low and one to its high. */
    static String ranges(String id, List<Range> rows, String valueLabel, String lowName, String highName) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Range r : rows) {
            lo = Math.min(lo, Math.min(r.base(), Math.min(r.low(), r.high())));
            hi = Math.max(hi, Math.max(r.base(), Math.max(r.low(), r.high())));
        }
        Rows frame = rows(id, rows.stream().map(Range::label).toList(), lo, hi, valueLabel, 2);
        StringBuilder b = frame.svg();
        for (int r = 0; r < rows.size(); r++) {
            Range row = rows.get(r);
            bar(b, frame.sx(), row.base(), row.low(), frame.y(r), ROW - 6, color(0), row.label() + ": "
                    + row.lowText());
            bar(b, frame.sx(), row.base(), row.high(), frame.y(r), ROW - 6, color(1), row.label() + ": "
                    + row.highText());
        }
        if (!rows.isEmpty()) {
            double base = rows.get(0).base();
            b.append(line(frame.sx().at(base), ROWS_TOP, frame.sx().at(base), frame.axisY(), "#333"));
        }
        legend(b, List.of(lowName, highName), WIDTH - ROWS_RIGHT + 15, ROWS_TOP);
        return b.append("</svg>\n").toString();
    }

    private static final int ROWS_LEFT = 280;
    private static final int ROWS_RIGHT = 190;
    private static final int ROWS_TOP = 10;
    private static final int ROW = 22;

    /** An open chart of labelled rows over a horizontal value axis. */
    private record Rows(StringBuilder svg, Scale sx, int axisY) {
        double y(int row) {
            return ROWS_TOP + row * ROW + 3;
        }
    }

    private static Rows rows(String id, List<String> labels, double lo, double hi, String valueLabel,
                             int legendEntries) {
        int height = Math.max(ROWS_TOP + ROW * labels.size() + 45, ROWS_TOP + 12 + 18 * legendEntries);
        double[] xr = nice(lo, hi);
        Scale sx = new Scale(xr[0], xr[1], ROWS_LEFT, WIDTH - ROWS_RIGHT);
        StringBuilder b = open(id, height);
        int axisY = ROWS_TOP + ROW * labels.size();
        ticksX(b, sx, ROWS_TOP, axisY);
        b.append(text(ROWS_LEFT + (WIDTH - ROWS_RIGHT - ROWS_LEFT) / 2.0, height - 6, "middle", valueLabel));
        Rows frame = new Rows(b, sx, axisY);
        for (int r = 0; r < labels.size(); r++) {
            b.append(text(ROWS_LEFT - 8, frame.y(r) + 13, "end", shorten(labels.get(r), 44), labels.get(r)));
        }
        return frame;
    }

    private static void bar(StringBuilder b, Scale sx, double from, double to, double y, int h, String fill,
                            String title) {
        double x0 = Math.min(sx.at(from), sx.at(to));
        double x1 = Math.max(sx.at(from), sx.at(to));
        b.append("<rect class=\"mark\" x=\"").append(f(x0)).append("\" y=\"").append(f(y)).append("\" width=\"")
                .append(f(Math.max(1, x1 - x0))).append("\" height=\"").append(h).append("\" fill=\"").append(fill)
                .append("\"><title>").append(Html.escape(title)).append("</title></rect>\n");
    }

    private static StringBuilder open(String id, int height) {
        return new StringBuilder("<svg class=\"chart\" data-chart=\"").append(Html.escape(id))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    }

    private static void axes(StringBuilder b, Scale sx, Scale sy, int x0, int x1, int y0, int y1, String xLabel,
                             String yLabel) {
        ticksX(b, sx, y0, y1);
        for (double t : ticks(sy.lo, sy.hi)) {
            double y = sy.at(t);
            b.append(line(x0, y, x1, y, "#e5e5e5"));
            b.append(text(x0 - 6, y + 4, "end", Html.tick(t)));
        }
        b.append(line(x0, y1, x1, y1, "#333")).append(line(x0, y0, x0, y1, "#333"));
        b.append(text((x0 + x1) / 2.0, y1 + 38, "middle", xLabel));
        b.append("<text transform=\"translate(14,").append(f((y0 + y1) / 2.0)).append(") rotate(-90)\" "
                + "text-anchor=\"middle\">").append(Html.escape(yLabel)).append("</text>\n");
    }

    private static void ticksX(StringBuilder b, Scale sx, int y0, int y1) {
        for (double t : ticks(sx.lo, sx.hi)) {
            double x = sx.at(t);
            b.append(line(x, y0, x, y1, "#e5e5e5"));
            b.append(text(x, y1 + 16, "middle", Html.tick(t)));
        }
    }

    private static void legend(StringBuilder b, List<String> names, int x, int y) {
        for (int i = 0; i < names.size(); i++) {
            double yy = y + 6 + i * 18;
            b.append("<rect x=\"").append(x).append("\" y=\"").append(f(yy)).append("\" width=\"12\" height=\"12\" "
                    + "fill=\"").append(color(i)).append("\"/>");
            b.append(text(x + 18, yy + 10, "start", shorten(names.get(i), 34), names.get(i)));
        }
    }

    private static String line(double x0, double y0, double x1, double y1, String stroke) {
        return "<line x1=\"" + f(x0) + "\" y1=\"" + f(y0) + "\" x2=\"" + f(x1) + "\" y2=\"" + f(y1) + "\" stroke=\""
                + stroke + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">" + Html.escape(text)
                + "</text>\n";
    }

    /** A text cut to its first characters, the whole text on hover. */
    private static String text(double x, double y, String anchor, String shown, String whole) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\"><title>"
                + Html.escape(whole) + "</title>" + Html.escape(shown) + "</text>\n";
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** [lo, hi] of the finite values, widened to nice numbers; with {@code fromZero} it includes 0. */
    private static double[] range(double[] values, boolean fromZero) {
        double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double hi = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 1};
        }
        return nice(lo, hi);
    }

    private static double[] nice(double lo, double hi) {
        if (!(hi > lo)) {
            hi = lo + Math.max(1, Math.abs(lo) * 0.1);
        }
        double step = step(lo, hi);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
    }

    private static double step(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * mag;
    }

    private static List<Double> ticks(double lo, double hi) {
        double step = step(lo, hi);
        List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return t;
    }

    /** A linear map from data to pixels. */
    private record Scale(double lo, double hi, double from, double to) {
        double at(double v) {
            return from + (v - lo) / (hi - lo) * (to - from);
        }
    }
}
