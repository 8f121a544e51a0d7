package org.aitco.core.model;

import java.util.List;
import java.util.Optional;
import org.aitco.core.money.Price;

/**
 * A cloud instance type in a region with its prices.
 *
 * <p>Capacity is bought per billed period: in an hour that needs 2.1 instances, 3 are paid. Billing finer than
 * an hour does not help with hourly demand, since demand within the hour is not known; coarser billing is not
 * modelled. Spot capacity needs {@code spotInterruptionOverhead} more instance-hours than on-demand for the
 * same work (restarts, reloads, redundancy).
 *
 * @param name                     unique within a scenario and distinct from server type names
 * @param provider                 for example {@code AWS}
 * @param region                   for example {@code eu-central-1}
 * @param jurisdiction             where data stays, matched against a workload's allowed jurisdictions
 * @param instanceType             for example {@code p5.48xlarge}
 * @param accelerator              name of an {@link Accelerator} of the scenario
 * @param acceleratorsPerInstance  how many one instance has
 * @param onDemandPerHour          on-demand price per instance-hour
 * @param commitments              commitment options, possibly none
 * @param spotPerHour              spot price per instance-hour, if spot is offered
 * @param spotInterruptionOverhead extra instance-hours spot needs for the same work, as a fraction (0..1)
 * @param egressPerGb              price of data leaving the cloud, per GB
 * @param billingIncrementSeconds  billing granularity: 1, 60 or 3600
 */
public record CloudOffering(String name, String provider, String region, String jurisdiction, String instanceType,
                            String accelerator, int acceleratorsPerInstance, Price onDemandPerHour,
                            List<Commitment> commitments, Optional<Price> spotPerHour,
                            double spotInterruptionOverhead, Price egressPerGb, int billingIncrementSeconds) {

    public CloudOffering {
        Checks checks = new Checks();
        checks.name("name", name);
        checks.name("provider", provider);
        checks.name("region", region);
        checks.name("jurisdiction", jurisdiction);
        checks.name("instanceType", instanceType);
        checks.name("accelerator", accelerator);
        checks.positive("acceleratorsPerInstance", acceleratorsPerInstance);
        checks.present("onDemandPerHour", onDemandPerHour);
        if (checks.present("commitments", commitments)) {
            for (int i = 0; i < commitments.size(); i++) {
                checks.present("commitments[" + i + "]", commitments.get(i));
            }
        }
        checks.present("spotPerHour", spotPerHour);
        checks.fraction("spotInterruptionOverhead", spotInterruptionOverhead, 0, 1);
        checks.present("egressPerGb", egressPerGb);
        checks.atMost("acceleratorsPerInstance", acceleratorsPerInstance, Plausible.ACCELERATORS_PER_BOX, "");
        checks.atMost("onDemandPerHour", onDemandPerHour, Plausible.PER_HOUR, " per instance-hour");
        if (spotPerHour != null && spotPerHour.isPresent()) {
            checks.atMost("spotPerHour", spotPerHour.get(), Plausible.PER_HOUR, " per instance-hour");
        }
        checks.atMost("egressPerGb", egressPerGb, Plausible.PER_UNIT, " per GB");
        if (billingIncrementSeconds != 1 && billingIncrementSeconds != 60 && billingIncrementSeconds != 3600) {
            checks.fail("billingIncrementSeconds", billingIncrementSeconds, "must be 1, 60 or 3600");
        }
        checks.throwIfAny();
        commitments = List.copyOf(commitments);
    }

    /**
     * Starts a builder with named steps:
     * <pre>{@code
     * CloudOffering.named("aws-p5").provider("AWS").region("eu-central-1").jurisdiction("EU")
     *         .instanceType("p5.48xlarge").accelerator("H100", 8).onDemandPerHour("98.32 USD")
     *         .commitment(new Commitment(1, 0, Price.parse("61.00 USD"))).egressPerGb("0.09 USD").build();
     * }</pre>
     * No commitments, no spot, a spot overhead of 0 and hourly billing unless given; every other step is required.
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this offering's values, for a changed copy. */
    public Builder toBuilder() {
        Builder b = named(name).provider(provider).region(region).jurisdiction(jurisdiction)
                .instanceType(instanceType).accelerator(accelerator, acceleratorsPerInstance)
                .onDemandPerHour(onDemandPerHour).spotInterruptionOverhead(spotInterruptionOverhead)
                .egressPerGb(egressPerGb).billingIncrementSeconds(billingIncrementSeconds);
        commitments.forEach(b::commitment);
        spotPerHour.ifPresent(b::spotPerHour);
        return b;
    }

    /** Named steps for a {@link CloudOffering}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private String provider;
        private String region;
        private String jurisdiction;
        private String instanceType;
        private String accelerator;
        private int acceleratorsPerInstance;
        private Price onDemandPerHour;
        private final List<Commitment> commitments = new java.util.ArrayList<>();
        private Price spotPerHour;
        private double spotInterruptionOverhead;
        private Price egressPerGb;
        private int billingIncrementSeconds = 3600;

        private Builder(String name) {
            this.name = name;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder jurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /** The accelerator (by name) and how many one instance has. */
        public Builder accelerator(String accelerator, int perInstance) {
            this.accelerator = accelerator;
            this.acceleratorsPerInstance = perInstance;
            return this;
        }

        public Builder onDemandPerHour(Price price) {
            this.onDemandPerHour = price;
            return this;
        }

        /** The on-demand price written as {@code "98.32 USD"}. */
        public Builder onDemandPerHour(String price) {
            return onDemandPerHour(Price.parse(price));
        }

        /** Adds a commitment option. */
        public Builder commitment(Commitment commitment) {
            commitments.add(java.util.Objects.requireNonNull(commitment, "commitment"));
            return this;
        }

        public Builder spotPerHour(Price price) {
            this.spotPerHour = price;
            return this;
        }

        /** The spot price written as {@code "35.00 USD"}. */
        public Builder spotPerHour(String price) {
            return spotPerHour(Price.parse(price));
        }

        public Builder spotInterruptionOverhead(double fraction) {
            this.spotInterruptionOverhead = fraction;
            return this;
        }

        public Builder egressPerGb(Price price) {
            this.egressPerGb = price;
            return this;
        }

        /** The egress price written as {@code "0.09 USD"}. */
        public Builder egressPerGb(String price) {
            return egressPerGb(Price.parse(price));
        }

        public Builder billingIncrementSeconds(int seconds) {
            this.billingIncrementSeconds = seconds;
            return this;
        }

        public CloudOffering build() {
            return new CloudOffering(name, provider, region, jurisdiction, instanceType, accelerator,
                    acceleratorsPerInstance, onDemandPerHour, commitments, Optional.ofNullable(spotPerHour),
                    spotInterruptionOverhead, egressPerGb, billingIncrementSeconds);
        }
    }
}
