package org.aitco.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitco.core.input.Fields;
import org.aitco.core.input.Json;
import org.aitco.core.input.Problems;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandProfile;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.ThroughputEntry;
import org.aitco.core.model.ValidationException;
import org.aitco.core.model.Violation;
import org.aitco.core.model.Workload;
import org.aitco.core.money.ExchangeRates;
import org.aitco.core.money.Price;

/**
 * Reads a scenario from a JSON tree in the format of {@code docs/scenario-format.md}, collecting every problem.
 * The range rules are the model's: this class checks only the shape of the JSON (fields, types) and hands the
 * values to the model's constructors.
 */
final class ScenarioReader {
    static final List<String> SCENARIO = List.of("name", "description", "financials", "exchangeRates",
            "accelerators", "serverTypes", "sites", "cloudOfferings", "throughput", "workloads");
    static final List<String> FINANCIALS = List.of("horizonYears", "discountRatePerYear",
            "energyEscalationPerYear", "cloudPriceChangePerYear", "hoursPerMonth", "reportingCurrency");
    static final List<String> ACCELERATOR = List.of("name", "memoryGb", "boardWatts");
    static final List<String> SERVER_TYPE = List.of("name", "accelerator", "acceleratorsPerServer", "purchasePrice",
            "idleWatts", "peakWatts", "rackUnits", "usefulLifeYears", "residualValueFraction",
            "maintenancePerYearFraction", "runningCostPerHour");
    static final List<String> SITE = List.of("name", "jurisdiction", "energyPerKwh", "pue", "space",
            "powerCapacityKw", "rackUnitsCapacity", "staffPerServerYear");
    static final List<String> SPACE = List.of("price", "basis");
    static final List<String> CLOUD_OFFERING = List.of("name", "provider", "region", "jurisdiction",
            "instanceType", "accelerator", "acceleratorsPerInstance", "onDemandPerHour", "commitments",
            "spotPerHour", "spotInterruptionOverhead", "egressPerGb", "billingIncrementSeconds");
    static final List<String> COMMITMENT = List.of("termYears", "upfrontFraction", "effectivePerHour", "billing");
    static final List<String> THROUGHPUT = List.of("model", "platform", "slo", "unit", "perSecond");
    static final List<String> WORKLOAD = List.of("name", "owner", "tags", "model", "demand", "slo",
            "allowedJurisdictions", "egressGbPerMillionUnits", "egressGbPerMonth", "interruptible", "requestMix",
            "splitParts");
    static final List<String> REQUEST_CLASS = List.of("name", "share", "model");
    static final List<String> DEMAND = List.of("unit", "hourly", "constantPerSecond", "growthPerYear");

    static final int DEFAULT_BILLING_INCREMENT_SECONDS = 3600;

    private ScenarioReader() {
    }

    /** The scenario of a document; null when any problem was found (all of them are in {@code problems}). */
    static Scenario scenario(JsonNode root, Problems problems) {
        Fields f = Fields.open(root, "", problems, SCENARIO);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        String description = f.string("description", "");
        FinancialAssumptions financials = f.object("financials", true, ScenarioReader::financials);
        ExchangeRates rates = f.has("exchangeRates")
                ? f.object("exchangeRates", false, Fields::exchangeRates)
                : ExchangeRates.none();
        List<Accelerator> accelerators = f.list("accelerators", true, ScenarioReader::accelerator);
        List<ServerType> serverTypes = f.list("serverTypes", true, ScenarioReader::serverType);
        List<Site> sites = f.list("sites", true, ScenarioReader::site);
        List<CloudOffering> offerings = f.list("cloudOfferings", true, ScenarioReader::cloudOffering);
        List<ThroughputEntry> throughput = f.list("throughput", true, ScenarioReader::throughput);
        List<Workload> workloads = f.list("workloads", true, ScenarioReader::workload);
        return f.build(() -> new Scenario(name, description, financials, rates, workloads, accelerators,
                serverTypes, sites, offerings, throughput));
    }

