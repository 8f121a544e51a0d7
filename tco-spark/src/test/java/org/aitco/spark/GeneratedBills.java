package org.aitco.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random FOCUS bills for the Spark-versus-local tests: exact decimals of up to 12 places, credits, several months,
 * currencies, providers, owners (tag keys in varying case and spacing), shared owners, unused commitments,
 * accelerator SKUs with hours, the date formats real exports write, and bad rows of every kind the reader rejects.
 */
final class GeneratedBills {
    static final List<String> HEADER = List.of("BilledCost", "EffectiveCost", "ChargePeriodStart", "ChargePeriodEnd",
            "BillingCurrency", "ProviderName", "ServiceCategory", "SkuId", "ConsumedQuantity", "ConsumedUnit",
            "CommitmentDiscountStatus", "Tags", "x_Note");
    /** Policies for the bills: two currencies, a shared owner, one accelerator SKU. */
    static final String CONFIG = """
            {"tagKey": "business_unit", "reportingCurrency": "USD", "exchangeRates": {"EUR/USD": 1.0837},
             "shared": {"policy": "proportional", "ownerValues": ["shared"]},
             "cloudAccelerators": [{"match": "g5.4xlarge", "acceleratorsPerUnit": 1, "platform": "aws:g5.4xlarge"}]}
            """;
    private static final String[] OWNERS = {"ViennaAI", "TempeAI", "LipaData", "shared"};
    private static final String[] KEYS = {"business_unit", " Business_Unit", "BUSINESS_UNIT "};

    private GeneratedBills() {
    }

    /** {@code rows} data rows (some bad when {@code withBadRows}), each a list of cells, null for an empty cell. */
    static List<List<String>> rows(long seed, int rows, boolean withBadRows) {
        Random r = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> c = new ArrayList<>();
            boolean gpu = r.nextInt(10) == 0;
            int month = 8 + r.nextInt(3);
            int day = 1 + r.nextInt(28);
            int hour = r.nextInt(24);
            String start = switch (r.nextInt(4)) {
                case 0 -> "2024-%02d-%02dT%02d:00:00Z".formatted(month, day, hour);
                case 1 -> "2024-%02d-%02d %02d:00:00".formatted(month, day, hour);
                case 2 -> "2024-%02d-%02d".formatted(month, day);
                default -> "%d/%d/24".formatted(month, day);
            };
            boolean dateOnly = !start.contains(":");
            String end = dateOnly ? "2024-%02d-%02dT00:00:00Z".formatted(month, day + 1)
                    : "2024-%02d-%02dT%02d:00:00Z".formatted(month, day + 1, hour);
            c.add(amount(r));
            c.add(amount(r));
            c.add(start);
            c.add(end);
            c.add(r.nextInt(5) == 0 ? "EUR" : "USD");
            c.add(new String[] {"AWS", "Microsoft", "Oracle", null}[r.nextInt(4)]);
            c.add(new String[] {"Compute", "Storage", "AI and Machine Learning", null}[r.nextInt(4)]);
            c.add(gpu ? "g5.4xlarge-ondemand" : "sku-" + r.nextInt(50));
            c.add(gpu ? "%d.%02d".formatted(r.nextInt(24), r.nextInt(100)) : null);
            c.add(gpu ? "Hours" : null);
            c.add(r.nextInt(25) == 0 ? "Unused" : r.nextInt(3) == 0 ? "Used" : "NULL");
            int t = r.nextInt(6);
            c.add(t == 0 ? null : t == 1 ? "{\"team\": \"x\"}"
                    : "{\"%s\": \"%s\", \"env\": \"prod\"}".formatted(KEYS[r.nextInt(KEYS.length)],
                            OWNERS[r.nextInt(OWNERS.length)]));
            c.add("note, with a comma and \"quotes\"");
            if (withBadRows && r.nextInt(40) == 0) {
                switch (r.nextInt(6)) {
                    case 0 -> c.set(0, "12,5x");
                    case 1 -> c.set(2, "2023-02-01T30:00:00Z");
                    case 2 -> c.set(3, "2024-07-01T00:00:00Z"); // before every start
                    case 3 -> c.set(11, "not json");
                    case 4 -> c.set(4, "usd");
                    default -> c.remove(12); // a cell short
                }
            }
            out.add(c);
        }
        return out;
    }

    private static String amount(Random r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return "-" + r.nextInt(100) + "." + r.nextInt(100);
        }
        if (kind == 1) {
            return "$%,d.%02d".formatted(r.nextInt(20_000), r.nextInt(100));
        }
        // up to 12 decimals, trailing zeros kept as exports write them (0.00000080000)
        StringBuilder s = new StringBuilder().append(r.nextInt(kind == 2 ? 5000 : 3)).append('.');
        int places = 1 + r.nextInt(12);
        for (int i = 0; i < places; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    /** Writes rows as CSV, every cell quoted, empty cells unquoted. */
    static Path write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder s = new StringBuilder(String.join(",", header)).append('\n');
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                String v = row.get(i);
                if (v != null) {
                    s.append('"').append(v.replace("\"", "\"\"")).append('"');
                }
            }
            s.append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }
}
