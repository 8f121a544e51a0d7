package org.aitco.core.operate;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of a FOCUS row that the cloud cost aggregation needs, read straight from a {@link FocusScanner}'s bytes
 * without a string or a {@code BigDecimal} per row: costs as scaled longs, timestamps as epoch seconds, texts and
 * tags through caches keyed by their bytes.
 *
 * <p>Only the plain forms are read here ({@code -12.50}, {@code 2024-09-18 22:00:00}, {@code 2024-09-01T00:00:00Z},
 * {@code 2024-09-01}); {@link #read} returns false for anything else (or for a cell that is wrong), and the caller
 * then reads the row with {@link FocusReader.Columns#row}, the reference, which accepts the other forms and names
 * what is wrong. So both ways give the same values and the same rejections. One per thread (not thread-safe).
 */
final class CostCells {
    /** The decimal digits a cost may have to be read as a {@code long} here. */
    private static final int MAX_DIGITS = 18;
    private static final Object BAD = new Object();

    private final ByteCache texts = new ByteCache();
    private final ByteCache tagCells = new ByteCache();
    private final ByteCache acceleratorCells = new ByteCache();
    private List<ChargebackConfig.CloudAccelerator> acceleratorsOfCache;
    private String[] matches;
    private final byte[] currencyBytes = new byte[3];
    private Currency currencyOfBytes;

    long billedUnits;
    int billedScale;
    long effectiveUnits;
    int effectiveScale;
    /** The month of ChargePeriodStart, as {@code year * 12 + month - 1}. */
    int startMonth;
    Currency currency;
    Map<String, String> tags;
    String provider;
    String serviceCategory;
    boolean unusedCommitment;

    private long unitsOut;
    private int scaleOut;
    private int yearMonthOut;

    /**
     * Reads the cells of the current record of {@code r}; false when a cell is not in a plain form or is wrong (the
     * fields are then undefined).
     */
    boolean read(FocusScanner r, FocusReader.Columns c, Currency currencyIfAbsent,
            List<ChargebackConfig.CloudAccelerator> accelerators) {
        if (!accelerators.isEmpty() && matchesAccelerator(r, c, accelerators)) {
            return false; // an accelerator row: its quantities and hours are read from a FocusRow
        }
        if (!decimal(r, c.billed)) {
            return false;
        }
        billedUnits = unitsOut;
        billedScale = scaleOut;
        if (!decimal(r, c.effective)) {
            return false;
        }
        effectiveUnits = unitsOut;
        effectiveScale = scaleOut;
        long from = epochSecond(r, c.start);
        if (from == Long.MIN_VALUE) {
            return false;
        }
        startMonth = yearMonthOut;
        long to = epochSecond(r, c.end);
        if (to == Long.MIN_VALUE || to < from) {
            return false;
        }
        if (c.currency < 0 || r.isNull(c.currency)) {
            if (currencyIfAbsent == null) {
                return false;
            }
            currency = currencyIfAbsent;
        } else if (!currency(r, c.currency)) {
            return false;
        }
        if (c.tags < 0) {
            tags = Map.of();
        } else {
            Object t = tagCells.get(r, c.tags);
            if (t == null) {
                try {
                    t = Tags.parse(r.text(c.tags), "Tags");
                } catch (Cells.BadCell e) {
                    t = BAD;
                }
                tagCells.put(r, c.tags, t);
            }
            if (t == BAD) {
                return false;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> m = (Map<String, String>) t;
            tags = m;
        }
        if (!decimalOrNull(r, c.list) || !decimalOrNull(r, c.pricingQuantity)
                || !decimalOrNull(r, c.consumedQuantity)) {
            return false;
        }
        provider = text(r, c.provider);
        serviceCategory = text(r, c.serviceCategory);
        unusedCommitment = c.commitmentStatus >= 0 && "Unused".equalsIgnoreCase(text(r, c.commitmentStatus));
        return true;
    }

    /**
     * Whether the row matches a {@code cloudAccelerators} policy: one whose {@code match} occurs, ignoring case, in
     * ChargeDescription, SkuPriceDetails, SkuId or ResourceType (as {@link ChargebackConfig.CloudAccelerator#matches}
     * decides). Each distinct cell is matched once: the cache holds, per cell, the first policy it matches, or -1.
     */
    private boolean matchesAccelerator(FocusScanner r, FocusReader.Columns c,
            List<ChargebackConfig.CloudAccelerator> accelerators) {
        if (accelerators != acceleratorsOfCache) {
            acceleratorCells.clear();
            acceleratorsOfCache = accelerators;
            matches = new String[accelerators.size()];
            for (int k = 0; k < matches.length; k++) {
                matches[k] = accelerators.get(k).match().toLowerCase(Locale.ROOT);
            }
        }
        return firstMatch(r, c.description) >= 0 || firstMatch(r, c.skuPriceDetails) >= 0
                || firstMatch(r, c.sku) >= 0 || firstMatch(r, c.resourceType) >= 0;
    }

    private int firstMatch(FocusScanner r, int i) {
        if (i < 0) {
            return -1;
        }
        Object m = acceleratorCells.get(r, i);
        if (m == null) {
            int first = -1;
            if (!r.isNull(i)) {
                String text = r.text(i).trim().toLowerCase(Locale.ROOT);
                for (int k = 0; k < matches.length && first < 0; k++) {
                    if (text.contains(matches[k])) {
                        first = k;
                    }
                }
            }
            m = first;
            acceleratorCells.put(r, i, m);
        }
        return (Integer) m;
    }

    /** A text cell trimmed, {@code ""} when absent, empty or NULL; one instance per distinct cell. */
    private String text(FocusScanner r, int i) {
        if (i < 0) {
            return "";
        }
        Object t = texts.get(r, i);
        if (t == null) {
            t = r.isNull(i) ? "" : r.text(i).trim();
            texts.put(r, i, t);
        }
        return (String) t;
    }

    private boolean currency(FocusScanner r, int i) {
        int s = trimStart(r, i);
        int e = trimEnd(r, i, s);
        if (e - s == 3 && r.kind[i] != FocusScanner.ESCAPED) {
            byte[] b = r.bytes;
            if (currencyOfBytes != null && b[s] == currencyBytes[0] && b[s + 1] == currencyBytes[1]
                    && b[s + 2] == currencyBytes[2]) {
                currency = currencyOfBytes;
                return true;
            }
            try {
                currency = FocusReader.Columns.currency(new String(b, s, 3, StandardCharsets.UTF_8));
            } catch (Cells.BadCell bad) {
                return false;
            }
            System.arraycopy(b, s, currencyBytes, 0, 3);
            currencyOfBytes = currency;
            return true;
        }
        return false;
    }

    private static int trimStart(FocusScanner r, int i) {
        int s = r.start[i];
        int e = r.end[i];
        byte[] b = r.bytes;
        while (s < e && (b[s] & 0xff) <= ' ') {
            s++;
        }
        return s;
    }

    private static int trimEnd(FocusScanner r, int i, int s) {
        int e = r.end[i];
        byte[] b = r.bytes;
        while (e > s && (b[e - 1] & 0xff) <= ' ') {
            e--;
        }
        return e;
    }

    /** An optional decimal: true when empty, NULL or a plain decimal. */
    private boolean decimalOrNull(FocusScanner r, int i) {
        return i < 0 || r.isNull(i) || decimal(r, i);
    }

    /**
     * A plain decimal {@code -?digits(.digits)?} of at most 18 digits into {@link #unitsOut} and {@link #scaleOut}:
     * the {@code BigDecimal} of the same text has this unscaled value and scale.
     */
    private boolean decimal(FocusScanner r, int i) {
        if (r.kind[i] == FocusScanner.ESCAPED) {
            return false;
        }
        int s = trimStart(r, i);
        int e = trimEnd(r, i, s);
        byte[] b = r.bytes;
        boolean negative = false;
        if (s < e && b[s] == '-') {
            negative = true;
            s++;
        }
        long units = 0;
        int digits = 0;
        int scale = 0;
        int k = s;
        for (; k < e; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            units = units * 10 + d;
            digits++;
        }
        if (k == s) {
            return false;
        }
        if (k < e) {
            if (b[k] != '.' || k + 1 == e) {
                return false;
            }
            int fractionStart = ++k;
            for (; k < e; k++) {
                int d = b[k] - '0';
                if (d < 0 || d > 9) {
                    return false;
                }
                units = units * 10 + d;
                digits++;
            }
            scale = e - fractionStart;
        }
        if (digits > MAX_DIGITS) {
            return false;
        }
        unitsOut = negative ? -units : units;
        scaleOut = scale;
        return true;
    }

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * A timestamp {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-ddTHH:mm:ss}, optionally ending
     * in {@code Z}, as epoch seconds in UTC (its month into {@link #yearMonthOut}); {@link Long#MIN_VALUE} when the
     * cell is in another form or not a valid date and time.
     */
    private long epochSecond(FocusScanner r, int i) {
        if (r.kind[i] == FocusScanner.ESCAPED) {
            return Long.MIN_VALUE;
        }
        int s = trimStart(r, i);
        int e = trimEnd(r, i, s);
        byte[] b = r.bytes;
        int len = e - s;
        if (len == 20 && (b[e - 1] == 'Z' || b[e - 1] == 'z')) {
            len = 19;
        }
        if (len != 10 && len != 19 || b[s + 4] != '-' || b[s + 7] != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return Long.MIN_VALUE;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day > DAYS[month - 1] + (month == 2 && leap ? 1 : 0)) {
            return Long.MIN_VALUE;
        }
        int seconds = 0;
        if (len == 19) {
            if (b[s + 10] != ' ' && b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':') {
                return Long.MIN_VALUE;
            }
            int h = digits(b, s + 11, 2);
            int m = digits(b, s + 14, 2);
            int sec = digits(b, s + 17, 2);
            if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
                return Long.MIN_VALUE;
            }
            seconds = h * 3600 + m * 60 + sec;
        }
        yearMonthOut = year * 12 + month - 1;
        return epochDay(year, month, day) * 86_400L + seconds;
    }

    /** {@code n} decimal digits at {@code b[s]}, or -1. */
    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int k = s; k < s + n; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Days from 1970-01-01 of a valid date of year >= 1 (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    /**
     * Values per cell bytes (and quoting), open addressing; cleared when it holds {@value #MAX} entries, so a file
     * of all-distinct cells costs a bounded amount of memory.
     */
    static final class ByteCache {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final int MAX = 1 << 16;
        private byte[][] keys = new byte[1 << 10][];
        private Object[] values = new Object[1 << 10];
        private int size;

        private static int hash(byte[] b, int s, int e, byte kind) {
            long h = kind;
            int k = s;
            for (; k + 8 <= e; k += 8) {
                h = (h + (long) LONGS.get(b, k)) * 0x9E3779B97F4A7C15L;
            }
            for (; k < e; k++) {
                h = (h + b[k]) * 0x9E3779B97F4A7C15L;
            }
            return (int) (h ^ (h >>> 32));
        }

        /** The value of cell {@code i}, or null. */
        Object get(FocusScanner r, int i) {
            byte[] b = r.bytes;
            int s = r.start[i];
            int e = r.end[i];
            int mask = keys.length - 1;
            int len = e - s + 1;
            for (int slot = hash(b, s, e, r.kind[i]) & mask; ; slot = (slot + 1) & mask) {
                byte[] k = keys[slot];
                if (k == null) {
                    return null;
                }
                if (k.length == len && k[len - 1] == r.kind[i] && Arrays.equals(k, 0, len - 1, b, s, e)) {
                    return values[slot];
                }
            }
        }

        void clear() {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        }

        void put(FocusScanner r, int i, Object value) {
            if (size >= MAX) {
                clear();
            } else if (2 * (size + 1) > keys.length) {
                byte[][] oldKeys = keys;
                Object[] oldValues = values;
                keys = new byte[oldKeys.length * 2][];
                values = new Object[oldKeys.length * 2];
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != null) {
                        insert(oldKeys[k], oldValues[k]);
                    }
                }
            }
            byte[] b = r.bytes;
            int s = r.start[i];
            int e = r.end[i];
            byte[] key = Arrays.copyOf(Arrays.copyOfRange(b, s, e), e - s + 1);
            key[e - s] = r.kind[i];
            insert(key, value);
            size++;
        }

        private void insert(byte[] key, Object value) {
            int mask = keys.length - 1;
            int slot = hash(key, 0, key.length - 1, key[key.length - 1]) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }
    }
}
