package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds FOCUS rows into exact totals per {@link CloudCostKey} as they are read: nothing per row is kept, memory
 * grows with the number of groups. The result, {@link CloudCosts}, is what a chargeback allocates.
 *
 * <p>Sums are exact ({@link BigDecimal}, every decimal of the cells kept), so the order in which rows are added,
 * and how they are split between aggregators that are then {@linkplain #merge merged}, does not change the result.
 * Rejected rows are counted per column and reason; the first {@value #LISTED} are kept with their line and value.
 *
 * <pre>{@code
 * var agg = CloudCostAggregator.forPolicies(Optional.of(Path.of("config.json")));
 * rows.forEach(agg::add);                   // FocusRow values, from any source
 * CloudCosts costs = agg.result("my-bill");
 * }</pre>
 *
 * Not thread-safe: use one per thread and merge them.
 */
public final class CloudCostAggregator {
    /** How many rejected rows per input are kept with their line and value; the rest are only counted. */
    public static final int LISTED = 1_000;

    /** The running totals of one group. */
    private static final class Sum {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        long rows;
        BigDecimal hours = BigDecimal.ZERO;
        BitSet busy;

        void merge(Sum o) {
            billed = billed.add(o.billed);
            effective = effective.add(o.effective);
            rows += o.rows;
            hours = hours.add(o.hours);
            if (o.busy != null) {
                if (busy == null) {
                    busy = new BitSet();
                }
                busy.or(o.busy);
            }
        }
    }

    private record Reason(String column, String reason) {
    }

    private final String tagKey;
    private final List<ChargebackConfig.CloudAccelerator> accelerators;
    private final Map<CloudCostKey, Sum> groups = new HashMap<>();
    private final Map<Reason, long[]> rejected = new LinkedHashMap<>();
    private final List<RowRejection> examples = new ArrayList<>();
    /** Owner per Tags map instance (the reader hands out one instance per distinct cell); bounded. */
    private final Map<Map<String, String>, String> ownerCache = new java.util.IdentityHashMap<>();

    CloudCostAggregator(ChargebackConfig config) {
        this.tagKey = config.tagKey();
        this.accelerators = config.cloudAccelerators();
    }

    /**
     * An aggregator for the policies of a chargeback configuration file ({@code tagKey} and
     * {@code cloudAccelerators} decide the keys), or for the default policies.
     *
     * @throws ChargebackInputException if the file is not a valid configuration
     */
    public static CloudCostAggregator forPolicies(Optional<Path> configFile) {
        Objects.requireNonNull(configFile, "configFile");
        return new CloudCostAggregator(configFile.map(ChargebackConfig::read).orElseGet(ChargebackConfig::defaults));
    }

    /** A new, empty aggregator with the same policies. */
    CloudCostAggregator fresh() {
        return new CloudCostAggregator(this);
    }

    private CloudCostAggregator(CloudCostAggregator policies) {
        this.tagKey = policies.tagKey;
        this.accelerators = policies.accelerators;
    }

    /** The group of a row under this aggregator's policies (see {@link CloudCostKey} for the rules). */
    public CloudCostKey key(FocusRow row) {
        return key(row, accelerator(row));
    }

    private CloudCostKey key(FocusRow row, ChargebackConfig.CloudAccelerator ca) {
        return new CloudCostKey(row.billingCurrency(), month(row.chargePeriodStart()), owner(row.tags()),
                orEmpty(row.providerName()), orEmpty(row.serviceCategory()), row.isUnusedCommitment(),
                ca == null ? "" : ca.platform().trim());
    }

    /** Adds one usable row to its group. */
    public void add(FocusRow row) {
        ChargebackConfig.CloudAccelerator ca = accelerator(row);
        CloudCostKey key = key(row, ca);
        Sum s = groups.computeIfAbsent(key, k -> new Sum());
        s.billed = s.billed.add(row.billedCost());
        s.effective = s.effective.add(row.effectiveCost());
        s.rows++;
        if (ca != null) {
            BigDecimal q = acceleratorQuantity(row);
            if (q.signum() != 0) {
                s.hours = s.hours.add(q.multiply(ca.acceleratorsPerUnit()));
            }
            if (s.busy == null) {
                s.busy = new BitSet(744);
            }
            addBusyHours(s.busy, row.chargePeriodStart(), row.chargePeriodEnd(), key.month());
        }
    }

    /** Counts one rejected row (and keeps it with its line and value while fewer than {@value #LISTED} are). */
    public void reject(RowRejection rejection) {
        Objects.requireNonNull(rejection, "rejection");
        rejected.computeIfAbsent(new Reason(rejection.column(), rejection.reason()), r -> new long[1])[0]++;
        if (examples.size() < LISTED) {
            examples.add(rejection);
        }
    }

    /**
     * Adds the groups and rejections of {@code later}, whose rows come after this aggregator's in the input (the
     * order only matters for which rejected rows are listed).
     */
    public void merge(CloudCostAggregator later) {
        later.groups.forEach((k, s) -> groups.merge(k, s, (a, b) -> {
            a.merge(b);
            return a;
        }));
        later.rejected.forEach((r, n) -> rejected.computeIfAbsent(r, x -> new long[1])[0] += n[0]);
        for (RowRejection r : later.examples) {
            if (examples.size() >= LISTED) {
                break;
            }
            examples.add(r);
        }
    }

    /** Rows added so far, used or rejected. */
    long rowsRead() {
        long n = 0;
        for (Sum s : groups.values()) {
            n += s.rows;
        }
        for (long[] r : rejected.values()) {
            n += r[0];
        }
        return n;
    }

    /** The groups in key order and the rejections counted so far, named {@code source}. */
    public CloudCosts result(String source) {
        Objects.requireNonNull(source, "source");
        List<CloudCostGroup> out = new ArrayList<>(groups.size());
        for (Map.Entry<CloudCostKey, Sum> e : new TreeMap<>(groups).entrySet()) {
            Sum s = e.getValue();
            List<Integer> busy = new ArrayList<>();
            if (s.busy != null) {
                s.busy.stream().forEach(busy::add);
            }
            out.add(new CloudCostGroup(e.getKey(), s.billed, s.effective, s.rows, s.hours,
                    new java.util.HashSet<>(busy)));
        }
        List<RejectionCount> counts = new ArrayList<>();
        rejected.forEach((r, n) -> counts.add(new RejectionCount(source, r.column(), r.reason(), n[0])));
        return new CloudCosts(source, out, counts, examples);
    }

    private String owner(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        String o = ownerCache.get(tags);
        if (o == null) {
            String v = Tags.owner(tags, tagKey);
            o = v == null ? "" : v;
            if (ownerCache.size() > 100_000) {
                ownerCache.clear();
            }
            ownerCache.put(tags, o);
        }
        return o;
    }

    private ChargebackConfig.CloudAccelerator accelerator(FocusRow r) {
        for (ChargebackConfig.CloudAccelerator ca : accelerators) {
            if (ca.matches(r)) {
                return ca;
            }
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static YearMonth month(Instant start) {
        return YearMonth.from(start.atOffset(ZoneOffset.UTC));
    }

    /** The accelerator quantity of a row in hours: ConsumedQuantity in hours, else PricingQuantity in hours, else 0. */
    static BigDecimal acceleratorQuantity(FocusRow r) {
        if (r.consumedQuantity() != null && r.consumedUnit() != null
                && r.consumedUnit().toLowerCase(Locale.ROOT).contains("hour")) {
            return r.consumedQuantity();
        }
        if (r.pricingQuantity() != null && r.pricingUnit() != null
                && r.pricingUnit().toLowerCase(Locale.ROOT).contains("hour")) {
            return r.pricingQuantity();
        }
        return BigDecimal.ZERO;
    }

    /**
     * Marks every hour that {@code [start, end)} covers in {@code month}, as indexes from the month's first hour: a
     * daily row is 24 busy hours, a row from 10:30 to 11:30 touches 2; hours after the month are not its. A row
     * without length counts the hour it starts in.
     */
    static void addBusyHours(BitSet busy, Instant start, Instant end, YearMonth month) {
        long monthStart = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 3600;
        long monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 3600;
        long first = Math.floorDiv(start.getEpochSecond(), 3600);
        long endHourExclusive = Math.min(monthEnd, Math.floorDiv(end.getEpochSecond() + 3599, 3600)
                + (end.getNano() > 0 && end.getEpochSecond() % 3600 == 0 ? 1 : 0));
        busy.set((int) (first - monthStart));
        if (endHourExclusive > first + 1) {
            busy.set((int) (first - monthStart + 1), (int) (endHourExclusive - monthStart));
        }
    }
}
