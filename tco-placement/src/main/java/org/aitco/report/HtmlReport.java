package org.aitco.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aitco.core.model.Scenario;
import org.aitco.core.operate.ChargebackReport;
import org.aitco.core.risk.Histogram;
import org.aitco.core.risk.OptionRisk;
import org.aitco.core.risk.Risk;
import org.aitco.core.risk.RiskOptions;
import org.aitco.core.risk.RiskReport;
import org.aitco.core.risk.TornadoBar;
import org.aitco.core.risk.Uncertainties;
import org.aitco.core.tco.BreakEven;
import org.aitco.core.tco.CostCategory;
import org.aitco.core.tco.HybridCurve;
import org.aitco.core.tco.OptionKind;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.Tco;
import org.aitco.core.tco.TcoResult;
import org.aitco.core.tco.WorkloadTco;
import org.aitco.placement.Placement;
import org.aitco.placement.Plan;

/**
 * A report a person reads in a browser: one self-contained HTML file (inline SVG charts drawn in Java, no script,
 * no network request) for a TCO comparison, its placement plan and its risk, or for a chargeback run.
 *
 * <p>The TCO report shows per workload the cost of each hybrid against its number of own servers with the
 * optimum marked, the cumulative cash flows with the break-even points, the cost lines of every option stacked;
 * the Monte Carlo distribution of each option's NPV and the tornado; the plan's servers per site, each workload's
 * shares per platform and the cloud instances over a typical week. The chargeback report shows the cost of each
 * owner per month, stacked by cloud, on-prem, idle and shared. Every text taken from the inputs is escaped.
 *
 * <pre>{@code
 * String html = HtmlReport.of(ScenarioFiles.read(Path.of("examples/steady-chatbot.json")));
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 */
public final class HtmlReport {
    /** The options drawn in the cumulative cash-flow chart at most; the table lists them all. */
    private static final int MAX_LINES = 8;

    private HtmlReport() {
    }

