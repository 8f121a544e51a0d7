/**
 * Risk of the TCO decision: Monte Carlo over uncertain inputs of a scenario, and sensitivity of the decision
 * between its two leading options.
 *
 * <p>Describe the uncertain inputs as {@link org.aitco.core.risk.Uncertainties} (in code, or read from an
 * uncertainty file with {@link org.aitco.core.risk.UncertaintyFiles}): each a scenario field addressed by path
 * with a {@link org.aitco.core.risk.Distribution}, optionally correlated in pairs through a Gaussian copula. Then
 * {@link org.aitco.core.risk.Risk#analyze} draws the inputs in parallel, prices every option of each drawn
 * scenario with an {@link org.aitco.core.risk.Evaluator}, and returns an immutable
 * {@link org.aitco.core.risk.RiskReport}: NPV quantiles, chance of being cheapest and regret per option, the
 * break-even month, a tornado and the flip points. A seed gives the same report whatever the number of threads.
 * The method and the file format are in {@code docs/risk.md}.
 */
package org.aitco.core.risk;
