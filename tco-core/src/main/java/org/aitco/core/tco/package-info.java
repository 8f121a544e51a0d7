/**
 * The TCO calculator: prices every way of serving a workload (all cloud on demand, with commitments or on spot,
 * all on own servers, hybrid) month by month over the horizon, and says which is cheapest, when options break
 * even and what a million tokens costs.
 *
 * <p>Start with {@link org.aitco.core.tco.Tco#analyze(org.aitco.core.model.Scenario)}; the result is an
 * immutable {@link org.aitco.core.tco.TcoResult} of plain records. {@link org.aitco.core.tco.TcoCalculator}
 * prices single options of one workload and computes {@link org.aitco.core.tco.HybridCurve hybrid cost curves}
 * exactly from the load-duration curve. The method and its conventions (month of {@code hoursPerMonth} hours,
 * cash-flow timing, refresh and residual value) are in {@code docs/tco-method.md}.
 */
package org.aitco.core.tco;
