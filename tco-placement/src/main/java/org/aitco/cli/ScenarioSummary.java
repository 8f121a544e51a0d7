package org.aitco.cli;

import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Scenario;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.text.Tables;

/** A few lines that say what a scenario holds, so that a user sees the file was read as meant. */
final class ScenarioSummary {
    private ScenarioSummary() {
    }

    static String of(Scenario s) {
        StringBuilder b = new StringBuilder();
        var f = s.financials();
        b.append("Scenario %s: %d-year horizon, discount rate %.1f %%, reporting in %s, %d-hour months%n".formatted(
                s.name(), f.horizonYears(), f.discountRatePerYear() * 100, f.reportingCurrency(), f.hoursPerMonth()));
        b.append("Workloads:%n".formatted());
        for (Workload w : s.workloads()) {
            var d = w.demand();
            b.append("  %-24s owner %-16s model %-20s mean %,.0f / peak %,.0f %s/s, growth %.0f %%/yr, %s%s%n"
                    .formatted(w.name(), w.owner(), w.model(), d.mean(), d.peak(), d.unit().noun(),
                            d.growthPerYear() * 100, w.slo(),
                            w.allowedJurisdictions().isEmpty() ? "" : ", only in " + w.allowedJurisdictions()));
        }
        b.append("On-prem server types:%n".formatted());
        for (ServerType t : s.serverTypes()) {
            b.append("  %-24s %d x %s, %s, %.0f-%.0f W, %.0f-year life%n".formatted(t.name(),
                    t.acceleratorsPerServer(), t.accelerator(), t.purchasePrice(), t.idleWatts(), t.peakWatts(),
                    t.usefulLifeYears()));
        }
        b.append("Sites:%n".formatted());
        for (Site site : s.sites()) {
            b.append("  %-24s %s, energy %s/kWh, PUE %.2f, %.0f kW%n".formatted(site.name(), site.jurisdiction(),
                    site.energyPerKwh(), site.pue(), site.powerCapacityKw()));
        }
        b.append("Cloud offerings:%n".formatted());
        for (CloudOffering c : s.cloudOfferings()) {
            b.append("  %-24s %s %s %s, %d x %s, on demand %s/h, %d commitment option(s)%s%n".formatted(c.name(),
                    c.provider(), c.region(), c.instanceType(), c.acceleratorsPerInstance(), c.accelerator(),
                    c.onDemandPerHour(), c.commitments().size(),
                    c.spotPerHour().map(p -> ", spot " + p + "/h").orElse("")));
        }
        // lines of at most 120 characters, a long one continued under its details
        StringBuilder fitted = new StringBuilder();
        b.toString().lines().forEach(line -> fitted.append(Tables.wrap(line, " ".repeat(28))));
        return fitted.toString();
    }
}
