/**
 * JMH benchmarks of the TCO calculator: one option over 5 years of hourly demand, full hybrid sizing, a whole
 * analysis. Run with {@code java -jar tco-benchmarks/target/benchmarks.jar TcoBenchmark}.
 */
package org.aitco.benchmarks.tco;
