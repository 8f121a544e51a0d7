package org.aitco.core.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.ThroughputEntry;
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;

/**
 * The declared table of scenario fields an uncertain input may address or pass through: for each, a typed getter
 * and a typed setter that copies its record with another value there through the record's canonical constructor
 * (so every model check runs on the new value). {@link ScenarioPath} resolves a path against this table; a field
 * not in it cannot be uncertain.
 *
 * <p>Leaves are numbers ({@code double}), prices ({@link Price}, the amount in its own currency) and optional
 * prices; the rest are the records and lists that lead to them. A demand profile's {@code growthPerYear} and
 * {@code scale} are set by {@link ScenarioPath} itself.
 */
final class ScenarioFields {
    private ScenarioFields() {
    }

    /** One field of a record type: how to read it and how to copy the record with another value there. */
    record Field<R>(Class<R> owner, String name, Function<R, Object> get, BiFunction<R, Object, R> with) {

        Object read(Object record) {
            return get.apply(owner.cast(record));
        }

        Object write(Object record, Object value) {
            return with.apply(owner.cast(record), value);
        }
    }

    private static final Map<Class<?>, Map<String, Field<?>>> TABLE = new HashMap<>();

    private static <R> void field(Class<R> owner, String name, Function<R, Object> get, BiFunction<R, Object, R> with) {
        TABLE.computeIfAbsent(owner, k -> new HashMap<>()).put(name, new Field<>(owner, name, get, with));
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Price> optionalPrice(Object value) {
        return (Optional<Price>) value;
    }

    private static double number(Object value) {
        return (Double) value;
    }

    static {
        field(Scenario.class, "financials", Scenario::financials, (s, v) -> new Scenario(s.name(), s.description(),
                (FinancialAssumptions) v, s.exchangeRates(), s.workloads(), s.accelerators(), s.serverTypes(),
                s.sites(), s.cloudOfferings(), s.throughput()));
        field(Scenario.class, "workloads", Scenario::workloads, (s, v) -> new Scenario(s.name(), s.description(),
                s.financials(), s.exchangeRates(), list(v), s.accelerators(), s.serverTypes(), s.sites(),
                s.cloudOfferings(), s.throughput()));
        field(Scenario.class, "accelerators", Scenario::accelerators, (s, v) -> new Scenario(s.name(),
                s.description(), s.financials(), s.exchangeRates(), s.workloads(), list(v), s.serverTypes(),
                s.sites(), s.cloudOfferings(), s.throughput()));
        field(Scenario.class, "serverTypes", Scenario::serverTypes, (s, v) -> new Scenario(s.name(),
                s.description(), s.financials(), s.exchangeRates(), s.workloads(), s.accelerators(), list(v),
                s.sites(), s.cloudOfferings(), s.throughput()));
        field(Scenario.class, "sites", Scenario::sites, (s, v) -> new Scenario(s.name(), s.description(),
                s.financials(), s.exchangeRates(), s.workloads(), s.accelerators(), s.serverTypes(), list(v),
                s.cloudOfferings(), s.throughput()));
        field(Scenario.class, "cloudOfferings", Scenario::cloudOfferings, (s, v) -> new Scenario(s.name(),
                s.description(), s.financials(), s.exchangeRates(), s.workloads(), s.accelerators(),
                s.serverTypes(), s.sites(), list(v), s.throughput()));
        field(Scenario.class, "throughput", Scenario::throughput, (s, v) -> new Scenario(s.name(),
                s.description(), s.financials(), s.exchangeRates(), s.workloads(), s.accelerators(),
                s.serverTypes(), s.sites(), s.cloudOfferings(), list(v)));

        field(FinancialAssumptions.class, "discountRatePerYear", FinancialAssumptions::discountRatePerYear,
                (f, v) -> new FinancialAssumptions(f.horizonYears(), number(v), f.energyEscalationPerYear(),
                        f.cloudPriceChangePerYear(), f.hoursPerMonth(), f.reportingCurrency()));
        field(FinancialAssumptions.class, "energyEscalationPerYear", FinancialAssumptions::energyEscalationPerYear,
                (f, v) -> new FinancialAssumptions(f.horizonYears(), f.discountRatePerYear(), number(v),
                        f.cloudPriceChangePerYear(), f.hoursPerMonth(), f.reportingCurrency()));
        field(FinancialAssumptions.class, "cloudPriceChangePerYear", FinancialAssumptions::cloudPriceChangePerYear,
                (f, v) -> new FinancialAssumptions(f.horizonYears(), f.discountRatePerYear(),
                        f.energyEscalationPerYear(), number(v), f.hoursPerMonth(), f.reportingCurrency()));

        field(Accelerator.class, "memoryGb", Accelerator::memoryGb,
                (a, v) -> new Accelerator(a.name(), number(v), a.boardWatts()));
        field(Accelerator.class, "boardWatts", Accelerator::boardWatts,
                (a, v) -> new Accelerator(a.name(), a.memoryGb(), number(v)));

        field(ServerType.class, "purchasePrice", ServerType::purchasePrice, (t, v) -> new ServerType(t.name(),
                t.accelerator(), t.acceleratorsPerServer(), (Price) v, t.idleWatts(), t.peakWatts(), t.rackUnits(),
                t.usefulLifeYears(), t.residualValueFraction(), t.maintenancePerYearFraction(),
                t.runningCostPerHour()));
        field(ServerType.class, "idleWatts", ServerType::idleWatts, (t, v) -> new ServerType(t.name(),
                t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(), number(v), t.peakWatts(),
                t.rackUnits(), t.usefulLifeYears(), t.residualValueFraction(), t.maintenancePerYearFraction(),
                t.runningCostPerHour()));
        field(ServerType.class, "peakWatts", ServerType::peakWatts, (t, v) -> new ServerType(t.name(),
                t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(), t.idleWatts(), number(v),
                t.rackUnits(), t.usefulLifeYears(), t.residualValueFraction(), t.maintenancePerYearFraction(),
                t.runningCostPerHour()));
        field(ServerType.class, "usefulLifeYears", ServerType::usefulLifeYears, (t, v) -> new ServerType(t.name(),
                t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(), t.idleWatts(), t.peakWatts(),
                t.rackUnits(), number(v), t.residualValueFraction(), t.maintenancePerYearFraction(),
                t.runningCostPerHour()));
        field(ServerType.class, "residualValueFraction", ServerType::residualValueFraction, (t, v) ->
                new ServerType(t.name(), t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(),
                        t.idleWatts(), t.peakWatts(), t.rackUnits(), t.usefulLifeYears(), number(v),
                        t.maintenancePerYearFraction(), t.runningCostPerHour()));
        field(ServerType.class, "maintenancePerYearFraction", ServerType::maintenancePerYearFraction, (t, v) ->
                new ServerType(t.name(), t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(),
                        t.idleWatts(), t.peakWatts(), t.rackUnits(), t.usefulLifeYears(), t.residualValueFraction(),
                        number(v), t.runningCostPerHour()));
        field(ServerType.class, "runningCostPerHour", ServerType::runningCostPerHour, (t, v) ->
                new ServerType(t.name(), t.accelerator(), t.acceleratorsPerServer(), t.purchasePrice(),
                        t.idleWatts(), t.peakWatts(), t.rackUnits(), t.usefulLifeYears(), t.residualValueFraction(),
                        t.maintenancePerYearFraction(), (Price) v));

        field(Site.class, "energyPerKwh", Site::energyPerKwh, (s, v) -> new Site(s.name(), s.jurisdiction(),
                (Price) v, s.pue(), s.space(), s.powerCapacityKw(), s.rackUnitsCapacity(), s.staffPerServerYear()));
        field(Site.class, "pue", Site::pue, (s, v) -> new Site(s.name(), s.jurisdiction(), s.energyPerKwh(),
                number(v), s.space(), s.powerCapacityKw(), s.rackUnitsCapacity(), s.staffPerServerYear()));
        field(Site.class, "space", Site::space, (s, v) -> new Site(s.name(), s.jurisdiction(), s.energyPerKwh(),
                s.pue(), (SpaceCost) v, s.powerCapacityKw(), s.rackUnitsCapacity(), s.staffPerServerYear()));
        field(Site.class, "powerCapacityKw", Site::powerCapacityKw, (s, v) -> new Site(s.name(), s.jurisdiction(),
                s.energyPerKwh(), s.pue(), s.space(), number(v), s.rackUnitsCapacity(), s.staffPerServerYear()));
        field(Site.class, "staffPerServerYear", Site::staffPerServerYear, (s, v) -> new Site(s.name(),
                s.jurisdiction(), s.energyPerKwh(), s.pue(), s.space(), s.powerCapacityKw(), s.rackUnitsCapacity(),
                (Price) v));
        field(SpaceCost.class, "price", SpaceCost::price, (c, v) -> new SpaceCost((Price) v, c.basis()));

        field(CloudOffering.class, "onDemandPerHour", CloudOffering::onDemandPerHour, (o, v) -> new CloudOffering(
                o.name(), o.provider(), o.region(), o.jurisdiction(), o.instanceType(), o.accelerator(),
                o.acceleratorsPerInstance(), (Price) v, o.commitments(), o.spotPerHour(),
                o.spotInterruptionOverhead(), o.egressPerGb(), o.billingIncrementSeconds()));
        field(CloudOffering.class, "commitments", CloudOffering::commitments, (o, v) -> new CloudOffering(o.name(),
                o.provider(), o.region(), o.jurisdiction(), o.instanceType(), o.accelerator(),
                o.acceleratorsPerInstance(), o.onDemandPerHour(), list(v), o.spotPerHour(),
                o.spotInterruptionOverhead(), o.egressPerGb(), o.billingIncrementSeconds()));
        field(CloudOffering.class, "spotPerHour", CloudOffering::spotPerHour, (o, v) -> new CloudOffering(o.name(),
                o.provider(), o.region(), o.jurisdiction(), o.instanceType(), o.accelerator(),
                o.acceleratorsPerInstance(), o.onDemandPerHour(), o.commitments(), optionalPrice(v),
                o.spotInterruptionOverhead(), o.egressPerGb(), o.billingIncrementSeconds()));
        field(CloudOffering.class, "spotInterruptionOverhead", CloudOffering::spotInterruptionOverhead, (o, v) ->
                new CloudOffering(o.name(), o.provider(), o.region(), o.jurisdiction(), o.instanceType(),
                        o.accelerator(), o.acceleratorsPerInstance(), o.onDemandPerHour(), o.commitments(),
                        o.spotPerHour(), number(v), o.egressPerGb(), o.billingIncrementSeconds()));
        field(CloudOffering.class, "egressPerGb", CloudOffering::egressPerGb, (o, v) -> new CloudOffering(o.name(),
                o.provider(), o.region(), o.jurisdiction(), o.instanceType(), o.accelerator(),
                o.acceleratorsPerInstance(), o.onDemandPerHour(), o.commitments(), o.spotPerHour(),
                o.spotInterruptionOverhead(), (Price) v, o.billingIncrementSeconds()));
        field(Commitment.class, "upfrontFraction", Commitment::upfrontFraction,
                (c, v) -> new Commitment(c.termYears(), number(v), c.effectivePerHour(), c.billing()));
        field(Commitment.class, "effectivePerHour", Commitment::effectivePerHour,
                (c, v) -> new Commitment(c.termYears(), c.upfrontFraction(), (Price) v, c.billing()));

        field(Workload.class, "demand", Workload::demand, (w, v) -> new Workload(w.name(), w.owner(), w.tags(),
                w.model(), (org.aitco.core.model.DemandProfile) v, w.slo(), w.allowedJurisdictions(),
                w.egressGbPerMillionUnits(), w.egressGbPerMonth(), w.interruptible(), w.requestMix(),
                w.splitParts()));
        field(Workload.class, "egressGbPerMillionUnits", Workload::egressGbPerMillionUnits, (w, v) -> new Workload(
                w.name(), w.owner(), w.tags(), w.model(), w.demand(), w.slo(), w.allowedJurisdictions(), number(v),
                w.egressGbPerMonth(), w.interruptible(), w.requestMix(), w.splitParts()));
        field(Workload.class, "egressGbPerMonth", Workload::egressGbPerMonth, (w, v) -> new Workload(w.name(),
                w.owner(), w.tags(), w.model(), w.demand(), w.slo(), w.allowedJurisdictions(),
                w.egressGbPerMillionUnits(), number(v), w.interruptible(), w.requestMix(), w.splitParts()));
        field(Workload.class, "requestMix", Workload::requestMix, (w, v) -> new Workload(w.name(), w.owner(),
                w.tags(), w.model(), w.demand(), w.slo(), w.allowedJurisdictions(), w.egressGbPerMillionUnits(),
                w.egressGbPerMonth(), w.interruptible(), list(v), w.splitParts()));
        field(RequestClass.class, "share", RequestClass::share,
                (c, v) -> new RequestClass(c.name(), number(v), c.model()));

        field(ThroughputEntry.class, "perSecond", ThroughputEntry::perSecond,
                (t, v) -> new ThroughputEntry(t.model(), t.platform(), t.slo(), t.unit(), number(v)));
    }

    /** The field {@code name} of records of {@code owner}, or null when it is not in the table. */
    static Field<?> of(Class<?> owner, String name) {
        Map<String, Field<?>> fields = TABLE.get(owner);
        return fields == null ? null : fields.get(name);
    }
}
