package org.aitco.core.tco;

import java.util.ArrayList;
import java.util.List;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;

/** The hybrid curve priced N by N, hour by hour: the reference the load-duration method must equal. */
final class HybridBruteForce {
    private HybridBruteForce() {
    }

    /** {@link TcoCalculator#hybridCurve}, by pricing every N from 0 to its end with the hourly loop. */
    static HybridCurve curve(TcoCalculator calc, String serverType, String site, String offering) {
        ServerType s = calc.serverType(serverType);
        Site where = calc.site(site);
        CloudOffering o = calc.offering(offering);
        Horizon hz = calc.horizon();
        ServerCosts sc = new ServerCosts(calc.scenario(), s, where, hz);
        int max = Math.min(calc.serversForPeak(s.name()), sc.maxServersAtSite);
        List<HybridPoint> points = new ArrayList<>();
        int best = 0;
        for (int n = 0; n <= max; n++) {
            Flows flows = new Flows(hz.months);
            Engine.fleetAndCloud(hz, calc.demand(), sc, calc.throughput(s.name()), n, calc.rate(o, false), flows);
            points.add(new HybridPoint(n, Horizon.nominal(flows.monthly), hz.npv(flows.monthly)));
            if (points.get(n).npv() < points.get(best).npv()) {
                best = n;
            }
        }
        return new HybridCurve(calc.workload().name(), s.name(), where.name(), o.name(), points, best);
    }
}
