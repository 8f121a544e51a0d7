/**
 * Reports a person reads in a browser: {@link org.aitco.report.HtmlReport} writes one self-contained HTML file
 * (inline SVG charts drawn in Java, no script, no network) for a TCO comparison with its placement plan and risk,
 * or for a chargeback run.
 */
package org.aitco.report;
