package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aitco.core.money.Currencies;
import org.aitco.core.operate.shared.FocusData;

/**
 * A reader of cloud cost exports in the FinOps Open Cost and Usage Specification (FOCUS) CSV format, versions 1.0
 * to 1.2, built on jackson-dataformat-csv.
 *
 * <p>It accepts what real exports contain: timestamps with or without {@code T} and {@code Z}, {@code NULL} or
 * empty cells for nulls, columns in any order, extra non-standard columns (ignored), a byte-order mark, blank
 * lines, CRLF line ends. Mandatory columns are BilledCost, EffectiveCost, ChargePeriodStart, ChargePeriodEnd and
 * BillingCurrency (unless the caller gives a currency for files without it, as the FOCUS 1.2 commitment examples
 * are); a file without one is an error. A row that cannot be read (a number or date that does not parse, a wrong
 * number of cells, Tags that are not a JSON object, an end before the start) is rejected with its line and
 * column, and the other rows are still read.
 *
 * <p>Package-private: the chargeback reads FOCUS files through it; tco-spark reaches it through
 * {@link org.aitco.core.operate.shared.FocusKit}.
 */
final class FocusReader {
    private FocusReader() {
    }

    /**
     * Reads a FOCUS CSV file that has a BillingCurrency column.
     *
     * @throws ChargebackInputException if a mandatory column is missing or the file is not CSV
     */
    static FocusData read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a FOCUS CSV file; rows without a BillingCurrency (the column absent or the cell empty) are in
     * {@code currencyIfAbsent}.
     *
     * @param currencyIfAbsent the currency of rows that do not state one, or null to require BillingCurrency
     */
    static FocusData read(Path file, Currency currencyIfAbsent) {
        Objects.requireNonNull(file, "file");
        Collected c = FocusStream.read(file, currencyIfAbsent, 1, FocusStream.Limits.DEFAULT, null, Collected::new,
                Collected::addAll);
        return new FocusData(file.toString(), c.rows, c.rejections);
    }

    /** The rows and rejections of a file, in file order. */
    private static final class Collected implements FocusStream.Sink {
        final List<FocusRow> rows = new ArrayList<>();
        final List<RowRejection> rejections = new ArrayList<>();

        @Override
        public void row(FocusRow row) {
            rows.add(row);
        }

        @Override
        public void reject(RowRejection rejection) {
            rejections.add(rejection);
        }

        void addAll(Collected later) {
            rows.addAll(later.rows);
            rejections.addAll(later.rejections);
        }
    }

    /**
     * Per-thread caches of cells that repeat from row to row (timestamps, tags, currency codes): parsing each
     * distinct text once gives the same values as parsing every row. Bounded: cleared when large.
     */
    static final class RowCache {
        private static final int MAX = 50_000;
        private final Map<String, Instant> instants = new HashMap<>();
        private final Map<String, Map<String, String>> tags = new HashMap<>();
        private final Map<String, Currency> currencies = new HashMap<>();
        private String[] cells = new String[0];
        /** The fast reader of the cells a cloud cost aggregation needs. */
        final CostCells costCells = new CostCells();

        /** A reusable array of {@code width} cells. */
        String[] cells(int width) {
            if (cells.length != width) {
                cells = new String[width];
            }
            return cells;
        }

        Instant instant(String[] cells, int index, String column) {
            String s = cells[index];
            Instant i = s == null ? null : instants.get(s);
            if (i == null) {
                i = Cells.instant(cells, index, column);
                if (instants.size() >= MAX) {
                    instants.clear();
                }
                instants.put(s, i);
            }
            return i;
        }

        Map<String, String> tags(String cell) {
            if (cell == null) {
                return Map.of();
            }
            Map<String, String> t = tags.get(cell);
            if (t == null) {
                t = Tags.parse(cell, "Tags");
                if (tags.size() >= MAX) {
                    tags.clear();
                }
                tags.put(cell, t);
            }
            return t;
        }

        Currency currency(String code) {
            Currency c = currencies.get(code);
            if (c == null) {
                c = Columns.currency(code);
                currencies.put(code, c);
            }
            return c;
        }
    }

    /** Column positions of one file. */
    static final class Columns {
        final int width;
        /** The columns a row needs; the others are not read. */
        final boolean[] wanted;
        final Currency currencyIfAbsent;
        final int billed, effective, list, category, chargeClass, start, end, currency, provider, serviceCategory,
                serviceName, resourceId, resourceType, region, sku, skuPriceDetails, description, pricingUnit,
                pricingQuantity, consumedUnit, consumedQuantity, commitmentId, commitmentStatus, tags;

