/** JMH benchmarks of the risk analysis (Monte Carlo draws per second on the bundled examples). */
package org.aitco.benchmarks.risk;
