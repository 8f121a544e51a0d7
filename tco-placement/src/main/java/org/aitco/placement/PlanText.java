package org.aitco.placement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The text form of a plan for the command line. */
final class PlanText {
    private PlanText() {
    }

    static String of(Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append("Placement plan for ").append(plan.scenario()).append(": ").append(plan.status()).append('\n');
        if (!plan.isFeasible()) {
            return b.toString();
        }
        Plan.CostBreakdown c = plan.cost();
        b.append("Total cost over the horizon (discounted): ").append(c.total()).append('\n');
        b.append("  capex (net of residual) ").append(c.capex()).append(", maintenance ").append(c.maintenance())
                .append(", space ").append(c.space()).append(", staff ").append(c.staff()).append(", energy ")
                .append(c.energy()).append('\n');
        b.append("  cloud on demand ").append(c.cloudOnDemand()).append(", committed ").append(c.cloudCommitted())
                .append(", spot ").append(c.cloudSpot()).append(", egress ").append(c.egress()).append('\n');
        b.append("Servers to buy:").append(plan.servers().isEmpty() ? " none" : "").append('\n');
        plan.servers().forEach(s -> b.append("  ").append(s.count()).append(" x ").append(s.serverType())
                .append(" at ").append(s.site()).append('\n'));
        plan.commitments().forEach(s -> b.append("Commit ").append(s.instances()).append(" x ").append(s.offering())
                .append(" for ").append(s.termYears()).append("-year terms\n"));
        Map<String, int[]> peaks = new TreeMap<>();
        for (Plan.CloudUse u : plan.cloud()) {
            int[] p = peaks.computeIfAbsent(u.offering(), k -> new int[2]);
            p[0] = Math.max(p[0], u.onDemandInstances());
            p[1] = Math.max(p[1], u.spotInstances());
        }
        peaks.forEach((o, p) -> b.append("Cloud ").append(o).append(": up to ").append(p[0])
                .append(" on-demand and ").append(p[1]).append(" spot instances in a slice\n"));
        b.append("Utilisation:\n");
        plan.utilisation().forEach(u -> b.append("  %-28s %-9s %5.1f %%%n".formatted(u.platform(), u.kind(),
                100 * u.utilisation())));
        b.append("Workloads:\n");
        plan.workloads().forEach(w -> b.append("  ").append(w.workload()).append(": ").append(w.explanation())
                .append('\n'));
        Plan.ModelSize m = plan.model();
        b.append("Model: %d groups, %d platforms, %d slices; first stage %d variables, %d constraints, %d integers%n"
                .formatted(m.groups(), m.platforms(), m.slices(), m.variables(), m.constraints(), m.integers()));
        plan.notes().forEach(n -> b.append("Note: ").append(n).append('\n'));
        return b.toString();
    }

    /** At most {@code maxLines} lines: status, cost, servers, commitments, cloud peaks, workloads (the first few). */
    static String summary(Plan plan, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("Plan for %s: %s".formatted(plan.scenario(), plan.status()));
        if (plan.isFeasible()) {
            lines.add("Total cost (discounted): " + plan.cost().total());
            lines.add("Servers: " + (plan.servers().isEmpty() ? "none" : String.join(", ", plan.servers().stream()
                    .map(s -> s.count() + " x " + s.serverType() + " at " + s.site()).toList())));
            if (!plan.commitments().isEmpty()) {
                lines.add("Commitments: " + String.join(", ", plan.commitments().stream()
                        .map(c -> c.instances() + " x " + c.offering() + " (" + c.termYears() + "-year)").toList()));
            }
            Map<String, Integer> peaks = new TreeMap<>();
            for (Plan.CloudUse u : plan.cloud()) {
                peaks.merge(u.offering(), u.onDemandInstances() + u.spotInstances(), Math::max);
            }
            if (!peaks.isEmpty()) {
                lines.add("Cloud peak instances: " + peaks.toString().replace("{", "").replace("}", ""));
            }
            lines.add("Lower bound: %.2f; %d workloads:".formatted(plan.model().lowerBound(), plan.workloads().size()));
            int room = maxLines - lines.size();
            List<Plan.WorkloadPlacement> ws = plan.workloads();
            int shown = ws.size() <= room ? ws.size() : room - 1;
            for (int i = 0; i < shown; i++) {
                lines.add("  %s: %s".formatted(ws.get(i).workload(), ws.get(i).shares()));
            }
            if (shown < ws.size()) {
                lines.add("  ... and %d more (toText() lists them all)".formatted(ws.size() - shown));
            }
        }
        return String.join("\n", lines);
    }
}
