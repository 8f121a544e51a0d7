package org.aitco.core.model;

import org.aitco.core.money.Price;

/**
 * An on-prem server model that can be bought: its accelerators, price, power and life.
 *
 * <p>Power: a server draws {@code idleWatts} when idle and {@code peakWatts} at full load, linearly in
 * between with utilisation (IT power, before PUE). Maintenance is a yearly fraction of the purchase price;
 * at the end of its useful life a server is worth {@code residualValueFraction} of its price.
 *
 * @param name                       unique within a scenario (and distinct from cloud offering names: both are
 *                                   platforms of the throughput table)
 * @param accelerator                name of an {@link Accelerator} of the scenario
 * @param acceleratorsPerServer      how many it holds
 * @param purchasePrice              price of one server, installed
 * @param idleWatts                  IT power when idle
 * @param peakWatts                  IT power at full load
 * @param rackUnits                  height in rack units
 * @param usefulLifeYears            years until it is replaced (and depreciated over)
 * @param residualValueFraction      resale value at end of life, as a fraction of the price (0..1)
 * @param maintenancePerYearFraction yearly support and spares, as a fraction of the price (0..1)
 */
public record ServerType(String name, String accelerator, int acceleratorsPerServer, Price purchasePrice,
                         double idleWatts, double peakWatts, int rackUnits, double usefulLifeYears,
                         double residualValueFraction, double maintenancePerYearFraction) {

    public ServerType {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.name("accelerator", accelerator);
        checks.positive("acceleratorsPerServer", acceleratorsPerServer);
        checks.present("purchasePrice", purchasePrice);
        checks.nonNegative("idleWatts", idleWatts);
        checks.positive("peakWatts", peakWatts);
        if (idleWatts >= 0 && peakWatts > 0 && idleWatts > peakWatts) {
            checks.fail("idleWatts", idleWatts, "must not exceed peakWatts (%s)".formatted(peakWatts));
        }
        checks.positive("rackUnits", rackUnits);
        checks.atMost("acceleratorsPerServer", acceleratorsPerServer, Plausible.ACCELERATORS_PER_BOX, "");
        checks.atMost("purchasePrice", purchasePrice, Plausible.PURCHASE_PRICE, " per server");
        checks.atMost("peakWatts", peakWatts, Plausible.SERVER_WATTS, " W");
        checks.atMost("rackUnits", rackUnits, Plausible.SERVER_RACK_UNITS, " U");
        checks.range("usefulLifeYears", usefulLifeYears, 0.5, 20, " years");
        checks.fraction("residualValueFraction", residualValueFraction, 0, 1);
        checks.fraction("maintenancePerYearFraction", maintenancePerYearFraction, 0, 1);
        checks.throwIfAny();
    }
}
