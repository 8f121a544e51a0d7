package org.aitco.core.tco;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.aitco.core.money.Money;

/**
 * One priced way of serving a workload: what it is, its cost lines month by month, its totals and its unit
 * economics. All amounts are in the reporting currency.
 *
 * <p>Names of absent parts are empty strings (an all-cloud option has no {@code serverType}), so the record
 * serialises to plain JSON.
 *
 * <p>The {@link OptionId id} is left out of the JSON form: its parts are the name, kind, server type, site and
 * offering already there.
 *
 * @param id                    which option this is
 * @param name                  {@code id.name()}: unique within a workload's options, for example
 *                              {@code hybrid:dgx@ams-1+p5-eu}
 * @param kind                  which way of serving it is
 * @param workload              the workload served ({@code "pool"} members joined by {@code +} for a pool)
 * @param serverType            the own server type, or {@code ""}
 * @param site                  the site of the own servers, or {@code ""}
 * @param cloudOffering         the cloud offering, or {@code ""}
 * @param ownServers            servers owned (constant over the horizon, refreshed at end of life)
 * @param committedInstances    instances committed in each successive commitment term (empty unless committed)
 * @param currency              the reporting currency
 * @param hoursPerMonth         the month convention of the monthly figures
 * @param lines                 one line per {@link CostCategory}, in the enum's order
 * @param nominal               total undiscounted cost
 * @param npv                   present value of the cost
 * @param cumulativeNominal     undiscounted cost to the end of each month
 * @param unitsServed           tokens or requests served over the horizon
 * @param costBlock             what {@code costPerBlock} is per: {@code "million tokens"} or {@code "thousand requests"}
 * @param costPerBlock          nominal cost per million tokens (or thousand requests)
 * @param utilisation           units served / units the paid capacity (own servers and cloud instances) could serve
 * @param ownUtilisation        the same for the own servers only; 0 when there are none
 * @param unitsPerSecondPerWatt throughput of one server (or instance) at the SLO per watt of its peak power (for
 *                              cloud, the board power of its accelerators)
 * @param unitsPerCurrency      units served per unit of currency spent (nominal)
 */
public record OptionResult(@JsonIgnore OptionId id, String name, OptionKind kind, String workload, String serverType, String site,
                           String cloudOffering, int ownServers, List<Integer> committedInstances,
                           Currency currency, int hoursPerMonth, List<CostLine> lines, Money nominal, Money npv,
                           List<Double> cumulativeNominal, double unitsServed, String costBlock,
                           double costPerBlock, double utilisation, double ownUtilisation,
                           double unitsPerSecondPerWatt, double unitsPerCurrency) {

    public OptionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(serverType, "serverType");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(cloudOffering, "cloudOffering");
        if (!name.equals(id.name()) || kind != id.kind() || !serverType.equals(id.serverType())
                || !site.equals(id.site()) || !cloudOffering.equals(id.cloudOffering())) {
            throw new IllegalArgumentException(("name (%s), kind (%s), serverType (%s), site (%s) and cloudOffering "
                    + "(%s) must be those of the option's id (%s)").formatted(name, kind, serverType, site,
                    cloudOffering, id));
        }
        committedInstances = List.copyOf(Objects.requireNonNull(committedInstances, "committedInstances"));
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.size() != CostCategory.values().length) {
            throw new IllegalArgumentException("lines (%d) must hold one line per cost category (%d)"
                    .formatted(lines.size(), CostCategory.values().length));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).category() != CostCategory.values()[i]) {
                throw new IllegalArgumentException("lines[%d] (%s) must be %s".formatted(i, lines.get(i).category(),
                        CostCategory.values()[i]));
            }
        }
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(npv, "npv");
        cumulativeNominal = MonthlyValues.copyOf(Objects.requireNonNull(cumulativeNominal, "cumulativeNominal"));
        Objects.requireNonNull(costBlock, "costBlock");
        if (ownServers < 0) {
            throw new IllegalArgumentException("ownServers (%d) must be >= 0".formatted(ownServers));
        }
    }

    /** The line of one category. */
    public CostLine line(CostCategory category) {
        return lines.get(category.ordinal());
    }

    /** Months in the horizon. */
    public int months() {
        return cumulativeNominal.size();
    }

    @Override
    public String toString() {
        return "%s: NPV %s, nominal %s, %.4g %s per %s, utilisation %.0f%%".formatted(name, npv, nominal,
                costPerBlock, currency.getCurrencyCode(), costBlock, utilisation * 100);
    }
}
