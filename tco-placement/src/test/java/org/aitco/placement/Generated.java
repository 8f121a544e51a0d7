package org.aitco.placement;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

/** Valid random scenarios from a seed, small enough to solve in about a second. */
final class Generated {
    private Generated() {
    }

    /** One workload (day profile), one server type at one site, one on-demand offering. */
    static Scenario single(long seed) {
        Random r = new Random(seed);
        double[] day = day(r, 500 + r.nextInt(8) * 500);
        double thr = 500 + 100 * r.nextInt(6);
        Scenario.Builder b = Scenario.builder("single-" + seed, "EUR")
                .financials(new FinancialAssumptions(1 + r.nextInt(5), 0.1 * r.nextInt(2) * r.nextDouble(),
                        0.05 * r.nextInt(2), -0.05 * r.nextInt(2), 730, Currency.getInstance("EUR")))
                .accelerator(Fixtures.h100())
                .workload(Workload.named("w").model("m").hourly(DemandUnit.TOKENS_PER_SECOND, day))
                .serverType(new ServerType("srv", "H100", 8, Fixtures.eur(150_000 + 25_000 * r.nextInt(8)), 800,
                        5000 + 500 * r.nextInt(4), 4, 2 + r.nextInt(4), 0.1 * r.nextInt(3), 0.05))
                .site(new Site("dc", "EU", Fixtures.eur(0.1 + 0.05 * r.nextInt(4)), 1.1 + 0.1 * r.nextInt(4),
                        r.nextBoolean() ? SpaceCost.perKwMonth(Fixtures.eur(150))
                                : SpaceCost.perRackUnitMonth(Fixtures.eur(60)),
                        r.nextInt(4) == 0 ? 30 + 10 * r.nextInt(5) : 1000, 400, Fixtures.eur(2400)))
                .cloudOffering(Fixtures.cloud("cl", "EU", 20 + 5 * r.nextInt(6)));
        Fixtures.tput(b, "m", "srv", thr);
        Fixtures.tput(b, "m", "cl", thr * (0.8 + 0.1 * r.nextInt(4)));
        return b.build();
    }

    /** 1-3 workloads, 1-2 server types, 1-2 sites, 1-2 cloud offerings (with commitments and spot), residency. */
    static Scenario portfolio(long seed) {
        return portfolio(seed, false);
    }

    /**
     * A portfolio whose workloads mostly have a request mix of two classes ({@code <model>/short} and
     * {@code <model>/long}, shares 0.25 to 0.75), each class with its own throughput per platform, and 1-3 split
     * parts.
     */
    static Scenario mixedPortfolio(long seed) {
        return portfolio(seed, true);
    }

    private static Scenario portfolio(long seed, boolean mixed) {
        Random r = new Random(seed);
        Scenario.Builder b = Scenario.builder("portfolio-" + seed, "EUR")
                .financials(new FinancialAssumptions(1 + r.nextInt(4), 0.08, 0.02, -0.03, 730,
                        Currency.getInstance("EUR")))
                .accelerator(Fixtures.h100());
        int types = 1 + r.nextInt(2);
        for (int s = 0; s < types; s++) {
            b.serverType(new ServerType("srv" + s, "H100", 8, Fixtures.eur(150_000 + 50_000 * r.nextInt(4)), 800,
                    5000 + 1000 * r.nextInt(3), 4 + 2 * s, 4, 0.1, 0.05));
        }
        String[] jur = {"EU", "US"};
        int sites = 1 + r.nextInt(2);
        for (int k = 0; k < sites; k++) {
            b.site(new Site("dc" + k, jur[k], Fixtures.eur(0.15), 1.2, SpaceCost.perKwMonth(Fixtures.eur(150)),
                    20 + 20 * r.nextInt(5), 40 + 8 * r.nextInt(10), Fixtures.eur(2400)));
        }
        int offerings = 1 + r.nextInt(2);
        for (int o = 0; o < offerings; o++) {
            double od = 25 + 5 * r.nextInt(5);
            b.cloudOffering(r.nextBoolean() ? Fixtures.cloud("cl" + o, jur[o], od)
                    : new CloudOffering("cl" + o, "AWS", "r", jur[o], "p5", "H100", 8, Fixtures.eur(od),
                    List.of(new Commitment(1, 0, Fixtures.eur(od * 0.6))), Optional.of(Fixtures.eur(od * 0.4)),
                    0.2, Fixtures.eur(0.05), 3600));
        }
        String[] models = {"m0", "m1"};
        String[] tableModels = mixed ? new String[] {"m0", "m1", "m0/short", "m0/long", "m1/short", "m1/long"}
                : models;
        for (String m : tableModels) {
            for (int s = 0; s < types; s++) {
                if (r.nextInt(4) > 0) {
                    Fixtures.tput(b, m, "srv" + s, 400 + 200 * r.nextInt(4));
                }
            }
            for (int o = 0; o < offerings; o++) {
                Fixtures.tput(b, m, "cl" + o, 400 + 200 * r.nextInt(4));
            }
        }
        int workloads = 1 + r.nextInt(3);
        for (int w = 0; w < workloads; w++) {
            Workload.Builder wb = Workload.named("w" + w).model(models[r.nextInt(2)])
                    .hourly(DemandUnit.TOKENS_PER_SECOND, day(r, 300 + 300 * r.nextInt(6)))
                    .interruptible(r.nextInt(3) == 0).egressGbPerMillionUnits(r.nextInt(2) * 0.5);
            if (r.nextInt(3) == 0) {
                wb.allowedIn("EU");
            }
            if (mixed) {
                String model = wb.build().model();
                if (r.nextInt(3) > 0) {
                    double shortShare = 0.25 * (1 + r.nextInt(3));
                    wb.requestClass("short", shortShare, model + "/short")
                            .requestClass("long", 1 - shortShare, model + "/long");
                }
                wb.splitParts(1 + r.nextInt(3));
            }
            b.workload(wb);
        }
        return b.build();
    }

    /** A day of demand: a base and a daytime level, both multiples of {@code step}. */
    static double[] day(Random r, double step) {
        double[] day = new double[24];
        int base = 1 + r.nextInt(3);
        int top = base + r.nextInt(6);
        int from = 6 + r.nextInt(4);
        int to = from + 6 + r.nextInt(8);
        for (int h = 0; h < 24; h++) {
            day[h] = step * (h >= from && h < to ? top : base) * (h % 5 == 0 ? 1.25 : 1);
        }
        return day;
    }

    static final SloClass SLO = SloClass.LATENCY_CRITICAL;
}
