/** JMH benchmarks of the placement optimiser. */
package org.aitco.benchmarks.placement;
