package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 */
public final class FocusReader {
    private FocusReader() {
    }

    /**
     * Reads a FOCUS CSV file that has a BillingCurrency column.
     *
     * @throws ChargebackInputException if a mandatory column is missing or the file is not CSV
     */
    public static FocusData read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a FOCUS CSV file; rows without a BillingCurrency (the column absent or the cell empty) are in
     * {@code currencyIfAbsent}.
     *
     * @param currencyIfAbsent the currency of rows that do not state one, or null to require BillingCurrency
     */
    public static FocusData read(Path file, Currency currencyIfAbsent) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        List<FocusRow> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        Columns[] columns = new Columns[1];
        CsvTable.read(file, (line, cells) -> {
            if (columns[0] == null) {
                throw new IllegalStateException("header not read");
            }
            Columns c = columns[0];
            if (cells.length != c.width) {
                rejections.add(new RowRejection(name, line, "(row)", cells.length + " cells",
                        "must have %d cells, one per header column".formatted(c.width)));
                return;
            }
            try {
                rows.add(c.row(line, cells, currencyIfAbsent));
            } catch (Cells.BadCell e) {
                rejections.add(new RowRejection(name, line, e.column, e.value, e.reason));
            }
        }, header -> columns[0] = new Columns(file, header, currencyIfAbsent));
        return new FocusData(name, rows, rejections);
    }

    /** Column positions of one file. */
    private static final class Columns {
        final int width;
        final int billed, effective, list, category, chargeClass, start, end, currency, provider, serviceCategory,
                serviceName, resourceId, resourceType, region, sku, skuPriceDetails, description, pricingUnit,
                pricingQuantity, consumedUnit, consumedQuantity, commitmentId, commitmentStatus, tags;

        Columns(Path file, CsvTable header, Currency currencyIfAbsent) {
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

        FocusRow row(long line, String[] cells, Currency currencyIfAbsent) {
            BigDecimal billedCost = Cells.decimal(cells, billed, "BilledCost");
            BigDecimal effectiveCost = Cells.decimal(cells, effective, "EffectiveCost");
            Instant from = Cells.instant(cells, start, "ChargePeriodStart");
            Instant to = Cells.instant(cells, end, "ChargePeriodEnd");
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
                cur = currency(code);
            }
            Map<String, String> tagMap = tags < 0 ? Map.of() : Tags.parse(cells[tags], "Tags");
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

        private static Currency currency(String code) {
            if (!code.matches("[A-Z]{3}")) {
                throw new Cells.BadCell("BillingCurrency", code, "must be an ISO 4217 code such as USD");
            }
            try {
                Currency c = Currency.getInstance(code);
                if (c.getDefaultFractionDigits() < 0) {
                    throw new Cells.BadCell("BillingCurrency", code, "must be a currency with a minor unit");
                }
                return c;
            } catch (IllegalArgumentException e) {
                throw new Cells.BadCell("BillingCurrency", code, "must be an ISO 4217 code such as USD");
            }
        }
    }
}
