/**
 * Operate: utilisation monitoring, showback and chargeback of cloud and on-prem inference costs.
 *
 * <p>{@link org.aitco.core.operate.Chargeback#run} takes a {@link org.aitco.core.operate.ChargebackRequest}
 * (FOCUS cloud bills, on-prem cost pools, usage records, utilisation series, policies) and returns a
 * {@link org.aitco.core.operate.ChargebackReport}: cost per owner and month by pool and component, idle and
 * shared costs per the stated policies, exact to the minor unit and reconciled per currency, with utilisation
 * and recommendations. {@link org.aitco.core.operate.FocusReader} reads FOCUS CSV files on its own. The formats
 * and policies are described in docs/chargeback.md.
 */
package org.aitco.core.operate;
