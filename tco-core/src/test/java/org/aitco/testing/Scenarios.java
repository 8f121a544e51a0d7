package org.aitco.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aitco.core.model.*;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Price;

/**
 * Generators of valid domain values for jqwik properties, built valid by construction (no filtering).
 *
 * <p>{@link #scenarios()} gives scenarios with 1–3 accelerators, 0–3 server types (with 1–2 sites when there
 * are any), 0–3 cloud offerings (at least one when there are no server types), 1–3 models and 1–4 workloads
 * whose demand profiles hold 24 or 168 hourly values, prices in 1–3 currencies with an exchange rate from each
 * to the reporting currency, request mixes of 0-3 classes and 1-100 split parts, and a throughput entry for every
 * workload's model (or each of its classes' models) at its SLO (plus a few more).
 * Names carry random suffixes with quotes, backslashes, control and non-ASCII characters.
 */
public final class Scenarios {
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY");
    private static final List<String> JURISDICTIONS = List.of("EU", "US", "DE", "CH", "UK");

    private Scenarios() {
    }

    /** The sizes and currencies of a scenario, drawn first so that the parts can refer to one another. */
    private record Shape(List<Currency> currencies, int accelerators, int serverTypes, int sites,
                         int cloudOfferings, int models, int workloads) {
        Currency reporting() {
            return currencies.get(0);
        }
    }

    /** Valid scenarios; see the class comment for what they hold. */
    public static Arbitrary<Scenario> scenarios() {
        return shapes().flatMap(Scenarios::scenario);
    }

