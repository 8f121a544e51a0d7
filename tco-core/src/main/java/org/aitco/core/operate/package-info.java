/**
 * Operate: utilisation monitoring, showback and chargeback of cloud and on-prem inference costs.
 *
 * <p>{@link org.aitco.core.operate.Chargeback#run} takes a {@link org.aitco.core.operate.ChargebackRequest}
 * (FOCUS cloud bills, on-prem cost pools, usage records, utilisation series, policies) and returns a
 * {@link org.aitco.core.operate.ChargebackReport}: cost per owner and month by pool and component, idle and
 * shared costs per the stated policies, exact to the minor unit and reconciled per currency, with utilisation
 * and recommendations. FOCUS rows from memory ({@link org.aitco.core.operate.FocusRow}) and costs summed elsewhere
 * ({@link org.aitco.core.operate.CloudCosts}) go in through {@link org.aitco.core.operate.Chargeback#builder()}.
 * The formats and policies are described in docs/chargeback.md. The FOCUS reader and the grouping rules are
 * package-private; tco-spark reaches them through {@code org.aitco.core.operate.shared}, exported only to it.
 */
package org.aitco.core.operate;
