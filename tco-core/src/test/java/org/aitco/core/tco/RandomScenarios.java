package org.aitco.core.tco;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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

/**
 * Valid random scenarios of one workload, one server type at one site and one cloud offering (with a commitment
 * and spot), drawn from a seed, for properties. Every price can be scaled and every price can be given in another
 * currency, so that two scenarios differ in exactly one respect.
 */
final class RandomScenarios {
    /** The prices of a random scenario. */
    enum PriceKind { PURCHASE, ENERGY, SPACE, STAFF, ON_DEMAND, COMMITMENT, SPOT, EGRESS }

    private RandomScenarios() {
    }

    static Scenario of(long seed) {
        return of(seed, new EnumMap<>(PriceKind.class), "EUR", 1, -1);
    }

    /**
     * A scenario from {@code seed}, each price times {@code factors.get(kind)} (1 if absent), given in
     * {@code currency} at {@code eurToCurrency} units per EUR, with discount rate {@code discount} (the drawn one
     * when negative). Results are reported in EUR.
     */
    static Scenario of(long seed, Map<PriceKind, Double> factors, String currency, double eurToCurrency,
                       double discount) {
        Random r = new Random(seed);
        int years = 1 + r.nextInt(3);
        double drawnDiscount = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 0.2;
        int hpm = new int[] {720, 730, 744}[r.nextInt(3)];
        FinancialAssumptions f = new FinancialAssumptions(years, discount >= 0 ? discount : drawnDiscount,
                -0.1 + r.nextDouble() * 0.3, -0.2 + r.nextDouble() * 0.3, hpm, Currency.getInstance("EUR"));
        int cycle = r.nextBoolean() ? 24 : 168;
        double[] hourly = new double[cycle];
        double scale = 20 + r.nextDouble() * 400;
        for (int i = 0; i < cycle; i++) {
            hourly[i] = r.nextInt(5) == 0 ? 0 : r.nextDouble() * scale;
        }
        hourly[r.nextInt(cycle)] = scale;
        Workload w = Workload.named("w").model("m").hourly(DemandUnit.TOKENS_PER_SECOND, hourly)
                .growthPerYear(-0.3 + r.nextDouble() * 0.8).interruptible(r.nextBoolean())
                .egressGbPerMillionUnits(r.nextDouble() * 2).egressGbPerMonth(r.nextInt(3) == 0 ? 0 : r.nextDouble() * 100)
                .build();
        java.util.function.BiFunction<PriceKind, Double, Price> price = (kind, eur) -> Price.of(
                eur * factors.getOrDefault(kind, 1.0) * eurToCurrency, currency);
        double idle = 100 + r.nextDouble() * 900;
        ServerType s = new ServerType("srv", "gpu", 8, price.apply(PriceKind.PURCHASE, 5_000 + r.nextDouble() * 200_000),
                idle, idle + r.nextDouble() * 5000, 1 + r.nextInt(8), 0.5 + r.nextDouble() * 3.5,
                r.nextDouble() * 0.5, r.nextDouble() * 0.2);
        Site site = new Site("dc", "EU", price.apply(PriceKind.ENERGY, 0.05 + r.nextDouble() * 0.35),
                1 + r.nextDouble(), SpaceCost.perKwMonth(price.apply(PriceKind.SPACE, r.nextDouble() * 200)),
                1_000_000, 1_000_000, price.apply(PriceKind.STAFF, r.nextDouble() * 5_000));
        double od = 0.5 + r.nextDouble() * 40;
        CloudOffering c = new CloudOffering("vm", "AWS", "eu", "EU", "p5", "gpu", 8, price.apply(PriceKind.ON_DEMAND, od),
                List.of(new Commitment(r.nextBoolean() ? 1 : 3, r.nextDouble(),
                        price.apply(PriceKind.COMMITMENT, od * (0.3 + r.nextDouble() * 0.7)))),
                Optional.of(price.apply(PriceKind.SPOT, od * (0.2 + r.nextDouble() * 0.6))), r.nextDouble() * 0.5,
                price.apply(PriceKind.EGRESS, r.nextDouble() * 0.1), 3600);
        double serverThroughput = scale * (0.05 + r.nextDouble() * 0.6);
        double cloudThroughput = scale * (0.05 + r.nextDouble() * 0.6);
        Scenario.Builder b = Scenario.builder("random-" + seed, "EUR").financials(f)
                .accelerator(new Accelerator("gpu", 80, 700)).workload(w).serverType(s).site(site).cloudOffering(c)
                .throughput("m", "srv", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, serverThroughput)
                .throughput("m", "vm", SloClass.LATENCY_CRITICAL, DemandUnit.TOKENS_PER_SECOND, cloudThroughput);
        if (!currency.equals("EUR")) {
            b.exchangeRate("EUR", currency, eurToCurrency);
        }
        return b.build();
    }
}
