package org.aitco.placement;

import java.util.List;
import java.util.Optional;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SloClass;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.money.Price;

/** Small scenarios for the tests, with round numbers that can be checked by hand. */
final class Fixtures {
    private Fixtures() {
    }

    static Price eur(double v) {
        return Price.of(v, "EUR");
    }

    static Accelerator h100() {
        return new Accelerator("H100", 80, 700);
    }

    /** A server: 8 GPUs, given price, 1,000 W idle / 6,000 W peak, 4 U, 4-year life, 10 % residual, 5 % maintenance. */
    static ServerType server(String name, double price) {
        return new ServerType(name, "H100", 8, eur(price), 1000, 6000, 4, 4, 0.10, 0.05);
    }

    /** A site in {@code jurisdiction}: 0.20 EUR/kWh, PUE 1.25, 150 EUR per kW-month, 2,400 EUR staff per server-year. */
    static Site site(String name, String jurisdiction, double powerKw, int rackUnits) {
        return new Site(name, jurisdiction, eur(0.20), 1.25, SpaceCost.perKwMonth(eur(150)), powerKw, rackUnits,
                eur(2400));
    }

    /** An on-demand offering with no commitments, no spot, no egress price. */
    static CloudOffering cloud(String name, String jurisdiction, double perHour) {
        return new CloudOffering(name, "AWS", "r-" + jurisdiction, jurisdiction, "p5.48xlarge", "H100", 8,
                eur(perHour), List.of(), Optional.empty(), 0, eur(0), 3600);
    }

    static CloudOffering cloudWithOptions(String name, String jurisdiction, double perHour, double committedPerHour,
                                          double spotPerHour) {
        return new CloudOffering(name, "AWS", "r-" + jurisdiction, jurisdiction, "p5.48xlarge", "H100", 8,
                eur(perHour), List.of(new Commitment(1, 0, eur(committedPerHour))), Optional.of(eur(spotPerHour)),
                0.2, eur(0.09), 3600);
    }

    /** Financials with no discounting and no trends, so that costs are sums of hours times prices. */
    static FinancialAssumptions flat(int years) {
        return new FinancialAssumptions(years, 0, 0, 0, 730, java.util.Currency.getInstance("EUR"));
    }

    static Scenario.Builder base(int years) {
        return Scenario.builder("test", "EUR").financials(flat(years)).accelerator(h100());
    }

    static Scenario.Builder tput(Scenario.Builder b, String model, String platform, double perSecond) {
        return b.throughput(model, platform, SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, perSecond);
    }
}
