package org.aitco.core.tco;

import static org.aitco.core.tco.Fixtures.cloud;
import static org.aitco.core.tco.Fixtures.eur;
import static org.aitco.core.tco.Fixtures.financials;
import static org.aitco.core.tco.Fixtures.scenario;
import static org.aitco.core.tco.Fixtures.server;
import static org.aitco.core.tco.Fixtures.site;
import static org.aitco.core.tco.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.Site;
import org.aitco.core.model.SpaceCost;
import org.junit.jupiter.api.Test;

/** The portfolio's best plan is checked against each site's power and racks over all its workloads together. */
class PortfolioSiteTest {

    private static Scenario twoWorkloadsAt(Site where) {
        // Each workload: 200 tokens/s at 100 per 1 kW server = 2 servers. Over 1 year a server costs 10,000 less its
        // book value 8,000 (residual 0, 12 of 60 months used) plus 1 kW x 8,760 h x 0.20 = 1,752 of energy: 3,752,
        // against 8,760 h x 2.20 = 19,272 for a cloud instance; so each workload's cheapest option owns 2 servers.
        return scenario().financials(financials(1, 0))
                .workload(workload("a", 200))
                .workload(workload("b", 200))
                .server(server("box", 10_000, 1000, 1000, 5, 0, 0), 100)
                .site(where)
                .cloud(cloud("vm", 2.20, List.of(), null, 0, 0), 100)
                .build();
    }

    @Test
    void warnsWhenTheWorkloadsTogetherExceedASiteTheyEachFitAlone() {
        // 2 kW of facility power (PUE 1): 2 servers fit, the 4 of both workloads (4.0 kW) do not.
        Site small = new Site("small", "EU", eur(0.2), 1.0, SpaceCost.perKwMonth(eur(0)), 2, 100, eur(0));
        TcoResult r = Tco.analyze(twoWorkloadsAt(small));
        assertThat(r.workload("a").cheapest().ownServers()).isEqualTo(2);
        assertThat(r.workload("b").cheapest().ownServers()).isEqualTo(2);
        assertThat(r.portfolio().siteWarnings()).singleElement().asString()
                .contains("site small", "own 4 servers there, drawing 4.0 kW", "capacity 2.0 kW");
        assertThat(r.toTable()).contains("WARNING: site small");
    }

    @Test
    void noWarningWhenTheSiteHoldsThemAll() {
        TcoResult r = Tco.analyze(twoWorkloadsAt(site("big", 0.2, 1.0, 0, 0)));
        assertThat(r.portfolio().siteWarnings()).isEmpty();
    }
}