    private static Arbitrary<Shape> shapes() {
        Arbitrary<List<Currency>> currencies = Arbitraries.of(CURRENCIES).list().uniqueElements()
                .ofMinSize(1).ofMaxSize(3)
                .map(codes -> codes.stream().map(Currency::getInstance).toList());
        return Combinators.combine(currencies, Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4))
                .flatAs((cur, accelerators, serverTypes, models, workloads) -> Combinators.combine(
                                Arbitraries.integers().between(serverTypes == 0 ? 0 : 1, 2),
                                Arbitraries.integers().between(serverTypes == 0 ? 1 : 0, 3))
                        .as((sites, clouds) -> new Shape(cur, accelerators, serverTypes, sites, clouds, models,
                                workloads)));
    }

    private static Arbitrary<Scenario> scenario(Shape shape) {
        Arbitrary<List<Accelerator>> accelerators = listOf(shape.accelerators(), Scenarios::accelerator);
        Arbitrary<List<DemandUnit>> units = Arbitraries.of(DemandUnit.class).list().ofSize(shape.models());
        return Combinators.combine(name("scenario-", 0), text(), financials(shape.reporting()),
                        exchangeRates(shape.currencies()), accelerators, units)
                .flatAs((name, description, financials, rates, accs, unitOfModel) -> {
                    List<String> acceleratorNames = accs.stream().map(Accelerator::name).toList();
                    return Combinators.combine(
                                    listOf(shape.serverTypes(), i -> serverType(i, acceleratorNames, shape.currencies())),
                                    listOf(shape.sites(), i -> site(i, shape.currencies())),
                                    listOf(shape.cloudOfferings(),
                                            i -> cloudOffering(i, acceleratorNames, shape.currencies())),
                                    listOf(shape.workloads(), i -> workload(i, unitOfModel)))
                            .flatAs((serverTypes, sites, offerings, workloads) -> {
                                List<String> platforms = new ArrayList<>();
                                serverTypes.forEach(s -> platforms.add(s.name()));
                                offerings.forEach(c -> platforms.add(c.name()));
                                return throughput(workloads, unitOfModel, platforms)
                                        .map(table -> new Scenario(name, description, financials, rates, workloads,
                                                accs, serverTypes, sites, offerings, table));
                            });
                });
    }

    /** Financial assumptions anywhere in the model's ranges. */
    public static Arbitrary<FinancialAssumptions> financials(Currency reporting) {
        return Combinators.combine(Arbitraries.integers().between(1, 30), number(0, 1),
                        number(-0.5, 1), number(-0.9, 1), Arbitraries.integers().between(672, 744))
                .as((years, discount, energy, cloud, hours) -> new FinancialAssumptions(years, discount, energy,
                        cloud, hours, reporting));
    }

    /** A rate between each further currency and the first, given one way or the other. */
    private static Arbitrary<ExchangeRates> exchangeRates(List<Currency> currencies) {
        String reporting = currencies.get(0).getCurrencyCode();
        List<Arbitrary<Map.Entry<String, BigDecimal>>> pairs = new ArrayList<>();
        for (Currency c : currencies.subList(1, currencies.size())) {
            String code = c.getCurrencyCode();
            pairs.add(Combinators.combine(Arbitraries.of(true, false),
                            Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1000"))
                                    .ofScale(4))
                    .as((toReporting, rate) -> Map.entry(toReporting ? code + "/" + reporting
                            : reporting + "/" + code, rate)));
        }
        if (pairs.isEmpty()) {
            return Arbitraries.just(ExchangeRates.none());
        }
        return Combinators.combine(pairs).as(entries -> {
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            entries.forEach(e -> rates.put(e.getKey(), e.getValue()));
            return new ExchangeRates(rates);
        });
    }

    private static Arbitrary<Accelerator> accelerator(int i) {
        return Combinators.combine(name("acc-", i), number(0.01, 2048), number(1, 3000)).as(Accelerator::new);
    }

    private static Arbitrary<ServerType> serverType(int i, List<String> accelerators, List<Currency> currencies) {
        return Combinators.combine(name("srv-", i), Arbitraries.of(accelerators),
                        Arbitraries.integers().between(1, 16), price(currencies), number(1, 20_000),
                        number(0, 1), Arbitraries.integers().between(1, 10), number(0.5, 20))
                .flatAs((name, acc, n, price, peak, idleShare, units, life) -> Combinators.combine(
                                number(0, 1), number(0, 1))
                        .as((residual, maintenance) -> new ServerType(name, acc, n, price, peak * idleShare, peak,
                                units, life, residual, maintenance)));
    }

    private static Arbitrary<Site> site(int i, List<Currency> currencies) {
        Arbitrary<SpaceCost> space = Combinators.combine(price(currencies), Arbitraries.of(SpaceCost.Basis.class))
                .as(SpaceCost::new);
        return Combinators.combine(name("site-", i), Arbitraries.of(JURISDICTIONS), price(currencies),
                        number(1, 3), space, number(0.01, 100_000), Arbitraries.integers().between(1, 10_000),
                        price(currencies))
                .as(Site::new);
    }

    private static Arbitrary<CloudOffering> cloudOffering(int i, List<String> accelerators,
                                                          List<Currency> currencies) {
        Arbitrary<Commitment> commitment = Combinators.combine(Arbitraries.of(1, 3), number(0, 1),
                price(currencies)).as(Commitment::new);
        Arbitrary<Optional<Price>> spot = price(currencies).optional(0.6);
        return Combinators.combine(name("cloud-", i), Arbitraries.of("AWS", "GCP", "Azure", "OCI"), text(),
                        Arbitraries.of(JURISDICTIONS), text(), Arbitraries.of(accelerators),
                        Arbitraries.integers().between(1, 16), price(currencies))
                .flatAs((name, provider, region, jurisdiction, instanceType, acc, n, onDemand) -> Combinators.combine(
                                commitment.list().ofMaxSize(3), spot, number(0, 1), price(currencies),
                                Arbitraries.of(1, 60, 3600))
                        .as((commitments, spotPrice, overhead, egress, billing) -> new CloudOffering(name, provider,
                                "r-" + region, jurisdiction, "i-" + instanceType, acc, n, onDemand, commitments,
                                spotPrice, overhead, egress, billing)));
    }

    private static Arbitrary<Workload> workload(int i, List<DemandUnit> unitOfModel) {
        Arbitrary<Map<String, String>> tags = Arbitraries.maps(name("k", 0), text()).ofMaxSize(3);
        Arbitrary<Set<String>> jurisdictions = Arbitraries.of(JURISDICTIONS).set().ofMaxSize(3);
        return Combinators.combine(name("wl-", i), name("owner-", 0), tags,
                        Arbitraries.integers().between(0, unitOfModel.size() - 1), Arbitraries.of(SloClass.class),
                        jurisdictions, number(0, 10), number(0, 100_000))
                .flatAs((name, owner, tagMap, model, slo, allowed, perMillion, perMonth) -> Combinators.combine(
                                demand(unitOfModel.get(model)), Arbitraries.of(true, false), requestMix(model),
                                Arbitraries.integers().between(1, Workload.MAX_SPLIT_PARTS))
                        .as((demand, interruptible, mix, parts) -> new Workload(name, owner, tagMap, model(model),
                                demand, slo, allowed, perMillion, perMonth, interruptible, mix, parts)));
    }

    /**
     * Request mixes of 0-3 classes of model {@code model} (the class models are {@code model-i/<class>}, in the
     * model's demand unit), with shares {@code weight / sum of weights}, which sum to 1 within rounding.
     */
    private static Arbitrary<List<RequestClass>> requestMix(int model) {
        return Arbitraries.integers().between(0, 3).flatMap(n -> n == 0 ? Arbitraries.just(List.<RequestClass>of())
                : Combinators.combine(Arbitraries.integers().between(1, 1_000).list().ofSize(n),
                        text().ofMaxLength(4)).as((weights, suffix) -> {
                    double sum = weights.stream().mapToInt(Integer::intValue).sum();
                    List<RequestClass> mix = new ArrayList<>();
                    for (int c = 0; c < n; c++) {
                        mix.add(new RequestClass("class-" + c + ":" + suffix, weights.get(c) / sum,
                                classModel(model, c)));
                    }
                    return List.copyOf(mix);
                }));
    }

    private static String classModel(int model, int c) {
        return model(model) + "/c" + c;
    }

    /** Demand profiles of a day or a week, with demand in at least one hour and growth anywhere in range. */
    public static Arbitrary<DemandProfile> demand(DemandUnit unit) {
        return Arbitraries.of(24, 168).flatMap(hours -> Combinators.combine(
                        number(0, 100_000).array(double[].class).ofSize(hours),
                        Arbitraries.integers().between(0, hours - 1), number(0.01, 100_000), number(-0.99, 10))
                .as((hourly, busyHour, busyDemand, growth) -> {
                    hourly[busyHour] = busyDemand;
                    return DemandProfile.of(unit, hourly, growth);
                }));
    }

    /**
     * A throughput table with an entry for each workload's model at its SLO on some platform, and up to three
     * more entries; each model has one demand unit throughout, and no (model, platform, SLO) is given twice.
     */
    private static Arbitrary<List<ThroughputEntry>> throughput(List<Workload> workloads, List<DemandUnit> unitOfModel,
                                                               List<String> platforms) {
        Set<List<Object>> needed = new LinkedHashSet<>();
        workloads.forEach(w -> w.classes().forEach(c -> needed.add(List.of(c.model(), w.slo(),
                w.demand().unit()))));
        List<List<Object>> keys = List.copyOf(needed);
        Arbitrary<List<ThroughputEntry>> required = listOf(keys.size(), i -> {
            String model = (String) keys.get(i).get(0);
            SloClass slo = (SloClass) keys.get(i).get(1);
            DemandUnit unit = (DemandUnit) keys.get(i).get(2);
            return Combinators.combine(Arbitraries.of(platforms), number(0.01, 1_000_000))
                    .as((platform, perSecond) -> new ThroughputEntry(model, platform, slo, unit, perSecond));
        });
        Arbitrary<List<ThroughputEntry>> extra = Combinators.combine(
                        Arbitraries.integers().between(0, unitOfModel.size() - 1), Arbitraries.of(platforms),
                        Arbitraries.of(SloClass.class), number(0.01, 1_000_000))
                .as((model, platform, slo, perSecond) -> new ThroughputEntry(model(model), platform, slo,
                        unitOfModel.get(model), perSecond))
                .list().ofMaxSize(3);
        return Combinators.combine(required, extra).as((r, e) -> {
            Map<List<Object>, ThroughputEntry> table = new LinkedHashMap<>();
            for (ThroughputEntry t : r) {
                table.putIfAbsent(List.of(t.model(), t.platform(), t.slo()), t);
            }
            for (ThroughputEntry t : e) {
                table.putIfAbsent(List.of(t.model(), t.platform(), t.slo()), t);
            }
            return List.copyOf(table.values());
        });
    }

    private static String model(int i) {
        return "model-" + i;
    }

    /** A price in one of {@code currencies}, with 0 to 4 decimals, zero included. */
    public static Arbitrary<Price> price(List<Currency> currencies) {
        return Combinators.combine(Arbitraries.of(currencies), Arbitraries.integers().between(0, 4))
                .flatAs((currency, scale) -> Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("500000")).ofScale(scale)
                        .map(amount -> new Price(amount, currency)));
    }

    /**
     * Unique names: {@code prefix + i + ":"} and a random suffix, so that two indices never give one name, with
     * characters that JSON must escape.
     */
    private static Arbitrary<String> name(String prefix, int i) {
        return text().ofMaxLength(4).map(suffix -> prefix + i + ":" + suffix);
    }

    private static net.jqwik.api.arbitraries.StringArbitrary text() {
        return Arbitraries.strings().withCharRange(' ', '~')
                .withChars('\u00e9', '\u00df', '\u20ac', '\u4e2d', '"', '\\', '\n', '\t', '\u0001', '/')
                .ofMaxLength(12);
    }

    /** Doubles in [lo, hi], some with 2 decimals, some with 12 (values like 0.123456789012). */
    private static Arbitrary<Double> number(double lo, double hi) {
        return Arbitraries.oneOf(Arbitraries.doubles().between(lo, hi).ofScale(2),
                Arbitraries.doubles().between(lo, hi).ofScale(12));
    }

    private static <T> Arbitrary<List<T>> listOf(int n, IntFunction<Arbitrary<T>> element) {
        if (n == 0) {
            return Arbitraries.just(List.of());
        }
        List<Arbitrary<T>> elements = IntStream.range(0, n).mapToObj(element).toList();
        return Combinators.combine(elements).as(List::copyOf);
    }
}
