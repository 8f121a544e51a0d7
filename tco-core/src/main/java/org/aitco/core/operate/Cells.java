package org.aitco.core.operate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.aitco.core.money.Money;

/**
 * Parsers for the cells of cost and usage files, tolerant of what real exports write and strict about the rest;
 * a cell that cannot be read throws {@link BadCell} naming the column and the value.
 */
final class Cells {
    private Cells() {
    }

    /** A cell that cannot be read; cheap (no stack trace), turned into a {@link RowRejection} by the reader. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;
        final String value;
        final String reason;

        BadCell(String column, String value, String reason) {
            super(column + " (" + value + ") " + reason, null, false, false);
            this.column = column;
            this.value = value;
            this.reason = reason;
        }
    }

    /** A number written with a currency sign and thousands separators, as in the FOCUS 1.2 SaaS examples. */
    private static final Pattern FORMATTED = Pattern.compile("-?[$€£]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    /** A text cell, or null when the cell is empty or {@code NULL}. */
    static String text(String[] cells, int index) {
        if (index < 0) {
            return null;
        }
        String s = cells[index];
        return CsvTable.isNull(s) ? null : s.trim();
    }

    /** A decimal cell, or null when empty or {@code NULL}. */
    static BigDecimal decimalOrNull(String[] cells, int index, String column) {
        String s = text(cells, index);
        return s == null ? null : decimal(s, column);
    }

    /** A mandatory decimal cell. */
    static BigDecimal decimal(String[] cells, int index, String column) {
        String s = text(cells, index);
        if (s == null) {
            throw new BadCell(column, index < 0 ? "" : cells[index], "must be a decimal number, not empty");
        }
        return decimal(s, column);
    }

    /** A mandatory cost cell: a decimal at most {@link Money#MAX_INPUT} either side of zero. */
    static BigDecimal cost(String[] cells, int index, String column) {
        BigDecimal v = decimal(cells, index, column);
        if (!Money.isPlausibleInput(v)) {
            throw new BadCell(column, text(cells, index), "must be at most 1e15 either side of zero; an amount this "
                    + "large is a corrupted cell, not a charge");
        }
        return v;
    }

    /**
     * A decimal such as {@code 0.00000080000}, {@code -12.5} or {@code 1.2E-7}; also {@code $10,100.00} (a currency
     * sign and comma thousands separators, as some exports write). A comma as the decimal separator is rejected.
     */
    static BigDecimal decimal(String s, String column) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            if (FORMATTED.matcher(s).matches()) {
                return new BigDecimal(s.replace(",", "").replace("$", "").replace("€", "").replace("£", ""));
            }
            throw new BadCell(column, s, "must be a decimal number with a point, such as 12.50");
        }
    }

    /**
     * A timestamp in UTC: ISO 8601 ({@code 2023-01-01T00:00:00Z}, with an offset or without a zone), the same
     * with a space for the {@code T} ({@code 2024-09-18 22:00:00}, the FOCUS 1.0 sample), a date
     * ({@code 2024-09-01}, midnight) or a US date ({@code 5/1/25}, month first, as in the FOCUS 1.2 SaaS examples).
     * Times without a zone are read as UTC, as FOCUS prescribes.
     */
    static Instant instant(String[] cells, int index, String column) {
        String s = text(cells, index);
        if (s == null) {
            throw new BadCell(column, index < 0 ? "" : cells[index], "must be a date-time, not empty");
        }
        try {
            if (s.indexOf('/') > 0) {
                return usDate(s, column);
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            char last = iso.charAt(iso.length() - 1);
            if (last == 'Z' || last == 'z') {
                return OffsetDateTime.parse(iso.substring(0, iso.length() - 1) + "Z").toInstant();
            }
            if (iso.length() > 19 && (iso.charAt(iso.length() - 6) == '+' || iso.charAt(iso.length() - 6) == '-')) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            throw new BadCell(column, s, "must be a date-time such as 2024-09-01T00:00:00Z or 2024-09-01 00:00:00");
        }
    }

    private static Instant usDate(String s, String column) {
        String[] p = s.split("/");
        if (p.length != 3) {
            throw new BadCell(column, s, "must be a date-time such as 2024-09-01T00:00:00Z or 9/1/24");
        }
        try {
            int month = Integer.parseInt(p[0].trim());
            int day = Integer.parseInt(p[1].trim());
            int year = Integer.parseInt(p[2].trim());
            if (p[2].trim().length() <= 2) {
                year += 2000;
            }
            return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            throw new BadCell(column, s, "must be a US date month/day/year such as 9/1/24");
        }
    }

    /** A period {@code 2024-09}. */
    static YearMonth period(String[] cells, int index, String column) {
        String s = text(cells, index);
        if (s == null) {
            throw new BadCell(column, index < 0 ? "" : cells[index], "must be a month such as 2024-09, not empty");
        }
        try {
            return YearMonth.parse(s);
        } catch (DateTimeException e) {
            throw new BadCell(column, s, "must be a month such as 2024-09");
        }
    }

    /** A non-negative decimal, zero when empty. */
    static BigDecimal quantity(String[] cells, int index, String column) {
        String s = text(cells, index);
        if (s == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = decimal(s, column);
        if (d.signum() < 0) {
            throw new BadCell(column, s, "must be >= 0");
        }
        return d;
    }

    /** A non-negative whole number, zero when empty. */
    static long count(String[] cells, int index, String column) {
        BigDecimal d = quantity(cells, index, column);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadCell(column, cells[index].trim(), "must be a whole number >= 0");
        }
    }
}
