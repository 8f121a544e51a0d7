package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported LP file, read back by a second parser ({@link LpFileReader}, test code written apart from the
 * writer) into OR-Tools and solved by SCIP: with
 * the plan's integer values fixed (servers, commitments, parts, instances per slice) it costs what the plan costs,
 * and left free it has the oracle's optimum.
 */
class LpExportTest {
    @TempDir
    Path dir;

    @Test
    void theHandCheckedInstanceWithThePlansIntegersCostsThePlan() throws IOException {
        // Plan and optimum: 2 servers and one instance, 195,280 EUR (FullModelTest shows the arithmetic).
        check(FullModelTest.handChecked(), PlacementOptions.defaults().withSlicesPerYear(1), 195_280.0);
    }

    @Test
    void aPortfolioWithCommitmentsSpotAndResidency() throws IOException {
        check(Generated.portfolio(7), PlacementOptions.defaults().withSlicesPerYear(24), Double.NaN);
    }

    @Test
    void equalPartsOfANoSplitWorkloadWithARequestMix() throws IOException {
        check(Generated.mixedPortfolio(5), PlacementOptions.defaults().withSlicesPerYear(12).withNoSplit(Set.of("w0")),
                Double.NaN);
    }

    @Test
    void theFileIsPlainCplexLp() {
        String lp = LpExport.toLp(FullModelTest.handChecked(), PlacementOptions.defaults().withSlicesPerYear(1));
        // 42,890 per server, 27,375 per share on the servers, 87,600 per instance (FullModelTest).
        assertThat(lp).contains("Minimize\n obj: 42890 n_p0 + 27375 f_g0_p0_t0 + 87600 y_p1_t0\n")
                .contains(" demand_g0_t0: 1 f_g0_p0_t0 + 1 f_g0_p1_t0 = 1\n")
                .contains(" capacity_p0_t0: 2.5 f_g0_p0_t0 - 1 n_p0 <= 0\n")
                .contains(" capacity_p1_t0: 5 f_g0_p1_t0 - 1 y_p1_t0 <= 0\n")
                .contains(" power_k0: 7.5 n_p0 <= 15\n")
                .contains(" 0 <= n_p0 <= 2\n")
                .contains("Generals\n n_p0 y_p1_t0\nEnd\n")
                .contains("\\ p0 = srv@dc (owned)\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed() {
        Path missing = dir.resolve("no-such-folder").resolve("model.lp");
        assertThatThrownBy(() -> LpExport.write(FullModelTest.handChecked(), PlacementOptions.defaults(), missing))
                .hasMessageContaining(missing.toString());
        assertThat(missing.getParent()).doesNotExist();
    }

    private void check(Scenario s, PlacementOptions options, double expectedOptimum) throws IOException {
        Path file = dir.resolve("model.lp");
        LpExport.write(s, options, file);
        Plan plan = Placement.optimise(s, options);
        assertThat(plan.isFeasible()).isTrue();
        Problem pb = new Problem(s, options);
        FullModel model = FullModel.of(pb);
        Map<String, Double> fixed = integersOf(plan, pb, model);

        LpFileReader.Read read = LpFileReader.read(Files.readString(file));
        ModelBuilder mb = read.model();
        assertThat(mb.numVariables()).isEqualTo(model.variables().size());
        assertThat(mb.numConstraints()).isEqualTo(model.rows().size());
        Variable[] x = read.array();
        Oracle.Result free = Oracle.solve(mb, x);
        Oracle.Result direct = Oracle.solve(model);
        assertThat(free.optimal()).isTrue();
        assertThat(free.cost()).as("the file's optimum vs the model's").isCloseTo(direct.cost(),
                within(1e-7 * direct.cost()));
        if (!Double.isNaN(expectedOptimum)) {
            assertThat(free.cost()).isCloseTo(expectedOptimum, within(1e-6));
        }
        int integers = 0;
        for (Variable v : x) {
            if (v.getIntegrality()) {
                integers++;
                Double value = fixed.get(v.getName());
                assertThat(value).as("the plan's value of %s", v.getName()).isNotNull();
                v.setLowerBound(value);
                v.setUpperBound(value);
            }
        }
        assertThat(integers).isEqualTo(model.integers());
        Oracle.Result atPlan = Oracle.solve(mb, x);
        double cost = plan.cost().total().amount().doubleValue();
        assertThat(atPlan.optimal()).as("the plan's integers are feasible in the file: %s", atPlan).isTrue();
        // The plan's total adds nine categories each rounded to the cent.
        assertThat(atPlan.cost()).as("the file at the plan's integers vs the plan's cost")
                .isCloseTo(cost, within(1e-6 * cost + 0.05));
        assertThat(cost).as("no plan beats the optimum").isGreaterThanOrEqualTo(free.cost() * (1 - 1e-9) - 0.05);
    }

    /** The plan's integer decisions by variable name: servers, commitments, parts, instances per slice. */
    static Map<String, Double> integersOf(Plan plan, Problem pb, FullModel model) {
        Map<String, Double> values = new HashMap<>();
        for (int p = 0; p < pb.platforms.size(); p++) {
            Problem.Platform pl = pb.platforms.get(p);
            if (model.servers(p) >= 0) {
                String type = pb.scenario.serverTypes().get(pl.typeIndex()).name();
                String site = pb.scenario.sites().get(pl.siteIndex()).name();
                double n = plan.servers().stream().filter(sp -> sp.serverType().equals(type) && sp.site().equals(site))
                        .mapToInt(Plan.ServerPurchase::count).sum();
                values.put(model.variables().get(model.servers(p)).name(), n);
            }
            for (int t = 0; t < pb.slices.count; t++) {
                if (model.instances(p, t) >= 0) {
                    String offering = pb.scenario.cloudOfferings().get(pl.offeringIndex()).name();
                    int slice = t;
                    double y = plan.cloud().stream().filter(c -> c.offering().equals(offering) && c.slice() == slice)
                            .mapToInt(c -> pl.kind() == Problem.Kind.SPOT ? c.spotInstances() : c.onDemandInstances())
                            .sum();
                    values.put(model.variables().get(model.instances(p, t)).name(), y);
                }
            }
        }
        for (int j = 0; j < pb.commitOptions.size(); j++) {
            Problem.CommitOption c = pb.commitOptions.get(j);
            String platform = pb.platforms.get(c.platform()).name();
            double m = plan.commitments().stream().filter(cp -> cp.offering().equals(platform)
                            && cp.termYears() == c.commitment().termYears()
                            && cp.upfrontFraction() == c.commitment().upfrontFraction())
                    .mapToInt(Plan.CommitmentPurchase::instances).sum();
            values.put(model.variables().get(model.commitment(j)).name(), m);
        }
        for (int s = 0; s < pb.splits.size(); s++) {
            int k = pb.splits.get(s).parts();
            int g = pb.splits.get(s).groups().get(0);
            for (int p = 0; p < pb.platforms.size(); p++) {
                if (model.parts(s, p) >= 0) {
                    String platform = pb.platforms.get(p).name();
                    double share = plan.dispatch().get(g).shares().stream()
                            .filter(sh -> sh.platform().equals(platform)).mapToDouble(Plan.SliceShare::share)
                            .max().orElse(0);
                    values.put(model.variables().get(model.parts(s, p)).name(), (double) Math.round(share * k));
                }
            }
        }
        return values;
    }
}
