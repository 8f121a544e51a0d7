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
 * @param runningCostPerHour         a running cost per server and hour owned, as vendor TCO papers state one (for
 *                                   example "0.87 USD/h for power, cooling and maintenance"): its own cost line,
 *                                   paid every hour of the horizon whether the server is busy or not, not escalated;
 *                                   zero (in the price's currency) when the costs are given apart
 */
public record ServerType(String name, String accelerator, int acceleratorsPerServer, Price purchasePrice,
                         double idleWatts, double peakWatts, int rackUnits, double usefulLifeYears,
                         double residualValueFraction, double maintenancePerYearFraction, Price runningCostPerHour) {

    /** A server type without a running cost per hour (zero in the purchase price's currency). */
    public ServerType(String name, String accelerator, int acceleratorsPerServer, Price purchasePrice,
                      double idleWatts, double peakWatts, int rackUnits, double usefulLifeYears,
                      double residualValueFraction, double maintenancePerYearFraction) {
        this(name, accelerator, acceleratorsPerServer, purchasePrice, idleWatts, peakWatts, rackUnits,
                usefulLifeYears, residualValueFraction, maintenancePerYearFraction, noRunningCost(purchasePrice));
    }

    /** Zero in the currency of {@code purchasePrice} (null when it is null, so that the check names it). */
    static Price noRunningCost(Price purchasePrice) {
        return purchasePrice == null ? null : new Price(java.math.BigDecimal.ZERO, purchasePrice.currency());
    }

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
        if (purchasePrice != null) {
            checks.present("runningCostPerHour", runningCostPerHour);
        }
        checks.atMost("runningCostPerHour", runningCostPerHour, Plausible.RUNNING_PER_SERVER_HOUR,
                " per server-hour");
        checks.throwIfAny();
    }

    /**
     * Starts a builder with named steps, so that watts and fractions cannot be swapped:
     * <pre>{@code
     * ServerType.named("dgx-h100").accelerator("H100", 8).purchasePrice("350000 EUR")
     *         .idleWatts(3_000).peakWatts(10_200).rackUnits(8).usefulLifeYears(5)
     *         .residualValueFraction(0.1).maintenancePerYearFraction(0.08).build();
     * }</pre>
     * The residual value and maintenance fractions and the running cost per hour default to 0; every other step is
     * required.
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this server type's values, for a changed copy. */
    public Builder toBuilder() {
        return named(name).accelerator(accelerator, acceleratorsPerServer).purchasePrice(purchasePrice)
                .idleWatts(idleWatts).peakWatts(peakWatts).rackUnits(rackUnits).usefulLifeYears(usefulLifeYears)
                .residualValueFraction(residualValueFraction).maintenancePerYearFraction(maintenancePerYearFraction)
                .runningCostPerHour(runningCostPerHour);
    }

    /** Named steps for a {@link ServerType}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private String accelerator;
        private int acceleratorsPerServer;
        private Price purchasePrice;
        private double idleWatts = Double.NaN;
        private double peakWatts = Double.NaN;
        private int rackUnits;
        private double usefulLifeYears = Double.NaN;
        private double residualValueFraction;
        private double maintenancePerYearFraction;
        private Price runningCostPerHour;

        private Builder(String name) {
            this.name = name;
        }

        /** The accelerator (by name) and how many one server holds. */
        public Builder accelerator(String accelerator, int perServer) {
            this.accelerator = accelerator;
            this.acceleratorsPerServer = perServer;
            return this;
        }

        public Builder purchasePrice(Price price) {
            this.purchasePrice = price;
            return this;
        }

        /** The price written as {@code "350000 EUR"}. */
        public Builder purchasePrice(String price) {
            return purchasePrice(Price.parse(price));
        }

        public Builder idleWatts(double watts) {
            this.idleWatts = watts;
            return this;
        }

        public Builder peakWatts(double watts) {
            this.peakWatts = watts;
            return this;
        }

        public Builder rackUnits(int units) {
            this.rackUnits = units;
            return this;
        }

        public Builder usefulLifeYears(double years) {
            this.usefulLifeYears = years;
            return this;
        }

        public Builder residualValueFraction(double fraction) {
            this.residualValueFraction = fraction;
            return this;
        }

        public Builder maintenancePerYearFraction(double fraction) {
            this.maintenancePerYearFraction = fraction;
            return this;
        }

        /** Running cost per server and hour owned (power, cooling, maintenance as one figure); default 0. */
        public Builder runningCostPerHour(Price price) {
            this.runningCostPerHour = price;
            return this;
        }

        /** The running cost per hour written as {@code "0.87 USD"}. */
        public Builder runningCostPerHour(String price) {
            return runningCostPerHour(Price.parse(price));
        }

        public ServerType build() {
            return new ServerType(name, accelerator, acceleratorsPerServer, purchasePrice, idleWatts, peakWatts,
                    rackUnits, usefulLifeYears, residualValueFraction, maintenancePerYearFraction,
                    runningCostPerHour == null ? noRunningCost(purchasePrice) : runningCostPerHour);
        }
    }
}