    static FinancialAssumptions financials(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, FINANCIALS);
        if (f == null) {
            return null;
        }
        int horizonYears = f.integer("horizonYears");
        double discountRate = f.number("discountRatePerYear");
        double energyEscalation = f.number("energyEscalationPerYear", 0);
        double cloudPriceChange = f.number("cloudPriceChangePerYear", 0);
        int hoursPerMonth = f.integer("hoursPerMonth", FinancialAssumptions.DEFAULT_HOURS_PER_MONTH);
        Currency currency = f.currency("reportingCurrency");
        return f.build(() -> new FinancialAssumptions(horizonYears, discountRate, energyEscalation, cloudPriceChange,
                hoursPerMonth, currency));
    }

    static Accelerator accelerator(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, ACCELERATOR);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        double memoryGb = f.number("memoryGb");
        double boardWatts = f.number("boardWatts");
        return f.build(() -> new Accelerator(name, memoryGb, boardWatts));
    }

    static ServerType serverType(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, SERVER_TYPE);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        String accelerator = f.string("accelerator");
        int acceleratorsPerServer = f.integer("acceleratorsPerServer");
        Price purchasePrice = f.price("purchasePrice");
        double idleWatts = f.number("idleWatts");
        double peakWatts = f.number("peakWatts");
        int rackUnits = f.integer("rackUnits");
        double usefulLifeYears = f.number("usefulLifeYears");
        double residual = f.number("residualValueFraction");
        double maintenance = f.number("maintenancePerYearFraction");
        Optional<Price> running = f.optionalPrice("runningCostPerHour");
        return f.build(() -> running.isPresent()
                ? new ServerType(name, accelerator, acceleratorsPerServer, purchasePrice, idleWatts, peakWatts,
                rackUnits, usefulLifeYears, residual, maintenance, running.get())
                : new ServerType(name, accelerator, acceleratorsPerServer, purchasePrice, idleWatts, peakWatts,
                rackUnits, usefulLifeYears, residual, maintenance));
    }

    static Site site(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, SITE);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        String jurisdiction = f.string("jurisdiction");
        Price energy = f.price("energyPerKwh");
        double pue = f.number("pue");
        SpaceCost space = f.object("space", true, ScenarioReader::space);
        double powerCapacityKw = f.number("powerCapacityKw");
        int rackUnitsCapacity = f.integer("rackUnitsCapacity");
        Price staff = f.price("staffPerServerYear");
        return f.build(() -> new Site(name, jurisdiction, energy, pue, space, powerCapacityKw, rackUnitsCapacity,
                staff));
    }

    static SpaceCost space(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, SPACE);
        if (f == null) {
            return null;
        }
        Price price = f.price("price");
        SpaceCost.Basis basis = f.enumValue("basis", SpaceCost.Basis.class);
        return f.build(() -> new SpaceCost(price, basis));
    }

    static CloudOffering cloudOffering(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, CLOUD_OFFERING);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        String provider = f.string("provider");
        String region = f.string("region");
        String jurisdiction = f.string("jurisdiction");
        String instanceType = f.string("instanceType");
        String accelerator = f.string("accelerator");
        int acceleratorsPerInstance = f.integer("acceleratorsPerInstance");
        Price onDemand = f.price("onDemandPerHour");
        List<Commitment> commitments = f.list("commitments", false, ScenarioReader::commitment);
        Optional<Price> spot = f.optionalPrice("spotPerHour");
        double spotOverhead = f.number("spotInterruptionOverhead", 0);
        Price egress = f.price("egressPerGb");
        int billing = f.integer("billingIncrementSeconds", DEFAULT_BILLING_INCREMENT_SECONDS);
        return f.build(() -> new CloudOffering(name, provider, region, jurisdiction, instanceType, accelerator,
                acceleratorsPerInstance, onDemand, commitments, spot, spotOverhead, egress, billing));
    }

    static Commitment commitment(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, COMMITMENT);
        if (f == null) {
            return null;
        }
        int termYears = f.integer("termYears");
        double upfront = f.number("upfrontFraction");
        Price effective = f.price("effectivePerHour");
        Commitment.Billing billing = f.has("billing") ? f.enumValue("billing", Commitment.Billing.class)
                : Commitment.Billing.MONTH_START;
        return f.build(() -> new Commitment(termYears, upfront, effective, billing));
    }

    static ThroughputEntry throughput(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, THROUGHPUT);
        if (f == null) {
            return null;
        }
        String model = f.string("model");
        String platform = f.string("platform");
        SloClass slo = f.enumValue("slo", SloClass.class);
        DemandUnit unit = f.enumValue("unit", DemandUnit.class);
        double perSecond = f.number("perSecond");
        return f.build(() -> new ThroughputEntry(model, platform, slo, unit, perSecond));
    }

    static Workload workload(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, WORKLOAD);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        String owner = f.string("owner");
        Map<String, String> tags = f.stringMap("tags");
        String model = f.string("model");
        DemandProfile demand = f.object("demand", true, ScenarioReader::demand);
        SloClass slo = f.enumValue("slo", SloClass.class);
        Set<String> jurisdictions = f.stringSet("allowedJurisdictions");
        double egressPerMillion = f.number("egressGbPerMillionUnits", 0);
        double egressPerMonth = f.number("egressGbPerMonth", 0);
        boolean interruptible = f.bool("interruptible", false);
        List<RequestClass> mix = f.list("requestMix", false, ScenarioReader::requestClass);
        int splitParts = f.integer("splitParts", 1);
        return f.build(() -> new Workload(name, owner, tags, model, demand, slo, jurisdictions, egressPerMillion,
                egressPerMonth, interruptible, mix, splitParts));
    }

    static RequestClass requestClass(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, REQUEST_CLASS);
        if (f == null) {
            return null;
        }
        String name = f.string("name");
        double share = f.number("share");
        String model = f.string("model");
        return f.build(() -> new RequestClass(name, share, model));
    }

    /** A demand profile: exactly one of {@code hourly} (24, 168 or 8,760 values) and {@code constantPerSecond}. */
    static DemandProfile demand(JsonNode node, String path, Problems problems) {
        Fields f = Fields.open(node, path, problems, DEMAND);
        if (f == null) {
            return null;
        }
        DemandUnit unit = f.enumValue("unit", DemandUnit.class);
        double growth = f.number("growthPerYear", 0);
        boolean hasHourly = f.has("hourly");
        boolean hasConstant = f.has("constantPerSecond");
        if (hasHourly && hasConstant) {
            problems.add(path, "hourly and constantPerSecond",
                    "must give exactly one of hourly (24, 168 or 8760 values) and constantPerSecond");
            f.failed("hourly");
            f.failed("constantPerSecond");
            return f.build(() -> DemandProfile.of(unit, new double[0], growth));
        }
        if (hasConstant) {
            double perSecond = f.number("constantPerSecond");
            return constant(f, unit, perSecond, growth);
        }
        if (!hasHourly) {
            problems.add(Json.field(path, "hourly"), "missing",
                    "is required unless constantPerSecond is given: an array of 24, 168 or 8760 hourly values");
            f.failed("hourly");
            return f.build(() -> DemandProfile.of(unit, new double[0], growth));
        }
        List<Double> values = f.list("hourly", true, (n, p, pr) -> Fields.toDouble(n, p, pr));
        double[] hourly = values == null ? new double[0] : values.stream().mapToDouble(Double::doubleValue).toArray();
        return f.build(() -> DemandProfile.of(unit, hourly, growth));
    }

    /**
     * A constant profile; the model checks its 24 equal hours, and their complaints are reported once, under
     * {@code constantPerSecond}.
     */
    private static DemandProfile constant(Fields f, DemandUnit unit, double perSecond, double growth) {
        return f.build(() -> {
            try {
                return DemandProfile.constant(unit, perSecond, growth);
            } catch (ValidationException e) {
                Map<String, Violation> renamed = new LinkedHashMap<>();
                for (Violation v : e.violations()) {
                    Violation r = v.path().startsWith("hourly")
                            // "hourly" itself is only ever the all-zero check (24 values are always given).
                            ? new Violation("constantPerSecond", Double.toString(perSecond),
                                    v.path().equals("hourly") ? "must be > 0" : v.expected())
                            : v;
                    renamed.putIfAbsent(r.toString(), r);
                }
                throw new ValidationException(List.copyOf(renamed.values()));
            }
        });
    }
}
