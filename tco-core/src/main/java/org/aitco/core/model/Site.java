package org.aitco.core.model;

import org.aitco.core.money.Price;

/**
 * An on-prem location where servers can be installed.
 *
 * <p>Facility power is IT power times {@code pue}; the share {@code pue - 1} is cooling and facility overhead.
 * Staff cost is per server per year (for example one FTE at 120,000 EUR per 50 servers is 2,400 EUR per server
 * per year).
 *
 * @param name                unique within a scenario
 * @param jurisdiction        where data stays, matched against a workload's allowed jurisdictions
 * @param energyPerKwh        energy price in the first year
 * @param pue                 power usage effectiveness, at least 1
 * @param space               colocation or space cost
 * @param powerCapacityKw     facility power available for new servers (IT power times PUE), in kW
 * @param rackUnitsCapacity   rack units available
 * @param staffPerServerYear  operations staff cost per server per year
 */
public record Site(String name, String jurisdiction, Price energyPerKwh, double pue, SpaceCost space,
                   double powerCapacityKw, int rackUnitsCapacity, Price staffPerServerYear) {

    public Site {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.name("jurisdiction", jurisdiction);
        checks.present("energyPerKwh", energyPerKwh);
        if (!(pue >= 1 && pue <= 3)) {
            checks.fail("pue", pue, "must be between 1 and 3 (facility power / IT power)");
        }
        checks.present("space", space);
        checks.positive("powerCapacityKw", powerCapacityKw);
        checks.positive("rackUnitsCapacity", rackUnitsCapacity);
        checks.present("staffPerServerYear", staffPerServerYear);
        checks.atMost("energyPerKwh", energyPerKwh, Plausible.PER_UNIT, " per kWh");
        if (space != null) {
            checks.atMost("space.price", space.price(), Plausible.SPACE_PER_MONTH, " per month");
        }
        checks.atMost("powerCapacityKw", powerCapacityKw, Plausible.SITE_KW, " kW");
        checks.atMost("rackUnitsCapacity", rackUnitsCapacity, Plausible.SITE_RACK_UNITS, " U");
        checks.atMost("staffPerServerYear", staffPerServerYear, Plausible.PER_SERVER_YEAR, " per server-year");
        checks.throwIfAny();
    }

    /**
     * Starts a builder with named steps:
     * <pre>{@code
     * Site.named("ams-1").jurisdiction("EU").energyPerKwh("0.21 EUR").pue(1.3)
     *         .space(SpaceCost.perKwMonth(Price.parse("150 EUR"))).powerCapacityKw(400).rackUnitsCapacity(400)
     *         .staffPerServerYear("2400 EUR").build();
     * }</pre>
     * Every step is required.
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this site's values, for a changed copy. */
    public Builder toBuilder() {
        return named(name).jurisdiction(jurisdiction).energyPerKwh(energyPerKwh).pue(pue).space(space)
                .powerCapacityKw(powerCapacityKw).rackUnitsCapacity(rackUnitsCapacity)
                .staffPerServerYear(staffPerServerYear);
    }

    /** Named steps for a {@link Site}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private String jurisdiction;
        private Price energyPerKwh;
        private double pue = Double.NaN;
        private SpaceCost space;
        private double powerCapacityKw = Double.NaN;
        private int rackUnitsCapacity;
        private Price staffPerServerYear;

        private Builder(String name) {
            this.name = name;
        }

        public Builder jurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder energyPerKwh(Price price) {
            this.energyPerKwh = price;
            return this;
        }

        /** The energy price written as {@code "0.21 EUR"}. */
        public Builder energyPerKwh(String price) {
            return energyPerKwh(Price.parse(price));
        }

        public Builder pue(double pue) {
            this.pue = pue;
            return this;
        }

        public Builder space(SpaceCost space) {
            this.space = space;
            return this;
        }

        public Builder powerCapacityKw(double kw) {
            this.powerCapacityKw = kw;
            return this;
        }

        public Builder rackUnitsCapacity(int units) {
            this.rackUnitsCapacity = units;
            return this;
        }

        public Builder staffPerServerYear(Price price) {
            this.staffPerServerYear = price;
            return this;
        }

        /** The staff cost written as {@code "2400 EUR"}. */
        public Builder staffPerServerYear(String price) {
            return staffPerServerYear(Price.parse(price));
        }

        public Site build() {
            return new Site(name, jurisdiction, energyPerKwh, pue, space, powerCapacityKw, rackUnitsCapacity,
                    staffPerServerYear);
        }
    }
}
