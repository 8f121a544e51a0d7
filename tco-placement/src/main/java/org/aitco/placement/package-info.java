/** The placement optimiser: which workload runs on which hardware, how many servers to buy. */
package org.aitco.placement;
