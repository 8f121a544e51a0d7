/**
 * Internal seams between the packages of {@code org.aitco.core}; not exported by the module, not API.
 * {@link org.aitco.core.internal.FastPricing}: the risk analysis's access to the TCO calculator's package-private
 * fast path.
 */
package org.aitco.core.internal;
