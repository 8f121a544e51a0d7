package org.aitco.report;

import java.util.List;
import java.util.Locale;

/**
 * The page around the charts: escaping, numbers, tables, sections. A page carries a Content-Security-Policy that
 * forbids scripts and every network request, so it opens offline and a name that slipped past escaping still
 * could not run.
 */
final class Html {
    private static final String CSS = """
            body{font-family:sans-serif;margin:24px auto;max-width:960px;color:#222;line-height:1.4}
            h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em}
            figure{margin:1em 0}figcaption{color:#555;font-size:.9em;margin:.3em 0}
            svg.chart{max-width:100%;height:auto;background:#fff}
            table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
            td,th{border-bottom:1px solid #e5e5e5;padding:2px 8px;text-align:right}
            td:first-child,th:first-child{text-align:left}
            p.note{color:#555;font-size:.9em}
            """;

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' '); // control characters are not allowed in HTML text
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A number for an axis or a tooltip: 1,234,567 or 0.25. */
    static String number(double v) {
        if (v != 0 && Math.abs(v) < 10) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A short number for an axis tick: 1.5M, 250k, 12, 0.25. */
    static String tick(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return trim(String.format(Locale.ROOT, "%.2f", v / 1e6)) + "M";
        }
        if (a >= 1e4) {
            return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        }
        return trim(String.format(Locale.ROOT, "%.3f", v));
    }

    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + "'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    static String h(int level, String text) {
        return "<h" + level + ">" + escape(text) + "</h" + level + ">\n";
    }

    static String p(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    static String note(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>\n";
    }

    static String figure(String caption, String svg) {
        return "<figure>\n" + svg + "<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n";
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<tr>");
        header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }
}
