package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.aitco.core.operate.shared.FocusKit;

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
 * Not thread-safe: use one per thread and merge them. Package-private: tco-spark reaches it through
 * {@link FocusKit#grouping}.
 */
final class CloudCostAggregator implements FocusKit.Grouping {
    /** How many rejected rows per input are kept with their line and value; the rest are only counted. */
    static final int LISTED = 1_000;

    /** The running totals of one group. */
    private static final class Sum {
        final ExactSum billed = new ExactSum();
        final ExactSum effective = new ExactSum();
        long rows;
        BigDecimal hours = BigDecimal.ZERO;
        BitSet busy;

        void merge(Sum o) {
            billed.add(o.billed);
            effective.add(o.effective);
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

    /**
     * A group while rows are added: the parts of a {@link CloudCostKey}, texts trimmed and {@code ""} for none, the
     * month as {@code year * 12 + month - 1}. Mutable only as the probe of a lookup, so that a row costs no key
     * object unless it starts a group.
     */
    private static final class Group {
        Currency currency;
        int month;
        String owner;
        String provider;
        String serviceCategory;
        boolean unused;
        String platform;

        Group set(Currency c, int m, String o, String p, String s, boolean u, String pl) {
            currency = c;
            month = m;
            owner = o;
            provider = p;
            serviceCategory = s;
            unused = u;
            platform = pl;
            return this;
        }

        Group copy() {
            return new Group().set(currency, month, owner, provider, serviceCategory, unused, platform);
        }

        CloudCostKey key() {
            return new CloudCostKey(currency, YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1),
                    owner, provider, serviceCategory, unused, platform);
        }

        @Override
        public int hashCode() {
            int h = currency.hashCode();
            h = 31 * h + month;
            h = 31 * h + owner.hashCode();
            h = 31 * h + provider.hashCode();
            h = 31 * h + serviceCategory.hashCode();
            h = 31 * h + (unused ? 1 : 0);
            return 31 * h + platform.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.currency == currency && g.month == month && g.unused == unused
                    && g.owner.equals(owner) && g.provider.equals(provider)
                    && g.serviceCategory.equals(serviceCategory) && g.platform.equals(platform);
        }
    }

    private record Reason(String column, String reason) {
    }

    private final String tagKey;
    private final List<ChargebackConfig.CloudAccelerator> accelerators;
    private final Map<Group, Sum> groups = new HashMap<>();
    private final Group probe = new Group();
    private Sum lastSum;
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
    static CloudCostAggregator forPolicies(Optional<Path> configFile) {
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
    @Override
    public CloudCostKey key(FocusRow row) {
        return group(row, accelerator(row)).key();
    }

    private Group group(FocusRow row, ChargebackConfig.CloudAccelerator ca) {
        return probe.set(row.billingCurrency(), monthIndex(month(row.chargePeriodStart())), owner(row.tags()),
                orEmpty(row.providerName()).trim(), orEmpty(row.serviceCategory()).trim(), row.isUnusedCommitment(),
                ca == null ? "" : ca.platform().trim());
    }

    private Sum sum(Group g) {
        Sum s = groups.get(g);
        if (s == null) {
            s = new Sum();
            groups.put(g.copy(), s);
        }
        lastSum = s;
        return s;
    }

    /** The group total the last row added went into (for {@link #removeCells}). */
    Object lastSum() {
        return lastSum;
    }

    /** Takes out a row added by {@link #addCells} into {@code sum}, with the amounts it added. */
    void removeCells(Object sum, long billedUnits, int billedScale, long effectiveUnits, int effectiveScale) {
        Sum s = (Sum) sum;
        s.billed.add(-billedUnits, billedScale);
        s.effective.add(-effectiveUnits, effectiveScale);
        s.rows--;
    }

    /**
     * Takes out a row added by {@link #add(FocusRow)}. Its busy hours stay: only a row identical to one that stays
     * is taken out, and that one covers the same hours.
     */
    void remove(FocusRow row) {
        ChargebackConfig.CloudAccelerator ca = accelerator(row);
        Sum s = sum(group(row, ca));
        s.billed.add(row.billedCost().negate());
        s.effective.add(row.effectiveCost().negate());
        s.rows--;
        if (ca != null) {
            BigDecimal q = acceleratorQuantity(row);
            if (q.signum() != 0) {
                s.hours = s.hours.subtract(q.multiply(ca.acceleratorsPerUnit()));
            }
        }
    }

    /** Drops the groups whose rows were all taken out. */
    void dropEmptyGroups() {
        groups.values().removeIf(s -> s.rows == 0);
    }

    /** Adds one usable row to its group. */
    @Override
    public void add(FocusRow row) {
        ChargebackConfig.CloudAccelerator ca = accelerator(row);
        Sum s = sum(group(row, ca));
        s.billed.add(row.billedCost());
        s.effective.add(row.effectiveCost());
        s.rows++;
        if (ca != null) {
            BigDecimal q = acceleratorQuantity(row);
            if (q.signum() != 0) {
                s.hours = s.hours.add(q.multiply(ca.acceleratorsPerUnit()));
            }
            if (s.busy == null) {
                s.busy = new BitSet(744);
            }
            YearMonth month = month(row.chargePeriodStart());
            addBusyHours(s.busy, row.chargePeriodStart(), row.chargePeriodEnd(), month);
        }
    }

    /**
     * Adds the current record of {@code r} when its cells are in the plain forms that {@link CostCells} reads and it
     * matches no accelerator policy (whose rows need more cells); false, with nothing added, otherwise.
     */
    boolean addCells(FocusScanner r, FocusReader.Columns columns, CostCells cells) {
        if (!cells.read(r, columns, columns.currencyIfAbsent, accelerators)) {
            return false;
        }
        Sum s = sum(probe.set(cells.currency, cells.startMonth, owner(cells.tags), cells.provider,
                cells.serviceCategory, cells.unusedCommitment, ""));
        s.billed.add(cells.billedUnits, cells.billedScale);
        s.effective.add(cells.effectiveUnits, cells.effectiveScale);
        s.rows++;
        return true;
    }

    /** Counts one rejected row (and keeps it with its line and value while fewer than {@value #LISTED} are). */
    @Override
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
    void merge(CloudCostAggregator later) {
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
    @Override
    public CloudCosts result(String source) {
        Objects.requireNonNull(source, "source");
        List<CloudCostGroup> out = new ArrayList<>(groups.size());
        TreeMap<CloudCostKey, Sum> sorted = new TreeMap<>();
        groups.forEach((g, s) -> sorted.put(g.key(), s));
        for (Map.Entry<CloudCostKey, Sum> e : sorted.entrySet()) {
            Sum s = e.getValue();
            List<Integer> busy = new ArrayList<>();
            if (s.busy != null) {
                s.busy.stream().forEach(busy::add);
            }
            out.add(new CloudCostGroup(e.getKey(), s.billed.value(), s.effective.value(), s.rows, s.hours,
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

    static int monthIndex(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
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