    /** The report of a scenario: its TCO comparison and its placement plan (no risk section). */
    public static String of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return of(Tco.analyze(scenario), Optional.of(Placement.optimise(scenario)), Optional.empty());
    }

    /** The report of a scenario with its risk: TCO comparison, placement plan, Monte Carlo and tornado. */
    public static String of(Scenario scenario, Uncertainties uncertainties, RiskOptions riskOptions) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(uncertainties, "uncertainties");
        Objects.requireNonNull(riskOptions, "riskOptions");
        return of(Tco.analyze(scenario), Optional.of(Placement.optimise(scenario)),
                Optional.of(Risk.analyze(scenario, uncertainties, riskOptions)));
    }

    /** The report of results already computed; a section is left out when its result is empty. */
    public static String of(TcoResult tco, Optional<Plan> plan, Optional<RiskReport> risk) {
        Objects.requireNonNull(tco, "tco");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(risk, "risk");
        StringBuilder b = new StringBuilder();
        b.append(Html.h(1, "TCO report: " + tco.scenario()));
        b.append(Html.p(String.format(Locale.ROOT, "%d-year horizon, months of %d hours, amounts in %s, NPV at "
                        + "%.2f %%/year discounted monthly. Cumulative costs are undiscounted.", tco.horizonYears(),
                tco.hoursPerMonth(), tco.currency().getCurrencyCode(), tco.discountRatePerYear() * 100)));
        for (WorkloadTco w : tco.workloads()) {
            workload(b, w, tco.currency().getCurrencyCode());
        }
        risk.ifPresent(r -> risk(b, r));
        plan.ifPresent(p -> plan(b, p, tco.currency().getCurrencyCode()));
        return Html.page("TCO report: " + tco.scenario(), b.toString());
    }

    /** The report of a chargeback run: cost per owner and month, stacked by cloud, on-prem, idle and shared. */
    public static String of(ChargebackReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder();
        b.append(Html.h(1, "Chargeback report"));
        b.append(Html.p("Amounts in " + report.currency() + ". Input " + report.totalInput() + ", allocated "
                + report.totalAllocated() + (report.balanced() ? " (balanced)." : " (DIFFERS: see the text report).")));
        List<Svg.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ChargebackReport.OwnerPeriod o : report.owners()) {
            bars.add(new Svg.Bar(o.owner() + " " + o.period(), new double[] {o.cloud().amount().doubleValue(),
                    o.onPrem().amount().doubleValue(), o.idle().amount().doubleValue(),
                    o.shared().amount().doubleValue()}));
            rows.add(List.of(o.owner(), o.period(), o.total().amount().toPlainString(),
                    o.cloud().amount().toPlainString(), o.onPrem().amount().toPlainString(),
                    o.idle().amount().toPlainString(), o.shared().amount().toPlainString()));
        }
        b.append(Html.h(2, "Cost per owner and month"));
        if (bars.isEmpty()) {
            b.append(Html.note("No owner was charged anything."));
        } else {
            b.append(Html.figure("Cost per owner and month (" + report.currency() + "), stacked by kind: direct "
                            + "cloud, direct on-prem, idle capacity and unused commitments, shared costs.",
                    Svg.stackedBars("chargeback-owners", List.of("cloud", "on-prem", "idle", "shared"), bars,
                            report.currency())));
        }
        b.append(Html.table(List.of("owner", "month", "total", "cloud", "on-prem", "idle", "shared"), rows));
        if (!report.warnings().isEmpty()) {
            b.append(Html.h(2, "Warnings"));
            report.warnings().forEach(w -> b.append(Html.note(w)));
        }
        return Html.page("Chargeback report", b.toString());
    }

    private static void workload(StringBuilder b, WorkloadTco w, String currency) {
        b.append(Html.h(2, "Workload " + w.workload()));
        OptionResult cheapest = w.cheapest();
        b.append(Html.p("Cheapest: " + cheapest.name() + ", NPV " + cheapest.npv() + "."));

        // Hybrid cost against N, optimum marked.
        if (!w.hybridCurves().isEmpty()) {
            List<Svg.Series> series = new ArrayList<>();
            List<Svg.Marker> markers = new ArrayList<>();
            for (HybridCurve c : w.hybridCurves()) {
                int n = c.points().size();
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = c.points().get(i).ownServers();
                    y[i] = c.points().get(i).npv();
                }
                markers.add(new Svg.Marker(c.optimalServers(), c.optimum().npv(), String.format(Locale.ROOT,
                        "optimum of %s@%s+%s: %d own servers, NPV %s %s", c.serverType(), c.site(),
                        c.cloudOffering(), c.optimalServers(), Html.number(c.optimum().npv()), currency),
                        series.size()));
                series.add(new Svg.Series(c.serverType() + "@" + c.site() + "+" + c.cloudOffering(), x, y));
            }
            b.append(Html.figure("NPV of each hybrid against its number of own servers (0 = all cloud); the circle "
                    + "marks the optimum.", Svg.lineChart("hybrid-" + w.workload(), "own servers N",
                    "NPV (" + currency + ")", series, markers)));
        }

        // Cumulative cash flows: the cheapest option of each kind, and the on-demand options they are measured
        // against; break-even points marked.
        Map<String, OptionResult> shown = new LinkedHashMap<>();
        for (OptionKind kind : OptionKind.values()) {
            w.options().stream().filter(o -> o.kind() == kind).findFirst().ifPresent(o -> shown.put(o.name(), o));
        }
        for (OptionResult o : List.copyOf(shown.values())) {
            w.breakEvenReference(o.name()).ifPresent(r -> shown.putIfAbsent(r, w.option(r)));
        }
        List<OptionResult> lines = shown.values().stream().sorted(Comparator.comparing(OptionResult::npv))
                .limit(MAX_LINES).toList();
        List<Svg.Series> series = new ArrayList<>();
        List<Svg.Marker> markers = new ArrayList<>();
        for (OptionResult o : lines) {
            int m = o.months();
            double[] x = new double[m + 1];
            double[] y = new double[m + 1];
            for (int k = 0; k < m; k++) {
                x[k + 1] = k + 1;
                y[k + 1] = o.cumulativeNominal().get(k);
            }
            series.add(new Svg.Series(o.name(), x, y));
        }
        List<List<String>> rows = new ArrayList<>();
        for (OptionResult o : w.options()) {
            Optional<String> ref = w.breakEvenReference(o.name());
            Optional<BreakEven> be = ref.flatMap(r -> w.breakEven(o.name(), r));
            int index = lines.indexOf(o);
            if (be.isPresent() && index >= 0 && lines.stream().anyMatch(l -> l.name().equals(ref.get()))) {
                double month = be.get().hour() / o.hoursPerMonth();
                markers.add(new Svg.Marker(month, cumulativeAt(o, month), String.format(Locale.ROOT,
                        "%s breaks even with %s in month %d (hour %.0f)", o.name(), ref.get(), be.get().month(),
                        be.get().hour()), index));
            }
            rows.add(List.of(o.name(), o.npv().amount().toPlainString(),
                    o.npv().minus(cheapest.npv()).amount().toPlainString(),
                    ref.map(r -> be.map(x -> "month " + x.month() + " vs " + r).orElse("no crossing with " + r))
                            .orElse("-"),
                    String.format(Locale.ROOT, "%.4g", o.costPerBlock())));
        }
        b.append(Html.figure("Cumulative cost (undiscounted) of the cheapest option of each kind and of the "
                + "on-demand options they are measured against; circles mark break-even with that on-demand option.",
                Svg.lineChart("cashflow-" + w.workload(), "month", "cumulative cost (" + currency + ")", series,
                        markers)));

        // Cost lines stacked per option.
        List<CostCategory> cats = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (w.options().stream().anyMatch(o -> !o.line(c).nominal().isZero())) {
                cats.add(c);
            }
        }
        List<Svg.Bar> bars = new ArrayList<>();
        for (OptionResult o : w.options()) {
            double[] v = new double[cats.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = o.line(cats.get(i)).nominal().amount().doubleValue();
            }
            bars.add(new Svg.Bar(o.name(), v));
        }
        b.append(Html.figure("Cost lines of every option over the horizon (undiscounted; residual value is "
                        + "negative), cheapest option first.", Svg.stackedBars("costs-" + w.workload(),
                cats.stream().map(CostCategory::label).toList(), bars, currency)));
        b.append(Html.table(List.of("option", "NPV", "vs cheapest", "break-even", currency + "/" + w.costBlock()),
                rows));
    }

    /** The cumulative cost of an option at a fractional month, linear between month ends. */
    private static double cumulativeAt(OptionResult o, double month) {
        int k = (int) Math.floor(month);
        double before = k == 0 ? 0 : o.cumulativeNominal().get(Math.min(k, o.months()) - 1);
        if (k >= o.months()) {
            return before;
        }
        double after = o.cumulativeNominal().get(k);
        return before + (after - before) * (month - k);
    }

    private static void risk(StringBuilder b, RiskReport r) {
        b.append(Html.h(2, "Risk"));
        b.append(Html.p(String.format(Locale.ROOT, "%,d Monte Carlo draws (seed %d) over %d uncertain inputs; "
                + "amounts in %s.", r.draws(), r.seed(), r.inputs().size(), r.currency())));
        List<OptionRisk> options = r.options().stream().sorted(Comparator.comparingDouble(o -> o.npv().p50()))
                .limit(MAX_LINES).toList();
        List<Svg.Series> series = new ArrayList<>();
        for (OptionRisk o : options) {
            Histogram h = o.histogram();
            int n = h.counts().size();
            double[] x = new double[n];
            double[] y = new double[n];
            double total = Math.max(1, h.total());
            for (int i = 0; i < n; i++) {
                x[i] = (h.edges().get(i) + h.edges().get(i + 1)) / 2;
                y[i] = 100.0 * h.counts().get(i) / total;
            }
            series.add(new Svg.Series(o.option(), x, y));
        }
        b.append(Html.figure("Distribution of the NPV of the options with the lowest median (share of draws per "
                + "bin).", Svg.lineChart("risk-distribution", "NPV (" + r.currency() + ")", "% of draws", series,
                List.of())));
        List<List<String>> rows = new ArrayList<>();
        for (OptionRisk o : r.options()) {
            rows.add(List.of(o.option(), Html.number(o.npv().p5()), Html.number(o.npv().p50()),
                    Html.number(o.npv().p95()), String.format(Locale.ROOT, "%.1f %%", 100 * o.probabilityCheapest())));
        }
        b.append(Html.table(List.of("option", "NPV P5", "P50", "P95", "cheapest in"), rows));
        b.append(Html.h(3, "Tornado: " + r.decision().first() + " against " + r.decision().second()));
        if (r.tornado().isEmpty()) {
            b.append(Html.note("No uncertain input: no tornado."));
        } else {
            List<Svg.Range> ranges = new ArrayList<>();
            for (TornadoBar t : r.tornado()) {
                ranges.add(new Svg.Range(t.input(), r.decision().baseDifference(), t.differenceAtLow(),
                        t.differenceAtHigh(), "at low " + Html.number(t.low()) + ": " + Html.number(t.differenceAtLow()),
                        "at high " + Html.number(t.high()) + ": " + Html.number(t.differenceAtHigh())));
            }
            b.append(Html.figure("NPV(" + r.decision().first() + ") - NPV(" + r.decision().second() + ") with one "
                            + "input at its low or high value, the others as given; the line is the difference as "
                            + "given. Negative: the first stays cheaper.",
                    Svg.ranges("tornado", ranges, "NPV difference (" + r.currency() + ")", "input at low",
                            "input at high")));
        }
    }

    private static void plan(StringBuilder b, Plan plan, String currency) {
        b.append(Html.h(2, "Placement plan"));
        b.append(Html.p("Status: " + plan.status() + ". Cost over the horizon (NPV): " + plan.cost().total() + "."));
        if (!plan.isFeasible()) {
            return;
        }
        // Servers per site, stacked by server type.
        List<String> types = plan.servers().stream().map(Plan.ServerPurchase::serverType).distinct().toList();
        List<String> sites = plan.servers().stream().map(Plan.ServerPurchase::site).distinct().toList();
        if (sites.isEmpty()) {
            b.append(Html.note("The plan buys no servers: everything runs in the cloud."));
        } else {
            List<Svg.Bar> bars = new ArrayList<>();
            for (String site : sites) {
                double[] v = new double[types.size()];
                for (Plan.ServerPurchase s : plan.servers()) {
                    if (s.site().equals(site)) {
                        v[types.indexOf(s.serverType())] += s.count();
                    }
                }
                bars.add(new Svg.Bar(site, v));
            }
            b.append(Html.figure("Servers to buy per site, by server type.",
                    Svg.stackedBars("plan-servers", types, bars, "servers")));
        }
        // Shares per workload.
        Set<String> platforms = new LinkedHashSet<>();
        plan.workloads().forEach(w -> platforms.addAll(w.shares().keySet()));
        List<String> platformList = List.copyOf(platforms);
        List<Svg.Bar> shares = new ArrayList<>();
        for (Plan.WorkloadPlacement w : plan.workloads()) {
            double[] v = new double[platformList.size()];
            w.shares().forEach((p, s) -> v[platformList.indexOf(p)] = 100 * s);
            shares.add(new Svg.Bar(w.workload(), v));
        }
        if (!shares.isEmpty()) {
            b.append(Html.figure("Share of each workload's units on each platform over the horizon.",
                    Svg.stackedBars("plan-shares", platformList, shares, "% of units")));
        }
        // Cloud instances over a typical week, one line per offering and year in which it runs.
        List<String> offerings = plan.cloud().stream().map(Plan.CloudUse::offering).distinct().sorted().toList();
        List<Integer> years = plan.slices().stream().map(Plan.Slice::year).distinct().sorted().toList();
        List<Svg.Series> series = new ArrayList<>();
        for (String offering : offerings) {
            int committed = plan.commitments().stream().filter(c -> c.offering().equals(offering))
                    .mapToInt(Plan.CommitmentPurchase::instances).sum();
            Map<Integer, Integer> bySlice = new LinkedHashMap<>();
            for (Plan.CloudUse c : plan.cloud()) {
                if (c.offering().equals(offering)) {
                    bySlice.merge(c.slice(), c.onDemandInstances() + c.spotInstances(), Integer::sum);
                }
            }
            List<Integer> shownYears = new ArrayList<>();
            for (int year : years) {
                double[] x = new double[168];
                double[] y = new double[168];
                java.util.Arrays.fill(y, Double.NaN);
                boolean any = false;
                for (Plan.Slice s : plan.slices()) {
                    if (s.year() != year) {
                        continue;
                    }
                    int running = committed + bySlice.getOrDefault(s.index(), 0);
                    for (int h : s.hoursOfWeek()) {
                        if (h >= 0 && h < 168) {
                            y[h] = running;
                            any |= running > 0;
                        }
                    }
                }
                for (int h = 0; h < 168; h++) {
                    x[h] = h;
                }
                if (any) {
                    // Keep the first and the last year the offering runs in: the week as it starts and as it ends.
                    if (shownYears.size() == 2) {
                        series.remove(series.size() - 1);
                        shownYears.remove(1);
                    }
                    shownYears.add(year);
                    series.add(new Svg.Series(offering + (year < 0 ? "" : ", year " + (year + 1)), x, y));
                }
            }
        }
        String caption = "Cloud instances (committed, on demand and spot) per hour of a typical week of the first and "
                + "the last year each offering runs in; hours counted as in the scenario's demand profiles.";
        if (series.isEmpty()) {
            double[] x = new double[168];
            for (int h = 0; h < 168; h++) {
                x[h] = h;
            }
            series.add(new Svg.Series("no cloud instance in any year", x, new double[168]));
            caption = "The plan runs no cloud instance in any hour of any year: everything is on own servers.";
        }
        b.append(Html.figure(caption, Svg.lineChart("plan-cloud-week", "hour of the week", "instances", series,
                List.of())));
        if (!plan.notes().isEmpty()) {
            plan.notes().forEach(n -> b.append(Html.note(n)));
        }
    }
}
