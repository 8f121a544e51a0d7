package org.aitco.core.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.math.BigDecimal;
import java.util.Map;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandProfile;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.ThroughputEntry;
import org.aitco.core.model.Workload;

/**
 * Writes a scenario in the canonical form: fields in the documented order, every optional field written (except
 * an absent spot price), demand always as {@code hourly}, whole numbers without a decimal point, maps and sets
 * sorted, two-space indentation, {@code \n} line ends and a final newline. Equal scenarios give equal text.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** Doubles up to this size that are whole numbers are written without a decimal point. */
    private static final double LARGEST_WRITTEN_AS_WHOLE = 1e15;

    private ScenarioWriter() {
    }

    static String toJson(Scenario s) {
        try {
            return WRITER.writeValueAsString(tree(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a JSON tree to a string cannot fail", e);
        }
    }

    static ObjectNode tree(Scenario s) {
        ObjectNode o = NODES.objectNode();
        o.put("name", s.name());
        o.put("description", s.description());
        o.set("financials", financials(s.financials()));
        ObjectNode rates = o.putObject("exchangeRates");
        for (Map.Entry<String, BigDecimal> e : s.exchangeRates().rates().entrySet()) {
            rates.put(e.getKey(), e.getValue());
        }
        ArrayNode accelerators = o.putArray("accelerators");
        s.accelerators().forEach(a -> accelerators.add(accelerator(a)));
        ArrayNode serverTypes = o.putArray("serverTypes");
        s.serverTypes().forEach(t -> serverTypes.add(serverType(t)));
        ArrayNode sites = o.putArray("sites");
        s.sites().forEach(t -> sites.add(site(t)));
        ArrayNode offerings = o.putArray("cloudOfferings");
        s.cloudOfferings().forEach(c -> offerings.add(cloudOffering(c)));
        ArrayNode throughput = o.putArray("throughput");
        s.throughput().forEach(t -> throughput.add(throughput(t)));
        ArrayNode workloads = o.putArray("workloads");
        s.workloads().forEach(w -> workloads.add(workload(w)));
        return o;
    }

    private static ObjectNode financials(FinancialAssumptions f) {
        ObjectNode o = NODES.objectNode();
        o.put("horizonYears", f.horizonYears());
        number(o, "discountRatePerYear", f.discountRatePerYear());
        number(o, "energyEscalationPerYear", f.energyEscalationPerYear());
        number(o, "cloudPriceChangePerYear", f.cloudPriceChangePerYear());
        o.put("hoursPerMonth", f.hoursPerMonth());
        o.put("reportingCurrency", f.reportingCurrency().getCurrencyCode());
        return o;
    }

    private static ObjectNode accelerator(Accelerator a) {
        ObjectNode o = NODES.objectNode();
        o.put("name", a.name());
        number(o, "memoryGb", a.memoryGb());
        number(o, "boardWatts", a.boardWatts());
        return o;
    }

    private static ObjectNode serverType(ServerType t) {
        ObjectNode o = NODES.objectNode();
        o.put("name", t.name());
        o.put("accelerator", t.accelerator());
        o.put("acceleratorsPerServer", t.acceleratorsPerServer());
        o.put("purchasePrice", t.purchasePrice().toString());
        number(o, "idleWatts", t.idleWatts());
        number(o, "peakWatts", t.peakWatts());
        o.put("rackUnits", t.rackUnits());
        number(o, "usefulLifeYears", t.usefulLifeYears());
        number(o, "residualValueFraction", t.residualValueFraction());
        number(o, "maintenancePerYearFraction", t.maintenancePerYearFraction());
        o.put("runningCostPerHour", t.runningCostPerHour().toString());
        return o;
    }

    private static ObjectNode site(Site s) {
        ObjectNode o = NODES.objectNode();
        o.put("name", s.name());
        o.put("jurisdiction", s.jurisdiction());
        o.put("energyPerKwh", s.energyPerKwh().toString());
        number(o, "pue", s.pue());
        ObjectNode space = o.putObject("space");
        space.put("price", s.space().price().toString());
        space.put("basis", s.space().basis().name());
        number(o, "powerCapacityKw", s.powerCapacityKw());
        o.put("rackUnitsCapacity", s.rackUnitsCapacity());
        o.put("staffPerServerYear", s.staffPerServerYear().toString());
        return o;
    }

    private static ObjectNode cloudOffering(CloudOffering c) {
        ObjectNode o = NODES.objectNode();
        o.put("name", c.name());
        o.put("provider", c.provider());
        o.put("region", c.region());
        o.put("jurisdiction", c.jurisdiction());
        o.put("instanceType", c.instanceType());
        o.put("accelerator", c.accelerator());
        o.put("acceleratorsPerInstance", c.acceleratorsPerInstance());
        o.put("onDemandPerHour", c.onDemandPerHour().toString());
        ArrayNode commitments = o.putArray("commitments");
        for (Commitment k : c.commitments()) {
            ObjectNode co = commitments.addObject();
            co.put("termYears", k.termYears());
            number(co, "upfrontFraction", k.upfrontFraction());
            co.put("effectivePerHour", k.effectivePerHour().toString());
            co.put("billing", k.billing().name());
        }
        c.spotPerHour().ifPresent(p -> o.put("spotPerHour", p.toString()));
        number(o, "spotInterruptionOverhead", c.spotInterruptionOverhead());
        o.put("egressPerGb", c.egressPerGb().toString());
        o.put("billingIncrementSeconds", c.billingIncrementSeconds());
        return o;
    }

    private static ObjectNode throughput(ThroughputEntry t) {
        ObjectNode o = NODES.objectNode();
        o.put("model", t.model());
        o.put("platform", t.platform());
        o.put("slo", t.slo().name());
        o.put("unit", t.unit().name());
        number(o, "perSecond", t.perSecond());
        return o;
    }

    private static ObjectNode workload(Workload w) {
        ObjectNode o = NODES.objectNode();
        o.put("name", w.name());
        o.put("owner", w.owner());
        ObjectNode tags = o.putObject("tags");
        w.tags().forEach(tags::put);
        o.put("model", w.model());
        o.set("demand", demand(w.demand()));
        o.put("slo", w.slo().name());
        ArrayNode jurisdictions = o.putArray("allowedJurisdictions");
        w.allowedJurisdictions().forEach(jurisdictions::add);
        number(o, "egressGbPerMillionUnits", w.egressGbPerMillionUnits());
        number(o, "egressGbPerMonth", w.egressGbPerMonth());
        o.put("interruptible", w.interruptible());
        ArrayNode mix = o.putArray("requestMix");
        for (RequestClass c : w.requestMix()) {
            ObjectNode co = mix.addObject();
            co.put("name", c.name());
            number(co, "share", c.share());
            co.put("model", c.model());
        }
        o.put("splitParts", w.splitParts());
        return o;
    }

    private static ObjectNode demand(DemandProfile d) {
        ObjectNode o = NODES.objectNode();
        o.put("unit", d.unit().name());
        ArrayNode hourly = o.putArray("hourly");
        for (double v : d.hourly()) {
            hourly.add(number(v));
        }
        number(o, "growthPerYear", d.growthPerYear());
        return o;
    }

    private static void number(ObjectNode o, String field, double value) {
        o.set(field, number(value));
    }

    /** A double as a JSON number: {@code 80} rather than {@code 80.0}; otherwise the shortest exact form. */
    private static com.fasterxml.jackson.databind.node.ValueNode number(double value) {
        boolean negativeZero = value == 0 && 1 / value < 0;
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_WRITTEN_AS_WHOLE && !negativeZero) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }
}
