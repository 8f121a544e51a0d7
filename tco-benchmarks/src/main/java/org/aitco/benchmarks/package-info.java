/** JMH benchmarks of the hot loops; run with {@code java -jar tco-benchmarks/target/benchmarks.jar}. */
package org.aitco.benchmarks;
