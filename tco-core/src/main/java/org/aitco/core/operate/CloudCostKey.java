package org.aitco.core.operate;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;

/**
 * The group of a cloud cost: every FOCUS row with the same key is charged alike, so a bill can be summed per key
 * before allocation (by {@link CloudCostAggregator} while reading, or by an external engine such as Spark).
 *
 * <p>How a FOCUS row maps to its key (the rules of docs/chargeback.md; {@link CloudCostAggregator#key(FocusRow)}
 * applies them):
 * <ul>
 *   <li>{@code billingCurrency}: BillingCurrency, or the policy's {@code currencyIfAbsent};</li>
 *   <li>{@code month}: the month of ChargePeriodStart in UTC (a row spanning months is not spread);</li>
 *   <li>{@code owner}: the value of the policy's tag key in Tags (keys matched ignoring case and surrounding
 *       spaces, the first matching key with a non-blank value wins, the value trimmed), or {@code ""} when the row
 *       has none (it is then charged to {@value Chargeback#UNALLOCATED});</li>
 *   <li>{@code provider}: ProviderName, or {@code ""} when empty (pool {@code cloud:unknown});</li>
 *   <li>{@code serviceCategory}: ServiceCategory, or {@code ""} when empty (component {@code Other});</li>
 *   <li>{@code unusedCommitment}: CommitmentDiscountStatus is {@code Unused} (ignoring case);</li>
 *   <li>{@code acceleratorPlatform}: the {@code platform} of the first {@code cloudAccelerators} entry of the
 *       policy whose {@code match} occurs, ignoring case, in ChargeDescription, SkuPriceDetails, SkuId or
 *       ResourceType; {@code ""} when none matches.</li>
 * </ul>
 * Text values are trimmed; {@code ""} stands for "none", so no component is null.
 *
 * @param billingCurrency     the currency of the amounts
 * @param month               the billing month (of ChargePeriodStart, UTC)
 * @param owner               the owner tag's value, {@code ""} for untagged rows
 * @param provider            ProviderName, {@code ""} if absent
 * @param serviceCategory     ServiceCategory, {@code ""} if absent
 * @param unusedCommitment    whether the rows are commitments paid for and not used
 * @param acceleratorPlatform the cloud accelerator platform of the policy the rows match, {@code ""} if none
 */
public record CloudCostKey(Currency billingCurrency, YearMonth month, String owner, String provider,
        String serviceCategory, boolean unusedCommitment, String acceleratorPlatform)
        implements Comparable<CloudCostKey> {

    private static final Comparator<CloudCostKey> ORDER = Comparator
            .comparing((CloudCostKey k) -> k.billingCurrency().getCurrencyCode()).thenComparing(CloudCostKey::month)
            .thenComparing(CloudCostKey::owner).thenComparing(CloudCostKey::provider)
            .thenComparing(CloudCostKey::serviceCategory).thenComparing(CloudCostKey::unusedCommitment)
            .thenComparing(CloudCostKey::acceleratorPlatform);

    public CloudCostKey {
        Objects.requireNonNull(billingCurrency, "billingCurrency");
        Objects.requireNonNull(month, "month");
        owner = Objects.requireNonNull(owner, "owner").trim();
        provider = Objects.requireNonNull(provider, "provider").trim();
        serviceCategory = Objects.requireNonNull(serviceCategory, "serviceCategory").trim();
        acceleratorPlatform = Objects.requireNonNull(acceleratorPlatform, "acceleratorPlatform").trim();
    }

    /** Ordered by currency, month, owner, provider, service category, commitment flag and platform. */
    @Override
    public int compareTo(CloudCostKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return "%s %s owner=%s provider=%s service=%s%s%s".formatted(billingCurrency, month,
                owner.isEmpty() ? "(none)" : owner, provider.isEmpty() ? "(none)" : provider,
                serviceCategory.isEmpty() ? "(none)" : serviceCategory, unusedCommitment ? " unused-commitment" : "",
                acceleratorPlatform.isEmpty() ? "" : " platform=" + acceleratorPlatform);
    }
}
