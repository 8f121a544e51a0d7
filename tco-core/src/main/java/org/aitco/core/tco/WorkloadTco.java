package org.aitco.core.tco;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aitco.core.money.Money;

/**
 * The priced options of one workload, cheapest first (by NPV), with the hybrid cost curves behind the hybrid
 * options and the options that were left out with the reason.
 *
 * @param workload     the workload's name
 * @param costBlock    what unit costs are per: {@code "million tokens"} or {@code "thousand requests"}
 * @param options      every priced option, ascending by NPV
 * @param hybridCurves one curve per (server type, site, offering) hybrid
 * @param excluded     options not priced and why (jurisdiction, site too small)
 */
public record WorkloadTco(String workload, String costBlock, List<OptionResult> options,
                          List<HybridCurve> hybridCurves, List<String> excluded) {

    public WorkloadTco {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(costBlock, "costBlock");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        hybridCurves = List.copyOf(Objects.requireNonNull(hybridCurves, "hybridCurves"));
        excluded = List.copyOf(Objects.requireNonNull(excluded, "excluded"));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options of workload %s must not be empty".formatted(workload));
        }
        options = options.stream().sorted(java.util.Comparator.comparing(OptionResult::npv)).toList();
    }

    /** The option of least NPV (options are kept in ascending order of NPV, whatever order they were given in). */
    public OptionResult cheapest() {
        return options.get(0);
    }

    /** How much less the cheapest option costs than the next best (NPV); zero when there is one option. */
    public Money marginOverNextBest() {
        return options.size() < 2 ? Money.zero(cheapest().currency())
                : options.get(1).npv().minus(cheapest().npv());
    }

    /** The option named {@code name}. */
    public OptionResult option(String name) {
        Objects.requireNonNull(name, "name");
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("option (%s) is not among the options of workload %s: %s"
                        .formatted(name, workload, options.stream().map(OptionResult::name).toList())));
    }

    /** The option {@code id}, or empty when it was not priced (not compatible, or left out: see {@link #excluded}). */
    public Optional<OptionResult> option(OptionId id) {
        Objects.requireNonNull(id, "id");
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The hybrid curve of one server type at one site with one offering. */
    public HybridCurve hybridCurve(String serverType, String site, String cloudOffering) {
        return hybridCurves.stream().filter(c -> c.serverType().equals(serverType) && c.site().equals(site)
                        && c.cloudOffering().equals(cloudOffering)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "hybrid (%s@%s+%s) is not among the hybrid curves of workload %s: %s".formatted(serverType,
                                site, cloudOffering, workload, hybridCurves.stream().map(c -> c.serverType() + "@"
                                        + c.site() + "+" + c.cloudOffering()).toList())));
    }

    /** When the cumulative costs of two options cross, if they do within the horizon. */
    public Optional<BreakEven> breakEven(String a, String b) {
        return Optional.ofNullable(Results.breakEven(option(a), option(b)));
    }

    /**
     * The option the tables measure {@code option}'s break-even against: for an option that owns servers the
     * cheapest all-cloud option, for a committed or spot option on-demand of the same offering; empty for an
     * on-demand option or when there is no such option.
     */
    public Optional<String> breakEvenReference(String option) {
        return TcoTables.reference(this, option(option)).map(OptionResult::name);
    }

    /** A comparison table that fits 120 columns: options as rows, NPV, break-even, unit cost. */
    public String toTable() {
        return TcoTables.workload(this, false);
    }

    /** The comparison table with every column: cost lines, nominal total, NPV, break-even, unit cost. */
    public String toWideTable() {
        return TcoTables.workload(this, true);
    }

    /** One line: the workload, how many options, and the cheapest. */
    @Override
    public String toString() {
        return "%s: %d options, cheapest %s".formatted(workload, options.size(), cheapest());
    }
}
