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
}
