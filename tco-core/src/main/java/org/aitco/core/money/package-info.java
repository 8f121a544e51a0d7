/**
 * Money and prices: exact {@link org.aitco.core.money.Money} for what is reported or charged,
 * {@link org.aitco.core.money.Price} for unit prices kept as given, and
 * {@link org.aitco.core.money.ExchangeRates} between currencies.
 */
package org.aitco.core.money;
