/**
 * Internal: the one plain-text table and CSV renderer ({@link org.aitco.core.text.Tables}) that the TCO, risk,
 * chargeback and placement reports and the command line share. Exported only to this project's modules.
 */
package org.aitco.core.text;