        Columns(Path file, String[] names, Currency currencyIfAbsent) {
            CsvTable header = new CsvTable(file, names);
            this.currencyIfAbsent = currencyIfAbsent;
            width = header.width();
            billed = mandatory(file, header, "BilledCost");
            effective = mandatory(file, header, "EffectiveCost");
            start = mandatory(file, header, "ChargePeriodStart");
            end = mandatory(file, header, "ChargePeriodEnd");
            currency = currencyIfAbsent == null ? mandatory(file, header, "BillingCurrency")
                    : header.column("BillingCurrency");
            list = header.column("ListCost");
            category = header.column("ChargeCategory");
            chargeClass = header.column("ChargeClass");
            provider = header.column("ProviderName");
            serviceCategory = header.column("ServiceCategory");
            serviceName = header.column("ServiceName");
            resourceId = header.column("ResourceId");
            resourceType = header.column("ResourceType");
            region = header.column("RegionId");
            sku = header.column("SkuId");
            skuPriceDetails = header.column("SkuPriceDetails");
            description = header.column("ChargeDescription");
            pricingUnit = header.column("PricingUnit");
            pricingQuantity = header.column("PricingQuantity");
            consumedUnit = header.column("ConsumedUnit");
            consumedQuantity = header.column("ConsumedQuantity");
            commitmentId = header.column("CommitmentDiscountId");
            commitmentStatus = header.column("CommitmentDiscountStatus");
            tags = header.column("Tags");
            wanted = new boolean[width];
            for (int i : new int[] {billed, effective, list, category, chargeClass, start, end, currency, provider,
                    serviceCategory, serviceName, resourceId, resourceType, region, sku, skuPriceDetails, description,
                    pricingUnit, pricingQuantity, consumedUnit, consumedQuantity, commitmentId, commitmentStatus,
                    tags}) {
                if (i >= 0) {
                    wanted[i] = true;
                }
            }
        }

        private static int mandatory(Path file, CsvTable header, String column) {
            int i = header.column(column);
            if (i < 0) {
                String hint = column.equals("BillingCurrency")
                        ? ". Maybe give the currency of the file in the configuration: \"currencyIfAbsent\": \"USD\""
                        : "";
                throw new ChargebackInputException(file, "header",
                        "the mandatory FOCUS column %s is missing (columns found: %s)%s"
                                .formatted(column, String.join(",", header.header()), hint));
            }
            return i;
        }

        FocusRow row(long line, String[] cells, RowCache cache) {
            BigDecimal billedCost = Cells.cost(cells, billed, "BilledCost");
            BigDecimal effectiveCost = Cells.cost(cells, effective, "EffectiveCost");
            Instant from = cache.instant(cells, start, "ChargePeriodStart");
            Instant to = cache.instant(cells, end, "ChargePeriodEnd");
            if (to.isBefore(from)) {
                throw new Cells.BadCell("ChargePeriodEnd", cells[end].trim(),
                        "must not be before ChargePeriodStart (" + cells[start].trim() + ")");
            }
            String code = Cells.text(cells, currency);
            Currency cur;
            if (code == null) {
                if (currencyIfAbsent == null) {
                    throw new Cells.BadCell("BillingCurrency", currency < 0 ? "" : cells[currency],
                            "must be an ISO 4217 code such as USD, not empty");
                }
                cur = currencyIfAbsent;
            } else {
                cur = cache.currency(code);
            }
            Map<String, String> tagMap = tags < 0 ? Map.of() : cache.tags(cells[tags]);
            return new FocusRow(line, billedCost, effectiveCost, Cells.decimalOrNull(cells, list, "ListCost"),
                    Cells.text(cells, category), Cells.text(cells, chargeClass), from, to, cur,
                    Cells.text(cells, provider), Cells.text(cells, serviceCategory), Cells.text(cells, serviceName),
                    Cells.text(cells, resourceId), Cells.text(cells, resourceType), Cells.text(cells, region),
                    Cells.text(cells, sku), Cells.text(cells, skuPriceDetails), Cells.text(cells, description),
                    Cells.text(cells, pricingUnit), Cells.decimalOrNull(cells, pricingQuantity, "PricingQuantity"),
                    Cells.text(cells, consumedUnit),
                    Cells.decimalOrNull(cells, consumedQuantity, "ConsumedQuantity"),
                    Cells.text(cells, commitmentId), Cells.text(cells, commitmentStatus), tagMap);
        }

        /** The currency of a BillingCurrency cell, with the library's one parser ({@link Currencies#parse}). */
        static Currency currency(String code) {
            try {
                return Currencies.parse(code);
            } catch (IllegalArgumentException e) {
                throw new Cells.BadCell("BillingCurrency", code, "must be an ISO 4217 code with a minor unit, such "
                        + "as USD");
            }
        }
    }
}
