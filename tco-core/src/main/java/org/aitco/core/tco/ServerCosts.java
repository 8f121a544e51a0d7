package org.aitco.core.tco;

import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SpaceCost;

/**
 * The fixed cash flows of one server of a type at a site over the horizon, month by month, and its power and
 * energy price; a fleet of N servers has N times these fixed flows.
 *
 * <p>Rules (stated in docs/tco-method.md): a server is bought at the start of month 0 and replaced at the start
 * of every month that is a multiple of its life in months ({@code round(usefulLifeYears * 12)}, at least 1)
 * inside the horizon; hardware prices do not change over time. A server reaching end of life inside the horizon
 * is sold at the end of its last month for {@code residualValueFraction} of its price. The server in service
 * at the horizon end is credited its book value at the end of the last month: straight line from the price down
 * to the residual value over its life, {@code price - (price - residual) * ageMonths / lifeMonths}. Maintenance
 * ({@code maintenancePerYearFraction * price / 12}), space and staff ({@code staffPerServerYear / 12}) are paid
 * every month and do not escalate; space per kW is per kW of the server's peak IT power. A running cost per hour
 * ({@code runningCostPerHour}) is paid for every hour of every month ({@code runningCostPerHour * hoursPerMonth}) and
 * does not escalate either.
 */
final class ServerCosts {
    final double[][] perServer;
    final double idleWatts;
    final double peakWatts;
    final double energyPerKwh;
    final double pue;
    final int lifeMonths;
    final double nominalPerServer;
    final double npvPerServer;
    final int maxServersAtSite;

    ServerCosts(Scenario scenario, ServerType type, Site site, Horizon hz) {
        this(type, site, hz, new Values(scenario.inReportingCurrency(type.purchasePrice()),
                type.residualValueFraction(), type.maintenancePerYearFraction(),
                scenario.inReportingCurrency(type.runningCostPerHour()), scenario.inReportingCurrency(site.energyPerKwh()),
                site.pue(), scenario.inReportingCurrency(site.space().price()),
                scenario.inReportingCurrency(site.staffPerServerYear())));
    }

    /**
     * The values of a server type and a site that a Monte Carlo draw may change (money in the reporting currency);
     * the rest is read from the type and the site.
     */
    record Values(double price, double residualValueFraction, double maintenancePerYearFraction,
                  double runningPerHour, double energyPerKwh, double pue, double spacePrice, double staffPerYear) {
    }

    /** The flows of {@code type} at {@code site} with {@code v} in place of their values there. */
    ServerCosts(ServerType type, Site site, Horizon hz, Values v) {
        int months = hz.months;
        perServer = new double[CostCategory.values().length][months];
        double price = v.price();
        double residual = price * v.residualValueFraction();
        lifeMonths = Math.max(1, (int) Math.round(type.usefulLifeYears() * 12));
        double[] capex = perServer[CostCategory.CAPEX.ordinal()];
        double[] resale = perServer[CostCategory.RESIDUAL_VALUE.ordinal()];
        int lastPurchase = 0;
        for (int m = 0; m < months; m += lifeMonths) {
            capex[m] += price;
            lastPurchase = m;
            int lastMonthOfLife = m + lifeMonths - 1;
            if (lastMonthOfLife < months - 1) {
                resale[lastMonthOfLife] -= residual;
            }
        }
        int age = months - lastPurchase;
        resale[months - 1] -= price - (price - residual) * age / lifeMonths;

        double maintenance = v.maintenancePerYearFraction() * price / 12;
        double spacePrice = v.spacePrice();
        double space = site.space().basis() == SpaceCost.Basis.PER_KW_MONTH
                ? spacePrice * type.peakWatts() / 1000
                : spacePrice * type.rackUnits();
        double staff = v.staffPerYear() / 12;
        double running = v.runningPerHour() * hz.hoursPerMonth;
        for (int m = 0; m < months; m++) {
            perServer[CostCategory.MAINTENANCE.ordinal()][m] = maintenance;
            perServer[CostCategory.SPACE.ordinal()][m] = space;
            perServer[CostCategory.STAFF.ordinal()][m] = staff;
            perServer[CostCategory.RUNNING.ordinal()][m] = running;
        }
        nominalPerServer = Horizon.nominal(perServer);
        npvPerServer = hz.npv(perServer);
        idleWatts = type.idleWatts();
        peakWatts = type.peakWatts();
        energyPerKwh = v.energyPerKwh();
        pue = v.pue();
        maxServersAtSite = maxServers(type, site, pue);
    }

    /** The most servers of {@code type} that {@code site} holds, by facility power (with PUE) and rack units. */
    static int maxServers(ServerType type, Site site) {
        return maxServers(type, site, site.pue());
    }

    /** As {@link #maxServers(ServerType, Site)} with the site's PUE at {@code pue}. */
    static int maxServers(ServerType type, Site site, double pue) {
        long byPower = (long) Math.floor(site.powerCapacityKw() * 1000 / (type.peakWatts() * pue) + 1e-9);
        long byRack = site.rackUnitsCapacity() / type.rackUnits();
        return (int) Math.min(Integer.MAX_VALUE, Math.min(byPower, byRack));
    }
}
