package org.aitco.core.operate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.aitco.core.money.Allocation;
import org.aitco.core.money.Money;
import org.aitco.core.operate.ChargebackConfig.IdlePolicy;
import org.aitco.core.operate.ChargebackReport.CloudUse;
import org.aitco.core.operate.ChargebackReport.InputFile;
import org.aitco.core.operate.ChargebackReport.Line;
import org.aitco.core.operate.ChargebackReport.MonthReconciliation;
import org.aitco.core.operate.ChargebackReport.OwnerPeriod;
import org.aitco.core.operate.ChargebackReport.PoolUse;
import org.aitco.core.operate.ChargebackReport.Reconciliation;
import org.aitco.core.operate.ChargebackReport.Recommendation;

/** One chargeback run: reads the inputs, allocates, and assembles the report. */
final class ChargebackEngine {
    private static final String DIRECT = "direct";
    private static final String IDLE_KIND = "idle";
    private static final String SHARED = "shared";

    /** The grain of allocation lines. */
    private record Key(String owner, YearMonth period, String pool, String component, String kind, String source)
            implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::owner).thenComparing(Key::period)
                .thenComparing(Key::pool).thenComparing(Key::component).thenComparing(Key::kind)
                .thenComparing(Key::source);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }

        Key withOwner(String o, String k) {
            return new Key(o, period, pool, component, k, source);
        }
    }

    /** An owner in a billing month: the grain of the owner table and of the hours and tokens behind it. */
    private record OwnerMonth(String owner, YearMonth period) implements Comparable<OwnerMonth> {
        private static final Comparator<OwnerMonth> ORDER = Comparator.comparing(OwnerMonth::owner)
                .thenComparing(OwnerMonth::period);

        @Override
        public int compareTo(OwnerMonth o) {
            return ORDER.compare(this, o);
        }
    }

    /** What an owner is charged in a month, in minor units of the report currency, by kind. */
    private static final class OwnerMonthCharges {
        long total;
        long cloud;
        long onPrem;
        long idle;
        long shared;
        /** Direct and idle on-prem: what the owner's accelerator-hours cost. */
        long onPremAll;
    }

    /** Tokens and requests of an owner's usage records in a month. */
    private static final class TokensRequests {
        long tokens;
        long requests;
    }

    /** Per-currency totals of the inputs. */
    private static final class Totals {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        BigDecimal onPrem = BigDecimal.ZERO;
        BigDecimal shared = BigDecimal.ZERO;
        long inputMinor;
    }

    private final Chargeback.Builder request;
    private ChargebackConfig config;
    private Currency currency;
    private ReportCurrency fx;
    private final List<InputFile> inputs = new ArrayList<>();
    private final List<RowRejection> rejections = new ArrayList<>();
    private final List<RejectionCount> rejectionCounts = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final TreeMap<Key, Long> lines = new TreeMap<>();
    private final Map<String, Totals> totals = new TreeMap<>();
    private final CloudAcceleratorUse cloudAcc = new CloudAcceleratorUse();
    private final Set<String> onPremPools = new HashSet<>();
    /** On-prem idle hours given to each owner in a month. */
    private final Map<OwnerMonth, Double> idleHoursByOwner = new HashMap<>();
    private final Map<OwnerMonth, Double> usedHoursByOwner = new HashMap<>();
    private final Map<OwnerMonth, TokensRequests> tokensRequestsByOwner = new HashMap<>();
    private final List<PoolUse> poolUses = new ArrayList<>();

    ChargebackEngine(Chargeback.Builder request) {
        this.request = request;
    }

    ChargebackReport run() {
        config = request.config().map(ChargebackConfig::read).orElseGet(ChargebackConfig::defaults);
        List<CloudCosts> clouds = request.cloudCosts(config);
        warnings.addAll(request.readWarnings());
        for (CloudCosts d : clouds) {
            rejections.addAll(d.examples());
            rejectionCounts.addAll(d.rejections());
            inputs.add(new InputFile(d.source(), "FOCUS", d.rowsRead(), d.rowsUsed(), d.rowsRejected()));
        }
        List<OnPremPool> pools = request.onPremPools().map(OnPremPool::read).orElse(List.of());
        request.onPremPools().ifPresent(p -> inputs.add(new InputFile(p.toString(), "on-prem pools", pools.size(),
                pools.size(), 0)));
        List<UsageRecord> usage = List.of();
        if (request.usage().isPresent()) {
            UsageRecord.Read u = UsageRecord.read(request.usage().get(), config.tagKey());
            List<RowRejection> usageRejections = new ArrayList<>(u.rejections());
            usage = UsageMatching.match(config, request.usage().get().toString(), u.records(), pools, clouds,
                    usageRejections);
            int unmatched = u.records().size() - usage.size();
            if (unmatched > 0) {
                warnings.add(("%s: %d usage row(s) match no on-prem pool or billed cloud platform of their month (see "
                        + "the rejected rows); their accelerator-hours are not allocated and count as idle capacity")
                        .formatted(request.usage().get(), unmatched));
            }
            usageRejections.sort(Comparator.comparingLong(RowRejection::line));
            rejections.addAll(usageRejections);
            count(usageRejections);
            // Used = allocated: a row that matches no pool or billed cloud platform and month is rejected.
            inputs.add(new InputFile(request.usage().get().toString(), "usage",
                    u.records().size() + (long) u.rejections().size(), usage.size(), usageRejections.size()));
        }
        UtilisationSeries series = null;
        if (request.utilisation().isPresent()) {
            series = UtilisationSeries.read(request.utilisation().get());
            rejections.addAll(series.rejections());
            count(series.rejections());
            inputs.add(new InputFile(request.utilisation().get().toString(), "utilisation", series.rowsRead(),
                    series.rowsRead() - series.rejections().size(), series.rejections().size()));
        }
        fx = ReportCurrency.resolve(config, request.config().orElse(Path.of("(configuration)")), clouds, pools);
        currency = fx.currency();
        for (UsageRecord u : usage) {
            TokensRequests tr = tokensRequestsByOwner.computeIfAbsent(new OwnerMonth(u.owner(), u.period()),
                    x -> new TokensRequests());
            tr.tokens += u.tokens();
            tr.requests += u.requests();
        }

        List<Map.Entry<Key, Long>> pendingIdle = new ArrayList<>();
        List<Map.Entry<Key, Long>> pendingShared = new ArrayList<>();
        allocateCloud(clouds, pendingIdle, pendingShared);
        for (OnPremPool pool : pools) {
            allocatePool(pool, usage, series);
        }
        for (Map.Entry<Key, Long> e : pendingIdle) {
            distributeUnusedCommitment(e.getKey(), e.getValue());
        }
        for (ChargebackConfig.SharedCost c : config.shared().costs()) {
            String src = c.amount().currency().getCurrencyCode();
            Money m = fx.convert(c.amount());
            Totals t = totals(src);
            t.shared = t.shared.add(c.amount().amount());
            input(src, c.period(), m.minorUnits());
            pendingShared.add(Map.entry(new Key("", c.period(), "shared:" + c.name(), c.name(), SHARED, src),
                    m.minorUnits()));
        }
        for (Map.Entry<Key, Long> e : pendingShared) {
            distributeShared(e.getKey(), e.getValue());
        }
        return assemble(usage, pools);
    }

    /** Counts rejections per file, column and reason. */
    private void count(List<RowRejection> list) {
        Map<List<String>, long[]> n = new java.util.LinkedHashMap<>();
        for (RowRejection r : list) {
            n.computeIfAbsent(List.of(r.file(), r.column(), r.reason()), k -> new long[1])[0]++;
        }
        n.forEach((k, c) -> rejectionCounts.add(new RejectionCount(k.get(0), k.get(1), k.get(2), c[0])));
    }

    private Totals totals(String source) {
        return totals.computeIfAbsent(source, k -> new Totals());
    }

    /** Inputs of one source currency and billing month. */
    private record SourceMonth(String currency, YearMonth month) implements Comparable<SourceMonth> {
        @Override
        public int compareTo(SourceMonth o) {
            int c = currency.compareTo(o.currency);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    /** Per currency and month: the exact cloud costs and the input in minor units of the report currency. */
    private static final class MonthTotals {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        long inputMinor;
    }

    private final Map<SourceMonth, MonthTotals> monthTotals = new TreeMap<>();

    private MonthTotals monthTotals(String source, YearMonth month) {
        return monthTotals.computeIfAbsent(new SourceMonth(source, month), k -> new MonthTotals());
    }

    /** Adds an input amount, rounded once, to its currency's and its month's totals. */
    private void input(String source, YearMonth month, long minor) {
        Totals t = totals(source);
        t.inputMinor = sum(t.inputMinor, minor);
        MonthTotals m = monthTotals(source, month);
        m.inputMinor = sum(m.inputMinor, minor);
    }

    /**
     * An exact sum of minor units. Each amount read is at most 1e15 either side of zero, so only a sum of very many
     * implausible amounts can pass a long's range: an input error, never a silently wrapped total.
     */
    static long sum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the chargeback's totals exceed 9,223,372,036,854,775,807 minor units "
                    + "of their currency: the inputs hold implausible amounts", e);
        }
    }

    private void add(Key key, long minor) {
        lines.merge(key, minor, ChargebackEngine::sum);
    }

    private void allocateCloud(List<CloudCosts> clouds, List<Map.Entry<Key, Long>> pendingIdle,
            List<Map.Entry<Key, Long>> pendingShared) {
        Map<SourceMonth, TreeMap<Key, BigDecimal>> raw = new TreeMap<>();
        for (CloudCosts d : clouds) {
            for (CloudCostGroup g : d.groups()) {
                CloudCostKey ck = g.key();
                String src = ck.billingCurrency().getCurrencyCode();
                Totals t = totals(src);
                t.billed = t.billed.add(g.billedCost());
                t.effective = t.effective.add(g.effectiveCost());
                MonthTotals mt = monthTotals(src, ck.month());
                mt.billed = mt.billed.add(g.billedCost());
                mt.effective = mt.effective.add(g.effectiveCost());
                BigDecimal amount = (config.billedCost() ? g.billedCost() : g.effectiveCost())
                        .multiply(fx.rate(ck.billingCurrency()));
                YearMonth period = ck.month();
                String owner = ck.owner().isEmpty() ? null : ck.owner();
                String pool = "cloud:" + (ck.provider().isEmpty() ? "unknown" : ck.provider());
                String component = ck.serviceCategory().isEmpty() ? "Other" : ck.serviceCategory();
                String kind = DIRECT;
                if (ck.unusedCommitment()) {
                    kind = IDLE_KIND;
                    owner = "";
                } else if (owner != null && config.shared().ownerValues().contains(owner.toLowerCase(Locale.ROOT))) {
                    kind = SHARED;
                    owner = "";
                } else if (owner == null) {
                    owner = Chargeback.UNALLOCATED;
                }
                raw.computeIfAbsent(new SourceMonth(src, period), k -> new TreeMap<>())
                        .merge(new Key(owner, period, pool, component, kind, src), amount, BigDecimal::add);
                if (!ck.acceleratorPlatform().isEmpty()) {
                    cloudAcc.add(
                            new PlatformMonth(UsageMatching.cloudPlatform(config, ck.acceleratorPlatform()), period),
                            owner.isEmpty() ? Chargeback.UNALLOCATED : owner, g.acceleratorHours(), amount,
                            g.busyHours());
                }
            }
        }
        // The lines of one currency and billing month are rounded together, so they sum to that month's bill
        // rounded once (an invoice is per month).
        for (Map.Entry<SourceMonth, TreeMap<Key, BigDecimal>> bySource : raw.entrySet()) {
            List<Key> keys = new ArrayList<>(bySource.getValue().keySet());
            List<Money> rounded = roundToTotal(bySource.getKey(), new ArrayList<>(bySource.getValue().values()));
            for (int i = 0; i < keys.size(); i++) {
                Key k = keys.get(i);
                long minor = rounded.get(i).minorUnits();
                input(bySource.getKey().currency(), bySource.getKey().month(), minor);
                switch (k.kind()) {
                    case IDLE_KIND -> pendingIdle.add(Map.entry(k, minor));
                    case SHARED -> pendingShared.add(Map.entry(k, minor));
                    default -> add(k, minor);
                }
            }
        }
    }

    /** Rounds the cloud lines of a currency and month together; an amount beyond money's range is an input error. */
    private List<Money> roundToTotal(SourceMonth sm, List<BigDecimal> amounts) {
        try {
            return Allocation.roundToTotal(amounts, currency);
        } catch (ArithmeticException e) {
            throw new ChargebackInputException(Path.of("(FOCUS input)"), sm.currency() + " " + sm.month(),
                    "the cloud costs of the month (%s) are too large to be charged in minor units of %s"
                            .formatted(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(),
                                    currency));
        }
    }

    private void allocatePool(OnPremPool pool, List<UsageRecord> usage, UtilisationSeries series) {
        onPremPools.add(pool.name());
        String src = pool.currency().getCurrencyCode();
        ChargebackConfig.Basis basis = config.basis(pool.name());
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        SortedMap<String, BigDecimal> hoursByOwner = new TreeMap<>();
        BigDecimal used = BigDecimal.ZERO;
        for (UsageRecord u : usage) {
            if (u.platform().equals(pool.name()) && u.period().equals(pool.period())) {
                used = used.add(u.acceleratorHours());
                hoursByOwner.merge(u.owner(), u.acceleratorHours(), BigDecimal::add);
                BigDecimal w = switch (basis) {
                    case ACCELERATOR_HOURS -> u.acceleratorHours();
                    case TOKENS -> BigDecimal.valueOf(u.tokens());
                    case REQUESTS -> BigDecimal.valueOf(u.requests());
                };
                weights.merge(u.owner(), w, BigDecimal::add);
            }
        }
        hoursByOwner.forEach((o, h) -> usedHoursByOwner.merge(new OwnerMonth(o, pool.period()), h.doubleValue(),
                Double::sum));
        BigDecimal paid = pool.acceleratorHoursPaid();
        BigDecimal idleHours = paid.subtract(used);
        if (idleHours.signum() < 0) {
            warnings.add("pool %s %s: usage records show %s accelerator-hours, more than the %s paid; no idle share"
                    .formatted(pool.name(), pool.period(), used.toPlainString(), paid.toPlainString()));
            idleHours = BigDecimal.ZERO;
        }
        boolean anyWeight = weights.values().stream().anyMatch(w -> w.signum() > 0);
        if (used.signum() > 0 && !anyWeight) {
            warnings.add("pool %s %s: no %s in the usage records to split by; the used cost goes to %s"
                    .formatted(pool.name(), pool.period(), basis.name().toLowerCase(Locale.ROOT), Chargeback.UNALLOCATED));
        }
        Totals t = totals(src);
        long poolIdleMinor = 0;
        long poolMinor = 0;
        Map<String, Long> idleMinorByOwner = new TreeMap<>();
        for (Map.Entry<String, Money> c : pool.components().entrySet()) {
            t.onPrem = t.onPrem.add(c.getValue().amount());
            Money amount = fx.convert(c.getValue());
            input(src, pool.period(), amount.minorUnits());
            poolMinor = sum(poolMinor, amount.minorUnits());
            Key key = new Key("", pool.period(), pool.name(), c.getKey(), DIRECT, src);
            Money usedPart;
            Money idlePart;
            if (used.signum() == 0) {
                usedPart = Money.zero(currency);
                idlePart = amount;
            } else {
                List<Money> parts = Allocation.split(amount, List.of(used.min(paid), idleHours));
                usedPart = parts.get(0);
                idlePart = parts.get(1);
            }
            if (!usedPart.isZero()) {
                if (anyWeight) {
                    Allocation.byKey(usedPart, weights).forEach((o, m) -> add(key.withOwner(o, DIRECT), m.minorUnits()));
                } else {
                    add(key.withOwner(Chargeback.UNALLOCATED, DIRECT), usedPart.minorUnits());
                }
            }
            poolIdleMinor = sum(poolIdleMinor, idlePart.minorUnits());
            distributeIdle(key, idlePart.minorUnits(), weights)
                    .forEach((o, m) -> idleMinorByOwner.merge(o, m.minorUnits(), ChargebackEngine::sum));
        }
        if (poolIdleMinor != 0) {
            // Idle hours follow idle money: an owner charged 30 % of the idle cost pays for 30 % of the idle hours.
            for (Map.Entry<String, Long> e : idleMinorByOwner.entrySet()) {
                idleHoursByOwner.merge(new OwnerMonth(e.getKey(), pool.period()),
                        idleHours.doubleValue() * e.getValue() / poolIdleMinor, Double::sum);
            }
        }
        double paidH = paid.doubleValue();
        double usedH = used.doubleValue();
        Double measured = null;
        if (series != null && !pool.servers().isEmpty()) {
            double[] s = series.samples(pool.servers(), pool.period());
            if (s[1] > 0) {
                measured = s[0] / s[1];
            }
        }
        Money cost = Money.ofMinor(poolMinor, currency);
        poolUses.add(new PoolUse(pool.name(), pool.site(), pool.serverType(), pool.period().toString(), paidH, usedH,
                usedH / paidH, measured, cost, Money.ofMinor(poolIdleMinor, currency),
                cost.amount().divide(paid, 4, RoundingMode.HALF_EVEN),
                used.signum() == 0 ? null : cost.amount().divide(used, 4, RoundingMode.HALF_EVEN)));
    }

    /** Charges an idle amount by the idle policy; returns what each owner (or the idle line) got. */
    private SortedMap<String, Money> distributeIdle(Key key, long minor, SortedMap<String, BigDecimal> weights) {
        SortedMap<String, Money> out = new TreeMap<>();
        if (minor == 0) {
            return out;
        }
        Money m = Money.ofMinor(minor, currency);
        SortedMap<String, BigDecimal> users = new TreeMap<>();
        weights.forEach((o, w) -> {
            if (w.signum() > 0) {
                users.put(o, w);
            }
        });
        IdlePolicy policy = config.idle().policy();
        if ((policy == IdlePolicy.PROPORTIONAL || policy == IdlePolicy.EVEN) && users.isEmpty()) {
            warnings.add("%s %s: idle cost but no users to share it; shown on the line \"%s\""
                    .formatted(key.pool(), key.period(), Chargeback.IDLE));
            policy = IdlePolicy.SEPARATE;
        }
        switch (policy) {
            case SEPARATE -> out.put(Chargeback.IDLE, m);
            case OWNER -> out.put(config.idle().owner(), m);
            case PROPORTIONAL -> out.putAll(Allocation.byKey(m, users));
            case EVEN -> {
                SortedMap<String, BigDecimal> ones = new TreeMap<>();
                users.keySet().forEach(o -> ones.put(o, BigDecimal.ONE));
                out.putAll(Allocation.byKey(m, ones));
            }
        }
        out.forEach((o, part) -> add(key.withOwner(o, IDLE_KIND), part.minorUnits()));
        return out;
    }

    /** An unused commitment: idle, shared by the owners of the same provider's direct costs in the month. */
    private void distributeUnusedCommitment(Key key, long minor) {
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        lines.forEach((k, v) -> {
            if (k.kind().equals(DIRECT) && k.pool().equals(key.pool()) && k.period().equals(key.period())
                    && !k.owner().equals(Chargeback.UNALLOCATED) && v > 0) {
                weights.merge(k.owner(), BigDecimal.valueOf(v), BigDecimal::add);
            }
        });
        distributeIdle(key, minor, weights);
    }

    private void distributeShared(Key key, long minor) {
        if (minor == 0) {
            return;
        }
        Money m = Money.ofMinor(minor, currency);
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        switch (config.shared().policy()) {
            case FIXED -> weights.putAll(config.shared().percentByOwner());
            case EVEN, PROPORTIONAL -> {
                lines.forEach((k, v) -> {
                    if (k.period().equals(key.period()) && !k.owner().equals(Chargeback.UNALLOCATED)
                            && !k.owner().equals(Chargeback.IDLE) && !k.kind().equals(SHARED)) {
                        weights.merge(k.owner(), BigDecimal.valueOf(v), BigDecimal::add);
                    }
                });
                weights.values().removeIf(w -> w.signum() <= 0);
                if (config.shared().policy() == ChargebackConfig.SharedPolicy.EVEN) {
                    weights.replaceAll((o, w) -> BigDecimal.ONE);
                }
            }
        }
        if (weights.isEmpty()) {
            warnings.add("shared cost %s %s: no owner to share it with; charged to %s"
                    .formatted(key.pool(), key.period(), Chargeback.UNALLOCATED));
            add(key.withOwner(Chargeback.UNALLOCATED, SHARED), minor);
            return;
        }
        Allocation.byKey(m, weights).forEach((o, part) -> add(key.withOwner(o, SHARED), part.minorUnits()));
    }

    private ChargebackReport assemble(List<UsageRecord> usage, List<OnPremPool> pools) {
        List<Line> out = new ArrayList<>();
        Map<OwnerMonth, OwnerMonthCharges> byOwnerPeriod = new TreeMap<>();
        Map<String, Long> allocatedBySource = new TreeMap<>();
        Map<SourceMonth, Long> allocatedBySourceMonth = new TreeMap<>();
        long allocated = 0;
        for (Map.Entry<Key, Long> e : lines.entrySet()) {
            Key k = e.getKey();
            long v = e.getValue();
            if (v == 0) {
                continue; // an owner whose cloud lines round to 0.00 is charged nothing; the sums are unchanged
            }
            out.add(new Line(k.owner(), k.period().toString(), k.pool(), k.component(), k.kind(),
                    Money.ofMinor(v, currency), k.source()));
            allocated = sum(allocated, v);
            allocatedBySource.merge(k.source(), v, ChargebackEngine::sum);
            allocatedBySourceMonth.merge(new SourceMonth(k.source(), k.period()), v, ChargebackEngine::sum);
            OwnerMonthCharges s = byOwnerPeriod.computeIfAbsent(new OwnerMonth(k.owner(), k.period()),
                    x -> new OwnerMonthCharges());
            s.total = sum(s.total, v);
            boolean onPrem = onPremPools.contains(k.pool());
            switch (k.kind()) {
                case IDLE_KIND -> s.idle = sum(s.idle, v);
                case SHARED -> s.shared = sum(s.shared, v);
                default -> {
                    if (onPrem) {
                        s.onPrem = sum(s.onPrem, v);
                    } else {
                        s.cloud = sum(s.cloud, v);
                    }
                }
            }
            if (onPrem && !k.kind().equals(SHARED)) {
                s.onPremAll = sum(s.onPremAll, v);
            }
        }
        List<OwnerPeriod> owners = new ArrayList<>();
        for (Map.Entry<OwnerMonth, OwnerMonthCharges> e : byOwnerPeriod.entrySet()) {
            OwnerMonth om = e.getKey();
            String owner = om.owner();
            String period = om.period().toString();
            OwnerMonthCharges s = e.getValue();
            double usedH = usedHoursByOwner.getOrDefault(om, 0.0);
            BigDecimal cloudAccCost = BigDecimal.ZERO;
            for (CloudAcceleratorUse.Platform c : cloudAcc.ofMonth(om.period())) {
                BigDecimal h = c.hoursByOwner.get(owner);
                if (h != null) {
                    usedH += h.doubleValue();
                    cloudAccCost = cloudAccCost.add(c.costByOwner.get(owner));
                }
            }
            double paidH = usedH + idleHoursByOwner.getOrDefault(om, 0.0);
            TokensRequests tr = tokensRequestsByOwner.getOrDefault(om, new TokensRequests());
            Money accCost = Money.ofMinor(s.onPremAll, currency).plus(Money.rounded(cloudAccCost, currency));
            BigDecimal perMtok = tr.tokens == 0 ? null
                    : accCost.amount().multiply(BigDecimal.valueOf(1_000_000)).divide(BigDecimal.valueOf(tr.tokens),
                            4, RoundingMode.HALF_EVEN);
            owners.add(new OwnerPeriod(owner, period, money(s.total), money(s.cloud), money(s.onPrem),
                    money(s.idle), money(s.shared), s.total == 0 ? 0 : (double) s.idle / s.total, usedH, paidH,
                    tr.tokens, tr.requests, accCost, perMtok));
        }
        List<Reconciliation> rec = new ArrayList<>();
        long input = 0;
        for (Map.Entry<String, Totals> e : totals.entrySet()) {
            Totals t = e.getValue();
            input = sum(input, t.inputMinor);
            rec.add(new Reconciliation(e.getKey(), t.billed, t.effective, t.onPrem, t.shared,
                    fx.rate(Currency.getInstance(e.getKey())), money(t.inputMinor),
                    money(allocatedBySource.getOrDefault(e.getKey(), 0L))));
        }
        List<MonthReconciliation> byMonth = new ArrayList<>();
        for (Map.Entry<SourceMonth, MonthTotals> e : monthTotals.entrySet()) {
            MonthTotals t = e.getValue();
            byMonth.add(new MonthReconciliation(e.getKey().currency(), e.getKey().month().toString(), t.billed,
                    t.effective, money(t.inputMinor), money(allocatedBySourceMonth.getOrDefault(e.getKey(), 0L))));
        }
        List<CloudUse> clouds = cloudAcc.uses(poolUses, config.hoursPerMonth(), currency);
        List<Recommendation> recs = new Recommender(config, currency, poolUses, clouds, pools, usage)
                .recommend(cloudAcc.costs());
        List<String> policies = List.of(
                "owner: tag key \"%s\" (case-insensitive, spaces trimmed); rows without it: %s"
                        .formatted(config.tagKey(), Chargeback.UNALLOCATED),
                "cloud cost column: %s".formatted(config.billedCost() ? "BilledCost (invoice)" : "EffectiveCost (amortised)"),
                config.idle().describe(),
                config.shared().describe(),
                "on-prem basis: " + (config.basisByPool().isEmpty() ? "accelerator-hours" : config.basisByPool()
                        + ", others accelerator-hours"),
                "exactness: amounts in minor units of %s, largest remainder, ties to the smaller owner name; each "
                        .formatted(currency) + "input rounded once (cloud lines per currency together)",
                "month = %s hours; utilisation in percent 0..100 (DCGM_FI_DEV_GPU_UTIL)".formatted(
                        fmt(config.hoursPerMonth())));
        return new ChargebackReport(currency.getCurrencyCode(), policies, inputs, rejections, owners, out, rec,
                money(input), money(allocated), poolUses, clouds, recs, new ArrayList<>(warnings), byMonth,
                rejectionCounts);
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, currency);
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
