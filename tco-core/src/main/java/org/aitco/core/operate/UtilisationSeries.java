package org.aitco.core.operate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measured accelerator utilisation of on-prem servers, as exported from DCGM ({@code DCGM_FI_DEV_GPU_UTIL}):
 * a CSV with the columns {@code timestamp, server, gpu, utilisation}, utilisation in percent from 0 to 100.
 *
 * <p>Only the mean per server and month is kept: the share of the time an accelerator was busy.
 */
final class UtilisationSeries {
    private final Map<String, double[]> sumAndCount = new TreeMap<>();
    private final List<RowRejection> rejections = new ArrayList<>();
    private long rowsRead;
    private double largest;
    private boolean fractional;

    private static String key(String server, YearMonth period) {
        return server + "@" + period;
    }

    /** The mean utilisation (0..1) of a server in a month, or -1 when there are no samples. */
    double mean(String server, YearMonth period) {
        double[] sc = sumAndCount.get(key(server, period));
        return sc == null ? -1 : sc[0] / sc[1] / 100.0;
    }

    /** Samples of the month over all the given servers, as {sum of fractions, count}. */
    double[] samples(List<String> servers, YearMonth period) {
        double sum = 0;
        double count = 0;
        for (String s : servers) {
            double[] sc = sumAndCount.get(key(s, period));
            if (sc != null) {
                sum += sc[0] / 100.0;
                count += sc[1];
            }
        }
        return new double[] {sum, count};
    }

    List<RowRejection> rejections() {
        return rejections;
    }

    long rowsRead() {
        return rowsRead;
    }

    static UtilisationSeries read(Path file) {
        UtilisationSeries series = new UtilisationSeries();
        String name = file.toString();
        int[][] col = new int[1][];
        CsvTable.read(file, (line, cells) -> {
            series.rowsRead++;
            int[] c = col[0];
            if (cells.length != c[4]) {
                series.rejections.add(new RowRejection(name, line, "(row)", cells.length + " cells",
                        "must have %d cells, one per header column".formatted(c[4])));
                return;
            }
            try {
                Instant t = Cells.instant(cells, c[0], "timestamp");
                String server = Cells.text(cells, c[1]);
                if (server == null) {
                    throw new Cells.BadCell("server", cells[c[1]], "must name a server, not be empty");
                }
                double u = Cells.decimal(cells, c[3], "utilisation").doubleValue();
                if (!(u >= 0 && u <= 100)) {
                    throw new Cells.BadCell("utilisation", cells[c[3]].trim(),
                            "must be a percentage from 0 to 100 (DCGM_FI_DEV_GPU_UTIL)");
                }
                series.largest = Math.max(series.largest, u);
                series.fractional |= u != Math.rint(u);
                YearMonth period = YearMonth.from(t.atOffset(ZoneOffset.UTC));
                double[] sc = series.sumAndCount.computeIfAbsent(key(server, period), k -> new double[2]);
                sc[0] += u;
                sc[1] += 1;
            } catch (Cells.BadCell e) {
                series.rejections.add(new RowRejection(name, line, e.column, e.value, e.reason));
            }
        }, t -> {
            String[] names = {"timestamp", "server", "gpu", "utilisation"};
            int[] c = new int[5];
            for (int i = 0; i < names.length; i++) {
                c[i] = t.column(names[i]);
                if (c[i] < 0) {
                    throw new ChargebackInputException(file, "header", "the utilisation column %s is missing "
                            .formatted(names[i]) + "(columns found: " + String.join(",", t.header()) + ")");
                }
            }
            c[4] = t.width();
            col[0] = c;
        });
        // Units check: percent 0..100 is expected; a file whose every value lies in 0..1 with decimals holds
        // fractions (DCGM_FI_PROF_GR_ENGINE_ACTIVE is 0..1), which would read as about 1 % busy.
        if (series.largest > 0 && series.largest <= 1 && series.fractional) {
            throw new ChargebackInputException(file, "column utilisation", ("every value is between 0 and 1 (the "
                    + "largest is %s): fractions, not percent. The column is percent from 0 to 100 "
                    + "(DCGM_FI_DEV_GPU_UTIL); multiply the values by 100").formatted(series.largest));
        }
        return series;
    }
}
