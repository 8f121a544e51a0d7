package org.aitco.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** The full model on an instance checked by hand, and the oracle's answer on it. */
class FullModelTest {

    /**
     * One year, no discounting, 8,760 hours (12 x 730); one slice (constant demand). One workload of 2,500 tokens/s;
     * a server (100,000 EUR, 1,000 / 6,000 W, 4 U, 4-year life, 10 % residual, 5 % maintenance) serving 1,000
     * tokens/s at a site of 15 kW (7.5 kW per server at PUE 1.25: room for 2); a cloud instance at 10 EUR/h serving
     * 500 tokens/s.
     */
    static Scenario handChecked() {
        Scenario.Builder b = Fixtures.base(1)
                .workload(org.aitco.core.model.Workload.named("w").model("m").tokensPerSecond(2_500))
                .serverType(Fixtures.server("srv", 100_000))
                .site(Fixtures.site("dc", "EU", 15, 100))
                .cloudOffering(Fixtures.cloud("cl", "EU", 10));
        Fixtures.tput(b, "m", "srv", 1_000);
        Fixtures.tput(b, "m", "cl", 500);
        return b.build();
    }

    @Test
    void theHandCheckedInstance() {
        FullModel m = FullModel.of(new Problem(handChecked(), PlacementOptions.defaults().withSlicesPerYear(1)));
        // Variables: n (servers), y (instances in the one slice), f_srv and f_cl (shares); rows: demand, two
        // capacities, site power and racks.
        assertThat(m.variables()).extracting(FullModel.Var::name)
                .containsExactly("n_p0", "f_g0_p0_t0", "f_g0_p1_t0", "y_p1_t0");
        assertThat(m.rows()).hasSize(5);
        // A server over the year: capex 100,000 - book value at month 12 of 48, 100,000 x (1 - 0.9 x 12/48) =
        // 77,500, so 22,500; maintenance 100,000 x 0.05 = 5,000; space 6 kW x 150 x 12 = 10,800; staff 2,400;
        // idle energy 1 kW x 1.25 x 730 h x 0.20 x 12 = 2,190. Sum 42,890.
        assertThat(m.variables().get(m.servers(0)).cost()).isCloseTo(42_890, within(1e-6));
        assertThat(m.variables().get(m.servers(0)).upper()).isEqualTo(2); // 15 kW / 7.5 kW
        // An instance for the year: 10 x 8,760 = 87,600.
        assertThat(m.variables().get(m.instances(1, 0)).cost()).isCloseTo(87_600, within(1e-6));
        // All of the demand on servers: 2.5 servers x 5 kW x 1.25 x 0.20 EUR x 8,760 h = 27,375.
        assertThat(m.variables().get(m.share(0, 0, 0)).cost()).isCloseTo(27_375, within(1e-6));
        // Optimum: 3 servers would be cheapest (3 x 42,890 + 27,375 = 156,045) but the site holds 2; so 2 servers
        // take 2,000 tokens/s (share 0.8: 0.8 x 27,375 = 21,900) and one instance takes 500:
        // 2 x 42,890 + 87,600 + 21,900 = 195,280. (Everything in the cloud: 5 x 87,600 = 438,000; one server and
        // three instances: 42,890 + 262,800 + 10,950 = 316,640.)
        Oracle.Result r = Oracle.solve(m);
        assertThat(r.optimal()).isTrue();
        assertThat(r.cost()).isCloseTo(195_280, within(1e-6));
        assertThat(r.values()[m.servers(0)]).isCloseTo(2, within(1e-9));
        assertThat(r.values()[m.instances(1, 0)]).isCloseTo(1, within(1e-9));
        assertThat(r.values()[m.share(0, 0, 0)]).isCloseTo(0.8, within(1e-9));
        assertThat(m.violation(r.values())).isLessThan(1e-9);
        assertThat(BruteForce.optimum(m.problem)).isCloseTo(195_280, within(1e-6));
    }

    @Test
    void aPointOutsideTheModelIsReportedAsAViolation() {
        FullModel m = FullModel.of(new Problem(handChecked(), PlacementOptions.defaults().withSlicesPerYear(1)));
        double[] x = new double[m.variables().size()];
        x[m.servers(0)] = 2;
        x[m.share(0, 0, 0)] = 0.8;
        x[m.share(0, 1, 0)] = 0.2;
        x[m.instances(1, 0)] = 1;
        assertThat(m.violation(x)).isEqualTo(0);
        assertThat(m.cost(x)).isCloseTo(195_280, within(1e-6));
        x[m.instances(1, 0)] = 0; // 500 tokens/s left without capacity: one instance short
        assertThat(m.violation(x)).isGreaterThan(0.5);
        x[m.instances(1, 0)] = 1.5; // not a whole instance
        assertThat(m.violation(x)).isEqualTo(0.5);
    }
}
