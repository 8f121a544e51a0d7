package org.aitco.core.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aitco.core.money.Money;

/**
 * The cost of one on-prem fleet (a server type at a site) for one month, by component, and the
 * accelerator-hours it made available (paid for, used or not).
 */
record OnPremPool(String name, String site, String serverType, YearMonth period, Currency currency,
        Map<String, Money> components, BigDecimal acceleratorHoursPaid, List<String> servers) {

    /** The cost components, in report order. */
    static final List<String> COMPONENTS = List.of("amortisedCapex", "energy", "cooling", "maintenance", "space",
            "staff");

    OnPremPool {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        servers = List.copyOf(servers);
    }

    Money total() {
        Money sum = Money.zero(currency);
        for (Money m : components.values()) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** Reads {@code {"pools": [...]}} strictly; see {@link ChargebackFiles}. */
    static List<OnPremPool> read(Path file) {
        return ChargebackFiles.pools(file);
    }
}
