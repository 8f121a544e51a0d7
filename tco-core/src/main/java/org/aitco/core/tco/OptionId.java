package org.aitco.core.tco;

import java.util.Objects;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.Commitment;

/**
 * Which option of a workload a priced result is: its kind, its own platform (server type at a site), its cloud
 * platform (offering) and how the cloud part is paid. The one place where an option's printed name is made
 * ({@link #name()}); the library finds options by id, never by building or reading names.
 *
 * <p>Parts an option does not have are empty strings: an all-cloud option has no server type and site, an
 * all-on-prem option no offering and no pricing; a hybrid's cloud part is always on demand.
 *
 * @param kind          the way of serving the workload
 * @param serverType    the own server type, or {@code ""}
 * @param site          the site of the own servers, or {@code ""}
 * @param cloudOffering the cloud offering, or {@code ""}
 * @param pricing       the cloud pricing of an all-cloud option: {@code on-demand}, {@code spot} or a commitment
 *                      label such as {@code commit-3y-50%up}; {@code ""} for on-prem and hybrid options
 */
public record OptionId(OptionKind kind, String serverType, String site, String cloudOffering, String pricing) {

    public OptionId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serverType, "serverType");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(cloudOffering, "cloudOffering");
        Objects.requireNonNull(pricing, "pricing");
        boolean own = kind == OptionKind.ON_PREM || kind == OptionKind.HYBRID;
        boolean cloud = kind != OptionKind.ON_PREM;
        boolean priced = cloud && kind != OptionKind.HYBRID;
        if (own == serverType.isEmpty() || own == site.isEmpty() || cloud == cloudOffering.isEmpty()
                || priced == pricing.isEmpty()) {
            throw new IllegalArgumentException(("option of kind %s must have %s a server type and site, %s a cloud "
                    + "offering and %s a pricing: serverType (%s), site (%s), cloudOffering (%s), pricing (%s)")
                    .formatted(kind, own ? "" : "no", cloud ? "" : "no", priced ? "" : "no", serverType, site,
                            cloudOffering, pricing));
        }
    }

    /** Everything on {@code offering} at its on-demand price. */
    public static OptionId onDemand(String offering) {
        return new OptionId(OptionKind.CLOUD_ON_DEMAND, "", "", offering, "on-demand");
    }

    /** Everything on spot capacity of {@code offering}. */
    public static OptionId spot(String offering) {
        return new OptionId(OptionKind.CLOUD_SPOT, "", "", offering, "spot");
    }

    /**
     * Everything on {@code offering} with its commitment {@code index} (0-based): pricing
     * {@code commit-<term>y-<upfront %>%up}, with {@code #<index + 1>} when another commitment of the offering has
     * the same term and upfront percentage.
     */
    public static OptionId committed(CloudOffering offering, int index) {
        Objects.requireNonNull(offering, "offering");
        if (index < 0 || index >= offering.commitments().size()) {
            throw new IllegalArgumentException("commitment index (%d) must be between 0 and %d, the commitments of %s"
                    .formatted(index, offering.commitments().size() - 1, offering.name()));
        }
        Commitment c = offering.commitments().get(index);
        long upfront = Math.round(c.upfrontFraction() * 100);
        String pricing = "commit-" + c.termYears() + "y-" + upfront + "%up";
        int same = 0;
        for (Commitment x : offering.commitments()) {
            if (x.termYears() == c.termYears() && Math.round(x.upfrontFraction() * 100) == upfront) {
                same++;
            }
        }
        return new OptionId(OptionKind.CLOUD_COMMITTED, "", "", offering.name(),
                same > 1 ? pricing + "#" + (index + 1) : pricing);
    }

    /** Everything on own servers of {@code serverType} at {@code site}. */
    public static OptionId onPrem(String serverType, String site) {
        return new OptionId(OptionKind.ON_PREM, serverType, site, "", "");
    }

    /** Own servers of {@code serverType} at {@code site} for the base, {@code offering} on demand for the rest. */
    public static OptionId hybrid(String serverType, String site, String offering) {
        return new OptionId(OptionKind.HYBRID, serverType, site, offering, "");
    }

    /**
     * The printed name: {@code cloud:<offering>:<pricing>}, {@code on-prem:<serverType>@<site>} or
     * {@code hybrid:<serverType>@<site>+<offering>}.
     */
    public String name() {
        return switch (kind) {
            case CLOUD_ON_DEMAND, CLOUD_COMMITTED, CLOUD_SPOT -> "cloud:" + cloudOffering + ":" + pricing;
            case ON_PREM -> "on-prem:" + ownPlatform();
            case HYBRID -> "hybrid:" + ownPlatform() + "+" + cloudOffering;
        };
    }

    /** {@code <serverType>@<site>}, the own platform as the portfolio and warnings print it; {@code ""} if none. */
    public String ownPlatform() {
        return serverType.isEmpty() ? "" : serverType + "@" + site;
    }

    @Override
    public String toString() {
        return name();
    }
}
