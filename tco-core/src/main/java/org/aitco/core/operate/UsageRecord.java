package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one workload consumed on one platform in one month: accelerator-hours, tokens and requests.
 *
 * <p>The usage CSV has the columns {@code owner, tags, platform, period, acceleratorHours, tokens, requests}; the
 * owner is the {@code owner} cell, else the configured tag key in {@code tags} (a JSON object), else
 * {@value Chargeback#UNALLOCATED}.
 */
record UsageRecord(long line, String owner, String platform, YearMonth period, BigDecimal acceleratorHours,
        long tokens, long requests) {

    /** This record with the platform spelt {@code name} (the spelling of the pools or policy file). */
    UsageRecord onPlatform(String name) {
        return name.equals(platform) ? this
                : new UsageRecord(line, owner, name, period, acceleratorHours, tokens, requests);
    }

    /** The usable records of a usage file, and the rejected ones. */
    record Read(List<UsageRecord> records, List<RowRejection> rejections) {
    }

    static Read read(Path file, String tagKey) {
        List<UsageRecord> records = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        String name = file.toString();
        int[][] col = new int[1][];
        CsvTable.read(file, (line, cells) -> {
            int[] c = col[0];
            if (cells.length != c[7]) {
                rejections.add(new RowRejection(name, line, "(row)", cells.length + " cells",
                        "must have %d cells, one per header column".formatted(c[7])));
                return;
            }
            try {
                String owner = Cells.text(cells, c[0]);
                if (owner == null) {
                    Map<String, String> tags = c[1] < 0 ? Map.of() : Tags.parse(cells[c[1]], "tags");
                    owner = Tags.owner(tags, tagKey);
                }
                String platform = Cells.text(cells, c[2]);
                if (platform == null) {
                    throw new Cells.BadCell("platform", cells[c[2]], "must name a platform, not be empty");
                }
                records.add(new UsageRecord(line, owner == null ? Chargeback.UNALLOCATED : owner, platform,
                        Cells.period(cells, c[3], "period"), Cells.quantity(cells, c[4], "acceleratorHours"),
                        Cells.count(cells, c[5], "tokens"), Cells.count(cells, c[6], "requests")));
            } catch (Cells.BadCell e) {
                rejections.add(new RowRejection(name, line, e.column, e.value, e.reason));
            }
        }, t -> {
            String[] names = {"owner", "tags", "platform", "period", "acceleratorHours", "tokens", "requests"};
            int[] c = new int[8];
            for (int i = 0; i < names.length; i++) {
                c[i] = t.column(names[i]);
            }
            for (int i : new int[] {2, 3}) {
                if (c[i] < 0) {
                    throw new ChargebackInputException(file, "header", "the usage column %s is missing (columns "
                            .formatted(names[i]) + "found: " + String.join(",", t.header()) + ")");
                }
            }
            if (c[0] < 0 && c[1] < 0) {
                throw new ChargebackInputException(file, "header",
                        "the usage file needs an owner column or a tags column (columns found: %s)"
                                .formatted(String.join(",", t.header())));
            }
            c[7] = t.width();
            col[0] = c;
        });
        return new Read(records, rejections);
    }
}
