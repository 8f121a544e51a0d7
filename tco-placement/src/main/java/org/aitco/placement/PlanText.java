package org.aitco.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aitco.core.text.Tables;

/** The text form of a plan for the command line. */
final class PlanText {
    private PlanText() {
    }

    /** The plan as text that fits {@value Tables#WIDTH} columns (long lines wrapped), or as it comes when wide. */
    static String of(Plan plan, boolean wide) {
        Lines b = new Lines(wide);
        b.add("Placement plan for " + plan.scenario() + ": " + plan.status(), "  ");
        if (!plan.isFeasible()) {
            return b.toString();
        }
        Plan.CostBreakdown c = plan.cost();
        b.add("Total cost over the horizon (discounted): " + c.total(), "  ");
        b.add("  capex (net of residual) " + c.capex() + ", maintenance " + c.maintenance() + ", space " + c.space()
                + ", staff " + c.staff() + ", energy " + c.energy(), "    ");
        b.add("  cloud on demand " + c.cloudOnDemand() + ", committed " + c.cloudCommitted() + ", spot "
                + c.cloudSpot() + ", egress " + c.egress(), "    ");
        b.add("Servers to buy:" + (plan.servers().isEmpty() ? " none" : ""), "  ");
        plan.servers().forEach(s -> b.add("  " + s.count() + " x " + s.serverType() + " at " + s.site(), "    "));
        plan.commitments().forEach(s -> b.add("Commit " + s.instances() + " x " + s.offering() + " for "
                + s.termYears() + "-year terms", "  "));
        Map<String, int[]> peaks = new TreeMap<>();
        for (Plan.CloudUse u : plan.cloud()) {
            int[] p = peaks.computeIfAbsent(u.offering(), k -> new int[2]);
            p[0] = Math.max(p[0], u.onDemandInstances());
            p[1] = Math.max(p[1], u.spotInstances());
        }
        peaks.forEach((o, p) -> b.add("Cloud " + o + ": up to " + p[0] + " on-demand and " + p[1]
                + " spot instances in a slice", "  "));
        b.add("Utilisation:", "  ");
        plan.utilisation().forEach(u -> b.add("  %-28s %-9s %5.1f %%".formatted(u.platform(), u.kind(),
                100 * u.utilisation()), "    "));
        b.add("Workloads:", "  ");
        plan.workloads().forEach(w -> b.add("  " + w.workload() + ": " + w.explanation(), "    "));
        Plan.ModelSize m = plan.model();
        b.add("Model: %d groups, %d platforms, %d slices; first stage %d variables, %d constraints, %d integers"
                .formatted(m.groups(), m.platforms(), m.slices(), m.variables(), m.constraints(), m.integers()), "  ");
        plan.notes().forEach(n -> b.add("Note: " + n, "  "));
        return b.toString();
    }

    /** Lines of text, each wrapped at {@value Tables#WIDTH} columns unless wide; every line ends with a newline. */
    private static final class Lines {
        private final StringBuilder b = new StringBuilder();
        private final boolean wide;

        Lines(boolean wide) {
            this.wide = wide;
        }

        void add(String line, String indent) {
            b.append(wide ? line + '\n' : Tables.wrap(line, indent).replace(System.lineSeparator(), "\n"));
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    /**
     * Where each workload runs, as CSV (RFC 4180, a header row): one row per workload and platform it uses, with the
     * platform's kind (owned, on-demand, spot, committed), the workload's share of its units there over the horizon
     * (a fraction, 0.25 for 25 %), the platform's utilisation (a fraction) and, for an owned platform, the servers
     * bought there. A platform used both on demand and on spot has both kinds, joined by {@code +}, and the
     * utilisation of both together.
     */
    static String csv(Plan plan) {
        Map<String, String> kinds = new TreeMap<>();
        Map<String, double[]> hours = new TreeMap<>(); // paid, busy
        for (Plan.PlatformUse u : plan.utilisation()) {
            kinds.merge(u.platform(), u.kind(), (a, k) -> a + "+" + k);
            double[] h = hours.computeIfAbsent(u.platform(), k -> new double[2]);
            h[0] += u.paidHours();
            h[1] += u.busyHours();
        }
        Map<String, Integer> servers = new TreeMap<>();
        plan.servers().forEach(s -> servers.merge(s.serverType() + "@" + s.site(), s.count(), Integer::sum));
        List<String> header = List.of("workload", "platform", "kind", "share", "platform_utilisation",
                "servers_bought");
        List<List<String>> rows = new ArrayList<>();
        for (Plan.WorkloadPlacement w : plan.workloads()) {
            w.shares().forEach((platform, share) -> {
                double[] h = hours.get(platform);
                rows.add(List.of(w.workload(), platform, kinds.getOrDefault(platform, ""), Tables.plain(share),
                        h == null ? "" : Tables.plain(h[0] == 0 ? 0 : h[1] / h[0]),
                        servers.containsKey(platform) ? Integer.toString(servers.get(platform)) : ""));
            });
        }
        return Tables.csv(header, rows);
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
