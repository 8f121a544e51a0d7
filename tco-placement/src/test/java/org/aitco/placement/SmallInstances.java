package org.aitco.placement;

import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.DemandUnit;
import org.aitco.core.model.FinancialAssumptions;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.SpaceCost;
import org.aitco.core.model.Workload;

/**
 * Small placement instances for exact cross-checks (jqwik arbitraries): up to 6 platforms, 8 workloads and 24
 * slices, some workloads not split freely in k = 1..4 equal parts, cloud-only or mixed with servers, with site
 * power and capex budget limits. The sizes are drawn by jqwik (so a failure shrinks to fewer workloads, slices
 * and parts); the coefficients come from a seed.
 *
 * <pre>{@code
 * @Property void p(@ForAll("instances") SmallInstances.Instance i) { ... Oracle.optimum(i.scenario(), i.options()) }
 * @Provide Arbitrary<SmallInstances.Instance> instances() { return SmallInstances.instances(); }
 * }</pre>
 */
final class SmallInstances {
    private SmallInstances() {
    }

    /** A scenario with the options to plan it with. */
    record Instance(Scenario scenario, PlacementOptions options, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** The sizes of an instance; the numbers come from {@code seed}. */
    record Shape(boolean withServers, int workloads, int noSplit, int parts, int slicesPerYear, int years,
                 boolean budget, long seed) {
    }

    /** Instances up to 6 platforms, 8 workloads, 24 slices, k in 1..4; cloud-only and mixed. */
    static Arbitrary<Instance> instances() {
        Arbitrary<Integer> slices = Arbitraries.of(1, 2, 3, 4, 6, 8, 12, 24);
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(0, 8), Arbitraries.integers().between(1, 4), slices,
                        Arbitraries.integers().between(1, 2), Arbitraries.of(false, true),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((servers, w, ns, k, t, y, b, seed) -> of(new Shape(servers, w, Math.min(ns, w), k, t,
                        t * y <= 24 ? y : 1, b, seed)));
    }

    /**
     * Tiny instances that {@link BruteForce} enumerates: one year, 1-2 slices, at most one server platform and two
     * cloud platforms, 1-3 workloads of which at most one is split freely.
     */
    static Arbitrary<Instance> tiny() {
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2),
                        Arbitraries.of(false, true), Arbitraries.longs().between(1, 1_000_000))
                .as((servers, w, k, t, b, seed) -> tiny(new Shape(servers, w, Math.max(w - 1, 0), k, t, 1, b, seed)));
    }

    static Instance of(Shape shape) {
        Random r = new Random(shape.seed());
        Scenario.Builder b = Scenario.builder("small-" + shape.seed(), "EUR")
                .financials(new FinancialAssumptions(shape.years(), 0.05 * r.nextInt(3), 0.02 * r.nextInt(2),
                        -0.03 * r.nextInt(2), 730, Currency.getInstance("EUR")))
                .accelerator(Fixtures.h100());
        int platforms = 0;
        int sites = 0;
        int types = 0;
        if (shape.withServers()) {
            sites = 1 + r.nextInt(2);
            types = 1 + r.nextInt(sites == 1 ? 2 : 1);
            for (int s = 0; s < types; s++) {
                b.serverType(new ServerType("srv" + s, "H100", 8, Fixtures.eur(150_000 + 50_000 * r.nextInt(4)),
                        800, 5000 + 1000 * r.nextInt(3), 4 + 2 * s, 3 + r.nextInt(3), 0.1, 0.05));
            }
            for (int k = 0; k < sites; k++) {
                // 7.2 kW per server at PUE 1.2: room for 2 to 10 servers.
                b.site(new Site("dc" + k, "EU", Fixtures.eur(0.10 + 0.05 * r.nextInt(3)), 1.2,
                        SpaceCost.perKwMonth(Fixtures.eur(150)), 15 + 7.2 * r.nextInt(9), 200, Fixtures.eur(2400)));
            }
            platforms = sites * types;
        }
        int offerings = Math.min(1 + r.nextInt(2), 6 - platforms);
        boolean anySpot = false;
        for (int o = 0; o < offerings; o++) {
            double od = 20 + 5 * r.nextInt(5);
            boolean spot = platforms + 2 <= 6 && r.nextInt(3) == 0;
            anySpot |= spot;
            platforms += spot ? 2 : 1;
            b.cloudOffering(new CloudOffering("cl" + o, "AWS", "r" + o, "EU", "p5", "H100", 8, Fixtures.eur(od),
                    r.nextBoolean() ? List.of(new Commitment(1, 0.5 * r.nextInt(2), Fixtures.eur(od * 0.6)))
                            : List.of(),
                    spot ? Optional.of(Fixtures.eur(od * 0.4)) : Optional.empty(), 0.2,
                    Fixtures.eur(0.05 * r.nextInt(2)), 3600));
        }
        String[] models = {"m0", "m1", "m0/short", "m0/long", "m1/short", "m1/long"};
        for (String m : models) {
            for (int s = 0; s < types; s++) {
                if (r.nextInt(4) > 0) {
                    Fixtures.tput(b, m, "srv" + s, 400 + 200 * r.nextInt(4));
                }
            }
            for (int o = 0; o < offerings; o++) {
                Fixtures.tput(b, m, "cl" + o, 400 + 200 * r.nextInt(4));
            }
        }
        Set<String> noSplit = new LinkedHashSet<>();
        for (int w = 0; w < shape.workloads(); w++) {
            String model = models[r.nextInt(2)];
            Workload.Builder wb = Workload.named("w" + w).model(model)
                    .hourly(DemandUnit.TOKENS_PER_SECOND, Generated.day(r, 100 + 100 * r.nextInt(4)))
                    .growthPerYear(shape.years() > 1 ? 0.1 * r.nextInt(3) : 0)
                    .interruptible(anySpot && r.nextInt(3) == 0)
                    .egressGbPerMillionUnits(r.nextInt(2) * 0.5);
            if (r.nextInt(3) == 0) {
                double shortShare = 0.25 * (1 + r.nextInt(3));
                wb.requestClass("short", shortShare, model + "/short")
                        .requestClass("long", 1 - shortShare, model + "/long");
            }
            if (w < shape.noSplit()) {
                wb.splitParts(shape.parts());
                noSplit.add("w" + w);
            }
            b.workload(wb);
        }
        return instance(b.build(), shape, noSplit, r);
    }

    static Instance tiny(Shape shape) {
        Random r = new Random(shape.seed());
        Scenario.Builder b = Scenario.builder("tiny-" + shape.seed(), "EUR")
                .financials(new FinancialAssumptions(1, 0.05 * r.nextInt(2), 0, 0, 730, Currency.getInstance("EUR")))
                .accelerator(Fixtures.h100());
        if (shape.withServers()) {
            b.serverType(new ServerType("srv0", "H100", 8, Fixtures.eur(100_000 + 50_000 * r.nextInt(3)), 800,
                    5000, 4, 4, 0.1, 0.05));
            b.site(new Site("dc0", "EU", Fixtures.eur(0.15), 1.2, SpaceCost.perKwMonth(Fixtures.eur(150)),
                    15 + 7.2 * r.nextInt(3), 200, Fixtures.eur(2400)));
        }
        int offerings = 1 + r.nextInt(2);
        for (int o = 0; o < offerings; o++) {
            double od = 10 + 5 * r.nextInt(4);
            b.cloudOffering(new CloudOffering("cl" + o, "AWS", "r" + o, "EU", "p5", "H100", 8, Fixtures.eur(od),
                    o == 0 && r.nextBoolean() ? List.of(new Commitment(1, 0, Fixtures.eur(od * 0.6))) : List.of(),
                    Optional.empty(), 0, Fixtures.eur(0.05 * r.nextInt(2)), 3600));
        }
        for (String m : new String[] {"m0", "m1"}) {
            if (shape.withServers()) {
                Fixtures.tput(b, m, "srv0", 500 + 250 * r.nextInt(3));
            }
            for (int o = 0; o < offerings; o++) {
                Fixtures.tput(b, m, "cl" + o, 500 + 250 * r.nextInt(3));
            }
        }
        Set<String> noSplit = new LinkedHashSet<>();
        for (int w = 0; w < shape.workloads(); w++) {
            Workload.Builder wb = Workload.named("w" + w).model("m" + r.nextInt(2))
                    .hourly(DemandUnit.TOKENS_PER_SECOND, Generated.day(r, 100))
                    .egressGbPerMillionUnits(r.nextInt(2) * 0.5);
            if (w < shape.noSplit()) {
                wb.splitParts(shape.parts());
                noSplit.add("w" + w);
            }
            b.workload(wb);
        }
        return instance(b.build(), shape, noSplit, r);
    }

    private static Instance instance(Scenario s, Shape shape, Set<String> noSplit, Random r) {
        PlacementOptions options = PlacementOptions.defaults().withSlicesPerYear(shape.slicesPerYear())
                .withNoSplit(noSplit);
        if (shape.withServers() && shape.budget()) {
            options = options.withCapexBudget(200_000 + 100_000 * r.nextInt(8));
        }
        String description = "%s: %s, %d workloads (%d not split, k = %d), %d slices a year x %d years%s".formatted(
                s.name(), shape.withServers() ? "servers and cloud" : "cloud only", shape.workloads(),
                noSplit.size(), shape.parts(), shape.slicesPerYear(), shape.years(),
                options.capexBudget().isPresent() ? ", budget " + options.capexBudget().getAsDouble() : "");
        return new Instance(s, options, description);
    }
}
