/**
 * tco-core's FOCUS reader and grouping rules for tco-spark ({@link org.aitco.core.operate.shared.FocusKit}), which
 * runs them on its executors. Not API: exported only to {@code org.aitco.spark}.
 */
package org.aitco.core.operate.shared;
