package org.aitco.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An inference service to be served: who owns it, which model it serves, how much demand it brings and
 * under which constraints.
 *
 * @param name                    unique within a scenario
 * @param owner                   business unit or cost centre that pays for it
 * @param tags                    free labels (for showback); keys and values are not blank
 * @param model                   the model served; the throughput table says where it runs (with a request
 *                                mix, the classes' models are looked up instead and this names the service's
 *                                model for people)
 * @param demand                  hourly demand with growth
 * @param slo                     the service level the throughput table must hold at
 * @param allowedJurisdictions    data residency: jurisdictions (for example {@code EU}, {@code DE}) where it
 *                                may run; empty means anywhere
 * @param egressGbPerMillionUnits data leaving the cloud per million demand units (tokens or requests), in GB
 * @param egressGbPerMonth        fixed data leaving the cloud per month, in GB (model syncs, logs)
 * @param interruptible           whether it tolerates interruption, so may run on spot capacity
 * @param requestMix              the classes its demand is made of, each with its share and its throughput table
 *                                key; shares sum to 1; empty means one class, {@code model}, with all the demand
 * @param splitParts              1..{@value #MAX_SPLIT_PARTS}: when a placement may not split the workload freely,
 *                                the number of equal parts (each with the whole mix) it may be cut into, each
 *                                part on one platform; 1 means all of it on one platform
 */
public record Workload(String name, String owner, Map<String, String> tags, String model, DemandProfile demand,
                       SloClass slo, Set<String> allowedJurisdictions, double egressGbPerMillionUnits,
                       double egressGbPerMonth, boolean interruptible, List<RequestClass> requestMix,
                       int splitParts) {

    /** Most equal parts a workload may be cut into; more parts are a free split in all but name. */
    public static final int MAX_SPLIT_PARTS = 100;

    /** How far the shares of a request mix may sum from 1. */
    public static final double SHARE_SUM_TOLERANCE = 1e-9;

    public Workload {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.name("owner", owner);
        if (checks.present("tags", tags)) {
            tags.forEach((k, v) -> {
                if (k == null || k.isBlank() || v == null) {
                    checks.fail("tags", k + "=" + v, "must have non-blank keys and non-null values");
                }
            });
        }
        checks.name("model", model);
        checks.present("demand", demand);
        checks.present("slo", slo);
        if (checks.present("allowedJurisdictions", allowedJurisdictions)) {
            checks.noBlankElements("allowedJurisdictions", allowedJurisdictions);
        }
        checks.nonNegative("egressGbPerMillionUnits", egressGbPerMillionUnits);
        checks.nonNegative("egressGbPerMonth", egressGbPerMonth);
        checks.atMost("egressGbPerMillionUnits", egressGbPerMillionUnits, Plausible.EGRESS_GB_PER_MILLION_UNITS, " GB");
        checks.atMost("egressGbPerMonth", egressGbPerMonth, Plausible.EGRESS_GB_PER_MONTH, " GB");
        if (checks.present("requestMix", requestMix)) {
            checkMix(checks, requestMix);
        }
        if (splitParts < 1 || splitParts > MAX_SPLIT_PARTS) {
            checks.fail("splitParts", splitParts, "must be a whole number between 1 and %d (1 = not split)"
                    .formatted(MAX_SPLIT_PARTS));
        }
        checks.throwIfAny();
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        allowedJurisdictions = java.util.Collections.unmodifiableSet(new TreeSet<>(allowedJurisdictions));
        requestMix = List.copyOf(requestMix);
    }

    private static void checkMix(Checks checks, List<RequestClass> mix) {
        Set<String> names = new HashSet<>();
        double sum = 0;
        boolean complete = true;
        for (int i = 0; i < mix.size(); i++) {
            RequestClass c = mix.get(i);
            if (!checks.present("requestMix[" + i + "]", c)) {
                complete = false;
                continue;
            }
            if (!names.add(c.name())) {
                checks.fail("requestMix[" + i + "].name", '"' + c.name() + '"',
                        "must be unique within the request mix; it is used before");
            }
            sum += c.share();
        }
        if (complete && !mix.isEmpty() && !(Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE)) {
            checks.fail("requestMix", mix.size() + " classes with shares summing to " + sum,
                    "must have shares summing to 1 (within %s): they are fractions of the workload's demand"
                            .formatted(SHARE_SUM_TOLERANCE));
        }
    }

    /**
     * The request classes its demand is made of: the request mix, or, without one, a single class named
     * {@value RequestClass#WHOLE} with all the demand on {@code model}.
     */
    public List<RequestClass> classes() {
        return requestMix.isEmpty() ? List.of(new RequestClass(RequestClass.WHOLE, 1, model)) : requestMix;
    }

    /** Starts a builder: {@code Workload.named("support-bot").owner("cx").model("llama-3.1-70b")...build()}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /**
     * A builder holding this workload's values (its request mix and split parts included), for a changed copy.
     * Its demand may be replaced once by a demand step; {@code growthPerYear} changes the growth of the demand.
     */
    public Builder toBuilder() {
        Builder b = new Builder(name).owner(owner).model(model).slo(slo).egressGbPerMillionUnits(egressGbPerMillionUnits)
                .egressGbPerMonth(egressGbPerMonth).interruptible(interruptible).splitParts(splitParts);
        b.tags.putAll(tags);
        b.allowedJurisdictions.addAll(allowedJurisdictions);
        b.requestMix.addAll(requestMix);
        b.demand = demand;
        return b;
    }

    /** The same workload with another demand profile; everything else, request mix and split parts included, kept. */
    public Workload withDemand(DemandProfile demand) {
        return new Workload(name, owner, tags, model, demand, slo, allowedJurisdictions, egressGbPerMillionUnits,
                egressGbPerMonth, interruptible, requestMix, splitParts);
    }

    /** Whether it may run in {@code jurisdiction}. */
    public boolean mayRunIn(String jurisdiction) {
        return allowedJurisdictions.isEmpty() || allowedJurisdictions.contains(jurisdiction);
    }

    /**
     * A builder for JShell and services; {@link #build()} validates. The demand is given by exactly one of
     * {@link #tokensPerSecond}, {@link #requestsPerSecond}, {@link #hourly} and {@link #demand}; a second demand
     * step, or {@link #growthPerYear} together with a ready profile, is rejected when it is called, naming both.
     */
    public static final class Builder {
        private final String name;
        private String owner;
        private final Map<String, String> tags = new TreeMap<>();
        private String model;
        private DemandProfile demand;
        private String demandStep;
        private DemandUnit unit = DemandUnit.TOKENS_PER_SECOND;
        private double[] hourly;
        private Double growthPerYear;
        private SloClass slo = SloClass.LATENCY_CRITICAL;
        private final Set<String> allowedJurisdictions = new TreeSet<>();
        private double egressGbPerMillionUnits;
        private double egressGbPerMonth;
        private boolean interruptible;
        private final List<RequestClass> requestMix = new ArrayList<>();
        private int splitParts = 1;

        private Builder(String name) {
            this.name = name;
        }

        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Constant demand in tokens per second. */
        public Builder tokensPerSecond(double perSecond) {
            return hourlyDemand("tokensPerSecond(" + perSecond + ")", DemandUnit.TOKENS_PER_SECOND,
                    new double[] {perSecond});
        }

        /** Constant demand in requests per second. */
        public Builder requestsPerSecond(double perSecond) {
            return hourlyDemand("requestsPerSecond(" + perSecond + ")", DemandUnit.REQUESTS_PER_SECOND,
                    new double[] {perSecond});
        }

        /** Hourly demand (24, 168 or 8,760 values) in {@code unit}. */
        public Builder hourly(DemandUnit unit, double... perSecond) {
            return hourlyDemand("hourly(%s, %d values)".formatted(unit, perSecond.length), unit, perSecond.clone());
        }

        private Builder hourlyDemand(String step, DemandUnit unit, double[] values) {
            demandStep(step);
            this.unit = unit;
            this.hourly = values;
            this.demand = null;
            return this;
        }

        /** The growth of the demand per year (0.3 for 30 %); not with a ready profile, which has its own. */
        public Builder growthPerYear(double growth) {
            if (demandStep != null && demandStep.startsWith("demand(")) {
                throw new IllegalStateException(("growthPerYear(%s) conflicts with %s given before, which has its own "
                        + "growth; give the profile .withGrowthPerYear(%s) instead").formatted(growth, demandStep,
                        growth));
            }
            this.growthPerYear = growth;
            return this;
        }

        /** A ready profile, growth included. */
        public Builder demand(DemandProfile demand) {
            java.util.Objects.requireNonNull(demand, "demand");
            if (growthPerYear != null) {
                throw new IllegalStateException(("demand(%s) conflicts with growthPerYear(%s) given before: a profile "
                        + "has its own growth; give it .withGrowthPerYear(%s) instead").formatted(demand,
                        growthPerYear, growthPerYear));
            }
            demandStep("demand(" + demand + ")");
            this.demand = demand;
            this.hourly = null;
            return this;
        }

        private void demandStep(String step) {
            if (demandStep != null) {
                throw new IllegalStateException("%s conflicts with %s given before; give the demand once"
                        .formatted(step, demandStep));
            }
            demandStep = step;
        }

        public Builder slo(SloClass slo) {
            this.slo = slo;
            return this;
        }

        public Builder allowedIn(String... jurisdictions) {
            allowedJurisdictions.addAll(java.util.List.of(jurisdictions));
            return this;
        }

        public Builder egressGbPerMillionUnits(double gb) {
            this.egressGbPerMillionUnits = gb;
            return this;
        }

        public Builder egressGbPerMonth(double gb) {
            this.egressGbPerMonth = gb;
            return this;
        }

        public Builder interruptible(boolean interruptible) {
            this.interruptible = interruptible;
            return this;
        }

        /** Adds a request class: {@code share} of the demand is of class {@code name}, served as {@code model}. */
        public Builder requestClass(String name, double share, String model) {
            requestMix.add(new RequestClass(name, share, model));
            return this;
        }

        public Builder splitParts(int parts) {
            this.splitParts = parts;
            return this;
        }

        public Workload build() {
            double growth = growthPerYear == null ? 0 : growthPerYear;
            DemandProfile profile = demand;
            if (hourly != null) {
                profile = hourly.length == 1
                        ? DemandProfile.constant(unit, hourly[0], growth)
                        : DemandProfile.of(unit, hourly, growth);
            } else if (profile != null && growthPerYear != null) {
                profile = profile.withGrowthPerYear(growthPerYear); // a copy from toBuilder() with a new growth
            }
            return new Workload(name, owner == null ? name : owner, tags, model, profile, slo,
                    allowedJurisdictions, egressGbPerMillionUnits, egressGbPerMonth, interruptible, requestMix,
                    splitParts);
        }
    }
}
