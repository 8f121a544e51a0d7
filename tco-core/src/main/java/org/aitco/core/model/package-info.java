/**
 * The domain model: {@link org.aitco.core.model.Workload workloads} with their
 * {@link org.aitco.core.model.DemandProfile demand}, the hardware ({@link org.aitco.core.model.Accelerator},
 * {@link org.aitco.core.model.ServerType}), on-prem {@link org.aitco.core.model.Site sites},
 * {@link org.aitco.core.model.CloudOffering cloud offerings}, the throughput table and the
 * {@link org.aitco.core.model.FinancialAssumptions financial assumptions}, held together by a
 * {@link org.aitco.core.model.Scenario}.
 *
 * <p>Every value is immutable and validated on construction; an invalid one throws a
 * {@link org.aitco.core.model.ValidationException} listing every {@link org.aitco.core.model.Violation} with
 * its field path.
 */
package org.aitco.core.model;
