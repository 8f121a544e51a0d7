package org.aitco.core.operate;

import java.nio.file.Path;
import java.util.Currency;
import java.util.Optional;
import org.aitco.core.operate.shared.FocusData;
import org.aitco.core.operate.shared.FocusKit;

/** The {@link FocusKit} of this package: its reader and aggregator, for tco-spark. */
final class FocusKitImpl extends FocusKit {
    static {
        register(new FocusKitImpl());
    }

    private FocusKitImpl() {
    }

    @Override
    public int listed() {
        return CloudCostAggregator.LISTED;
    }

    @Override
    public FocusData read(Path file, Currency currencyIfAbsent) {
        return FocusReader.read(file, currencyIfAbsent);
    }

    @Override
    public FocusKit.Grouping grouping(Optional<Path> configFile) {
        return CloudCostAggregator.forPolicies(configFile);
    }
}
