package org.aitco.core.model;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.aitco.core.money.Currencies;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Price;

/**
 * Everything a TCO comparison needs: the workloads, the hardware, sites and cloud offerings that could serve
 * them, how fast each model runs where, and the financial assumptions.
 *
 * <p>Construction checks the cross-references and reports every problem with its path: names are unique
 * (server types and cloud offerings share one namespace, the platforms), every referenced accelerator and
 * platform exists, every workload's model (or, with a request mix, every class's model) has at least one
 * platform at its SLO in its demand unit, and every price can be converted to the reporting currency.
 */
public record Scenario(String name, String description, FinancialAssumptions financials,
                       ExchangeRates exchangeRates, List<Workload> workloads, List<Accelerator> accelerators,
                       List<ServerType> serverTypes, List<Site> sites, List<CloudOffering> cloudOfferings,
                       List<ThroughputEntry> throughput) {

    public Scenario {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.present("description", description);
        checks.present("financials", financials);
        checks.present("exchangeRates", exchangeRates);
        for (var list : List.of(new Named<>("workloads", workloads), new Named<>("accelerators", accelerators),
                new Named<>("serverTypes", serverTypes), new Named<>("sites", sites),
                new Named<>("cloudOfferings", cloudOfferings), new Named<>("throughput", throughput))) {
            if (checks.present(list.field(), list.value())) {
                for (int i = 0; i < list.value().size(); i++) {
                    checks.present(list.field() + "[" + i + "]", list.value().get(i));
                }
            }
        }
        checks.throwIfAny();
        workloads = List.copyOf(workloads);
        accelerators = List.copyOf(accelerators);
        serverTypes = List.copyOf(serverTypes);
        sites = List.copyOf(sites);
        cloudOfferings = List.copyOf(cloudOfferings);
        throughput = List.copyOf(throughput);
        if (workloads.isEmpty()) {
            checks.fail("workloads", "[]", "must hold at least one workload");
        }
        if (serverTypes.isEmpty() && cloudOfferings.isEmpty()) {
            checks.fail("cloudOfferings", "[]", "must hold at least one offering when there are no serverTypes");
        }
        if (!serverTypes.isEmpty() && sites.isEmpty()) {
            checks.fail("sites", "[]", "must hold at least one site for the serverTypes to be placed");
        }
        unique(checks, "workloads", workloads, Workload::name);
        unique(checks, "accelerators", accelerators, Accelerator::name);
        unique(checks, "sites", sites, Site::name);
        unique(checks, "serverTypes", serverTypes, ServerType::name);
        unique(checks, "cloudOfferings", cloudOfferings, CloudOffering::name);
        crossCheck(checks, financials, exchangeRates, workloads, accelerators, serverTypes, sites, cloudOfferings,
                throughput);
        checks.throwIfAny();
    }

    private record Named<T>(String field, List<T> value) {
    }

    private static <T> void unique(Checks checks, String field, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String n = name.apply(items.get(i));
            if (!seen.add(n)) {
                checks.fail(field + "[" + i + "].name", n, "must be unique; it is used before in " + field);
            }
        }
    }

    private static void crossCheck(Checks checks, FinancialAssumptions financials, ExchangeRates rates,
                                   List<Workload> workloads, List<Accelerator> accelerators,
                                   List<ServerType> serverTypes, List<Site> sites,
                                   List<CloudOffering> cloudOfferings, List<ThroughputEntry> throughput) {
        Set<String> acceleratorNames = new HashSet<>();
        accelerators.forEach(a -> acceleratorNames.add(a.name()));
        Set<String> platforms = new HashSet<>();
        for (int i = 0; i < serverTypes.size(); i++) {
            ServerType s = serverTypes.get(i);
            platforms.add(s.name());
            if (!acceleratorNames.contains(s.accelerator())) {
                checks.fail("serverTypes[" + i + "].accelerator", s.accelerator(), "must name one of accelerators "
                        + acceleratorNames);
            }
            currency(checks, financials, rates, "serverTypes[" + i + "].purchasePrice", s.purchasePrice());
            currency(checks, financials, rates, "serverTypes[" + i + "].runningCostPerHour", s.runningCostPerHour());
        }
        for (int i = 0; i < cloudOfferings.size(); i++) {
            CloudOffering c = cloudOfferings.get(i);
            String path = "cloudOfferings[" + i + "]";
            if (!platforms.add(c.name())) {
                checks.fail(path + ".name", c.name(), "must differ from every server type name (both are platforms)");
            }
            if (!acceleratorNames.contains(c.accelerator())) {
                checks.fail(path + ".accelerator", c.accelerator(), "must name one of accelerators "
                        + acceleratorNames);
            }
            currency(checks, financials, rates, path + ".onDemandPerHour", c.onDemandPerHour());
            currency(checks, financials, rates, path + ".egressPerGb", c.egressPerGb());
            c.spotPerHour().ifPresent(p -> currency(checks, financials, rates, path + ".spotPerHour", p));
            for (int k = 0; k < c.commitments().size(); k++) {
                currency(checks, financials, rates, path + ".commitments[" + k + "].effectivePerHour",
                        c.commitments().get(k).effectivePerHour());
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            String path = "sites[" + i + "]";
            currency(checks, financials, rates, path + ".energyPerKwh", s.energyPerKwh());
            currency(checks, financials, rates, path + ".space.price", s.space().price());
            currency(checks, financials, rates, path + ".staffPerServerYear", s.staffPerServerYear());
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < throughput.size(); i++) {
            ThroughputEntry t = throughput.get(i);
            if (!platforms.contains(t.platform())) {
                checks.fail("throughput[" + i + "].platform", t.platform(),
                        "must name a server type or cloud offering of the scenario");
            }
            if (!keys.add(t.model() + "\u0000" + t.platform() + "\u0000" + t.slo())) {
                checks.fail("throughput[" + i + "]", t.model() + " on " + t.platform() + " at " + t.slo(),
                        "is given twice; give one throughput per model, platform and SLO");
            }
        }
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            List<RequestClass> classes = w.classes();
            for (int c = 0; c < classes.size(); c++) {
                String model = classes.get(c).model();
                boolean runsSomewhere = false;
                for (int k = 0; k < throughput.size(); k++) {
                    ThroughputEntry t = throughput.get(k);
                    if (t.model().equals(model) && t.slo() == w.slo()) {
                        if (t.unit() != w.demand().unit()) {
                            checks.fail("throughput[" + k + "].unit", t.unit(),
                                    "must be %s like the demand of workload %s".formatted(w.demand().unit(), w.name()));
                        }
                        runsSomewhere = true;
                    }
                }
                if (!runsSomewhere) {
                    checks.fail(w.requestMix().isEmpty() ? "workloads[" + i + "].model"
                                    : "workloads[" + i + "].requestMix[" + c + "].model", model,
                            "has no throughput entry at SLO %s: add one to throughput, or the %s cannot run anywhere"
                                    .formatted(w.slo(), w.requestMix().isEmpty() ? "workload" : "request class"));
                }
            }
        }
    }

    private static void currency(Checks checks, FinancialAssumptions financials, ExchangeRates rates, String path,
                                 Price price) {
        Currency target = financials.reportingCurrency();
        if (!rates.canConvert(price.currency(), target)) {
            checks.fail(path, price, "is in %s but the reporting currency is %s: add exchangeRates \"%s/%s\""
                    .formatted(price.currency(), target, price.currency(), target));
        }
    }

    /**
     * Starts a builder with default financial assumptions ({@link FinancialAssumptions#defaults}) in
     * {@code reportingCurrency}, an ISO 4217 code such as {@code "EUR"}.
     *
     * @throws IllegalArgumentException naming the code when it is not one
     */
    public static Builder builder(String name, String reportingCurrency) {
        return new Builder(name, Currencies.parse(reportingCurrency));
    }

    /** The throughput of {@code model} on {@code platform} at {@code slo}; empty when it cannot run there. */
    public OptionalDouble throughput(String model, String platform, SloClass slo) {
        for (ThroughputEntry t : throughput) {
            if (t.model().equals(model) && t.platform().equals(platform) && t.slo() == slo) {
                return OptionalDouble.of(t.perSecond());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The throughput of a whole workload on {@code platform} at its SLO, its request mix included; empty when a
     * class of it cannot run there.
     *
     * <p>Without a mix it is the throughput of the workload's model. With one, a server spends
     * {@code share_c / throughput_c} seconds per unit of demand on class {@code c}, so it serves
     * {@code 1 / sum_c(share_c / throughput_c)} units per second (the harmonic mean weighted by share).
     * For example 70 % short requests at 3,000 tokens/s and 30 % long at 1,000 tokens/s:
     * {@code 1 / (0.7 / 3000 + 0.3 / 1000) = 1 / 0.000533 = 1,875} tokens/s.
     */
    public OptionalDouble throughput(Workload workload, String platform) {
        if (workload.requestMix().isEmpty()) {
            return throughput(workload.model(), platform, workload.slo());
        }
        double secondsPerUnit = 0;
        for (RequestClass c : workload.requestMix()) {
            OptionalDouble t = throughput(c.model(), platform, workload.slo());
            if (t.isEmpty()) {
                return OptionalDouble.empty();
            }
            secondsPerUnit += c.share() / t.getAsDouble();
        }
        return OptionalDouble.of(1 / secondsPerUnit);
    }

    public Optional<Workload> workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public Optional<ServerType> serverType(String name) {
        return serverTypes.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Site> site(String name) {
        return sites.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<CloudOffering> cloudOffering(String name) {
        return cloudOfferings.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Accelerator> accelerator(String name) {
        return accelerators.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** A price in the reporting currency, as a double for calculations. */
    public double inReportingCurrency(Price price) {
        return price.valueIn(financials.reportingCurrency(), exchangeRates);
    }

    /** A copy with other financial assumptions. */
    public Scenario withFinancials(FinancialAssumptions f) {
        return new Scenario(name, description, f, exchangeRates, workloads, accelerators, serverTypes, sites,
                cloudOfferings, throughput);
    }

    /** A copy with other workloads. */
    public Scenario withWorkloads(List<Workload> w) {
        return new Scenario(name, description, financials, exchangeRates, w, accelerators, serverTypes, sites,
                cloudOfferings, throughput);
    }

    @Override
    public String toString() {
        return "Scenario[%s: %d workloads, %d server types, %d sites, %d cloud offerings, %d-year horizon, %s]".formatted(
                name, workloads.size(), serverTypes.size(), sites.size(), cloudOfferings.size(),
                financials.horizonYears(), financials.reportingCurrency());
    }

    /** A builder holding this scenario's values, for a changed copy; its financials may be replaced once. */
    public Builder toBuilder() {
        Builder b = new Builder(name, financials.reportingCurrency());
        b.description = description;
        b.financials = financials;
        b.rates.putAll(exchangeRates.rates());
        b.workloads.addAll(workloads);
        b.accelerators.addAll(accelerators);
        b.serverTypes.addAll(serverTypes);
        b.sites.addAll(sites);
        b.cloudOfferings.addAll(cloudOfferings);
        b.throughput.addAll(throughput);
        return b;
    }

    /**
     * Builds a scenario step by step; {@link #build()} checks everything. A step that contradicts one given before
     * ({@code financials(...)} after {@code horizonYears(...)}, a rate given twice) is rejected when it is called.
     */
    public static final class Builder {
        private final String name;
        private String description = "";
        private FinancialAssumptions financials;
        private String financialStep;
        private final Map<String, java.math.BigDecimal> rates = new HashMap<>();
        private final List<Workload> workloads = new ArrayList<>();
        private final List<Accelerator> accelerators = new ArrayList<>();
        private final List<ServerType> serverTypes = new ArrayList<>();
        private final List<Site> sites = new ArrayList<>();
        private final List<CloudOffering> cloudOfferings = new ArrayList<>();
        private final List<ThroughputEntry> throughput = new ArrayList<>();

        private Builder(String name, Currency currency) {
            this.name = name;
            this.financials = FinancialAssumptions.defaults(currency);
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** All financial assumptions at once; not after {@link #horizonYears} or {@link #discountRatePerYear}. */
        public Builder financials(FinancialAssumptions financials) {
            Objects.requireNonNull(financials, "financials");
            if (financialStep != null) {
                throw new IllegalStateException("financials(%s) conflicts with %s given before, which it would undo; "
                        .formatted(financials, financialStep) + "give the financials first");
            }
            this.financials = financials;
            return this;
        }

        public Builder horizonYears(int years) {
            this.financials = financials.withHorizonYears(years);
            financialStep = "horizonYears(" + years + ")";
            return this;
        }

        public Builder discountRatePerYear(double rate) {
            this.financials = financials.withDiscountRatePerYear(rate);
            financialStep = "discountRatePerYear(" + rate + ")";
            return this;
        }

        /** One unit of {@code base} buys {@code rate} units of {@code quote}; each pair once. */
        public Builder exchangeRate(String base, String quote, double rate) {
            if (!Double.isFinite(rate)) {
                throw new IllegalArgumentException("exchange rate %s/%s (%s) must be a finite number"
                        .formatted(base, quote, rate));
            }
            java.math.BigDecimal before = rates.putIfAbsent(base + "/" + quote, java.math.BigDecimal.valueOf(rate));
            if (before != null) {
                throw new IllegalStateException("exchangeRate(%s, %s, %s) conflicts with the rate %s given before"
                        .formatted(base, quote, rate, before));
            }
            return this;
        }

        public Builder workload(Workload workload) {
            workloads.add(workload);
            return this;
        }

        public Builder workload(Workload.Builder workload) {
            return workload(workload.build());
        }

        public Builder accelerator(Accelerator accelerator) {
            accelerators.add(accelerator);
            return this;
        }

        public Builder accelerator(Accelerator.Builder accelerator) {
            return accelerator(accelerator.build());
        }

        public Builder serverType(ServerType serverType) {
            serverTypes.add(serverType);
            return this;
        }

        public Builder serverType(ServerType.Builder serverType) {
            return serverType(serverType.build());
        }

        public Builder site(Site site) {
            sites.add(site);
            return this;
        }

        public Builder site(Site.Builder site) {
            return site(site.build());
        }

        public Builder cloudOffering(CloudOffering offering) {
            cloudOfferings.add(offering);
            return this;
        }

        public Builder cloudOffering(CloudOffering.Builder offering) {
            return cloudOffering(offering.build());
        }

        public Builder throughput(String model, String platform, SloClass slo, DemandUnit unit, double perSecond) {
            throughput.add(new ThroughputEntry(model, platform, slo, unit, perSecond));
            return this;
        }

        public Scenario build() {
            return new Scenario(name, description, financials, new ExchangeRates(rates), workloads, accelerators,
                    serverTypes, sites, cloudOfferings, throughput);
        }
    }
}
