package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.Currency;
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
import org.aitco.core.model.Workload;
import org.aitco.core.money.Price;

/** Small scenarios for tests, built from plain numbers; every price in EUR unless a test says otherwise. */
final class Fixtures {
    static final Accelerator GPU = new Accelerator("gpu", 80, 700);

    private Fixtures() {
    }

    static Price eur(double amount) {
        return Price.of(amount, "EUR");
    }

    /** A server with no maintenance, one accelerator, 1 rack unit. */
    static ServerType server(String name, double price, double idleWatts, double peakWatts, double lifeYears,
                             double residualFraction, double maintenanceFraction) {
        return new ServerType(name, "gpu", 1, eur(price), idleWatts, peakWatts, 1, lifeYears, residualFraction,
                maintenanceFraction);
    }

    /** A site in the EU with space per kW-month, 1,000 kW and 1,000 rack units. */
    static Site site(String name, double energyPerKwh, double pue, double spacePerKwMonth, double staffPerYear) {
        return new Site(name, "EU", eur(energyPerKwh), pue, SpaceCost.perKwMonth(eur(spacePerKwMonth)), 1000, 1000,
                eur(staffPerYear));
    }

    static CloudOffering cloud(String name, double onDemandPerHour, List<Commitment> commitments, Double spotPerHour,
                               double spotOverhead, double egressPerGb) {
        return new CloudOffering(name, "AWS", "eu-central-1", "EU", "p5.48xlarge", "gpu", 1, eur(onDemandPerHour),
                commitments, Optional.ofNullable(spotPerHour).map(Fixtures::eur), spotOverhead, eur(egressPerGb),
                3600);
    }

    static FinancialAssumptions financials(int years, double discount) {
        return new FinancialAssumptions(years, discount, 0, 0, 730, Currency.getInstance("EUR"));
    }

    static Workload.Builder workload(String name, double... hourly) {
        Workload.Builder b = Workload.named(name).model("m");
        return hourly.length == 1 ? b.tokensPerSecond(hourly[0]) : b.hourly(DemandUnit.TOKENS_PER_SECOND, hourly);
    }

    /** 24 hourly values: {@code high} for hours 0..11, {@code low} for 12..23. */
    static double[] halfDay(double high, double low) {
        double[] d = new double[24];
        for (int i = 0; i < 24; i++) {
            d[i] = i < 12 ? high : low;
        }
        return d;
    }

    /** A scenario builder with the GPU accelerator and a throughput of {@code perSecond} for model m on each platform. */
    static final class Builder {
        private final Scenario.Builder b = Scenario.builder("test", "EUR").accelerator(GPU);
        private final List<String> platforms = new ArrayList<>();
        private final List<Double> throughputs = new ArrayList<>();

        Builder financials(FinancialAssumptions f) {
            b.financials(f);
            return this;
        }

        Builder workload(Workload.Builder w) {
            b.workload(w);
            return this;
        }

        Builder server(ServerType s, double perSecond) {
            b.serverType(s);
            platforms.add(s.name());
            throughputs.add(perSecond);
            return this;
        }

        Builder site(Site s) {
            b.site(s);
            return this;
        }

        Builder cloud(CloudOffering c, double perSecond) {
            b.cloudOffering(c);
            platforms.add(c.name());
            throughputs.add(perSecond);
            return this;
        }

        Scenario build() {
            for (int i = 0; i < platforms.size(); i++) {
                b.throughput("m", platforms.get(i), SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND,
                        throughputs.get(i));
            }
            return b.build();
        }
    }

    static Builder scenario() {
        return new Builder();
    }
}
