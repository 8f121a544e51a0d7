package org.aitco.core.operate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One charge of a cloud bill in the FinOps Open Cost and Usage Specification (FOCUS), with the columns that
 * showback and chargeback use.
 *
 * <p>Costs keep every decimal of the export ({@code 0.00000080000}); they become money only when a report rounds
 * a total. Columns that a file lacks, and cells written empty or {@code NULL}, are {@code null} in the
 * {@code @Nullable} components below; {@link #tags} is empty rather than null.
 *
 * @param line                     the line of the file the row starts on
 * @param billedCost               BilledCost: the invoiced amount
 * @param effectiveCost            EffectiveCost: the amortised amount (commitments spread onto their usage)
 * @param listCost                 ListCost, @Nullable
 * @param chargeCategory           ChargeCategory (Usage, Purchase, Tax, Credit, Adjustment), @Nullable
 * @param chargeClass              ChargeClass (Correction or null), @Nullable
 * @param chargePeriodStart        ChargePeriodStart, inclusive, UTC
 * @param chargePeriodEnd          ChargePeriodEnd, exclusive, UTC
 * @param billingCurrency          BillingCurrency
 * @param providerName             ProviderName, @Nullable
 * @param serviceCategory          ServiceCategory, @Nullable
 * @param serviceName              ServiceName, @Nullable
 * @param resourceId               ResourceId, @Nullable
 * @param resourceType             ResourceType, @Nullable
 * @param regionId                 RegionId, @Nullable
 * @param skuId                    SkuId, @Nullable
 * @param skuPriceDetails          SkuPriceDetails, @Nullable
 * @param chargeDescription        ChargeDescription, @Nullable
 * @param pricingUnit              PricingUnit, @Nullable
 * @param pricingQuantity          PricingQuantity, @Nullable
 * @param consumedUnit             ConsumedUnit, @Nullable
 * @param consumedQuantity         ConsumedQuantity, @Nullable
 * @param commitmentDiscountId     CommitmentDiscountId, @Nullable
 * @param commitmentDiscountStatus CommitmentDiscountStatus (Used, Unused), @Nullable
 * @param tags                     Tags, keys as written (a key may carry stray spaces, as {@code " org"} does), in
 *                                 the order given (the first key that names the owner wins)
 */
public record FocusRow(long line, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
        String chargeCategory, String chargeClass, Instant chargePeriodStart, Instant chargePeriodEnd,
        Currency billingCurrency, String providerName, String serviceCategory, String serviceName,
        String resourceId, String resourceType, String regionId, String skuId, String skuPriceDetails,
        String chargeDescription, String pricingUnit, BigDecimal pricingQuantity, String consumedUnit,
        BigDecimal consumedQuantity, String commitmentDiscountId, String commitmentDiscountStatus,
        Map<String, String> tags) {

    public FocusRow {
        Objects.requireNonNull(billedCost, "billedCost");
        Objects.requireNonNull(effectiveCost, "effectiveCost");
        Objects.requireNonNull(chargePeriodStart, "chargePeriodStart");
        Objects.requireNonNull(chargePeriodEnd, "chargePeriodEnd");
        Objects.requireNonNull(billingCurrency, "billingCurrency");
        Objects.requireNonNull(tags, "tags");
        tags = tags.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Whether this row is a commitment (reservation, savings plan) that was paid for and not used. */
    public boolean isUnusedCommitment() {
        return "Unused".equalsIgnoreCase(commitmentDiscountStatus);
    }
}
