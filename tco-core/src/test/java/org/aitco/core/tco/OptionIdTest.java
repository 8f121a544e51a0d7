package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.server;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aitco.core.json.ReportJson;
import org.aitco.core.model.Commitment;
import org.aitco.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** Option ids: the printed names, the checks of their parts, and the calculator, fast path and JSON agreeing. */
class OptionIdTest {

    @Test
    void namesAreThePrintedForms() {
        assertThat(OptionId.onDemand("vm").name()).isEqualTo("cloud:vm:on-demand");
        assertThat(OptionId.spot("vm").name()).isEqualTo("cloud:vm:spot");
        assertThat(OptionId.onPrem("box", "ams").name()).isEqualTo("on-prem:box@ams");
        assertThat(OptionId.hybrid("box", "ams", "vm").name()).isEqualTo("hybrid:box@ams+vm");
        assertThat(OptionId.hybrid("box", "ams", "vm").ownPlatform()).isEqualTo("box@ams");
    }

    @Test
    void commitmentsWithTheSameTermAndUpfrontShareAreNumbered() {
        Scenario s = scenario().financials(financials(2, 0)).workload(workload("bot", 100))
                .cloud(cloud("vm", 2.20, List.of(new Commitment(1, 0.5, org.aitco.core.money.Price.of(1.5, "EUR")),
                        new Commitment(1, 0.5, org.aitco.core.money.Price.of(1.4, "EUR")),
                        new Commitment(3, 0, org.aitco.core.money.Price.of(1.1, "EUR"))), null, 0, 0), 100)
                .build();
        var o = s.cloudOfferings().get(0);
        assertThat(OptionId.committed(o, 0).name()).isEqualTo("cloud:vm:commit-1y-50%up#1");
        assertThat(OptionId.committed(o, 1).name()).isEqualTo("cloud:vm:commit-1y-50%up#2");
        assertThat(OptionId.committed(o, 2).name()).isEqualTo("cloud:vm:commit-3y-0%up");
        assertThatThrownBy(() -> OptionId.committed(o, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commitment index (3) must be between 0 and 2, the commitments of vm");
    }

    @Test
    void partsMustMatchTheKind() {
        assertThatThrownBy(() -> new OptionId(OptionKind.ON_PREM, "box", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option of kind ON_PREM must have  a server type and site")
                .hasMessageContaining("site ()");
        assertThatThrownBy(() -> new OptionId(OptionKind.HYBRID, "box", "ams", "vm", "spot"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pricing (spot)");
    }

    /** Every option of the analysis is found again by its id, by the calculator, the fast path and the workload. */
    @Test
    void calculatorFastPathAndResultAgreeOnIds() {
        Scenario s = scenario().financials(financials(2, 0))
                .workload(workload("bot", 100))
                .server(server("box", 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(site("ams", 0.20, 1.0, 0, 0))
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
        TcoResult result = Tco.analyze(s);
        WorkloadTco w = result.workloads().get(0);
        FastTco.Result fast = FastTco.of(s).price(s);
        assertThat(w.options()).hasSize(fast.optionCount(0)).hasSize(3);
        for (int i = 0; i < fast.optionCount(0); i++) {
            OptionId id = fast.id(0, i);
            assertThat(w.options().get(i).id()).isEqualTo(id);
            assertThat(w.option(id)).contains(w.options().get(i));
            assertThat(Tco.calculator(s, "bot").option(id).npv()).isEqualTo(w.options().get(i).npv());
        }
        assertThat(w.option(OptionId.spot("vm"))).isEmpty();
        // the JSON form is unchanged: the id's parts are already there
        assertThat(ReportJson.toJson(result)).doesNotContain("\"id\"").contains("\"name\" : \"on-prem:box@ams\"");
    }
}
