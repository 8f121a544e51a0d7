package org.aitco.core.operate.shared;

import java.nio.file.Path;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.aitco.core.operate.CloudCostKey;
import org.aitco.core.operate.CloudCosts;
import org.aitco.core.operate.FocusRow;
import org.aitco.core.operate.RowRejection;

/**
 * tco-core's FOCUS reader and grouping rules, for engines that read FOCUS data elsewhere: tco-spark runs them on
 * its executors, so that a row is rejected, and grouped, exactly as {@code ./aitco chargeback} does it. Not API:
 * this package is exported only to {@code org.aitco.spark}; a Java user reads FOCUS files with
 * {@link org.aitco.core.operate.Chargeback#builder()}.
 *
 * <p>The implementation lives in {@code org.aitco.core.operate}, whose reader and aggregator stay package-private;
 * it registers itself when that package's class is first loaded ({@link #get()} loads it).
 */
public abstract class FocusKit {
    private static volatile FocusKit instance;

    /** For the implementation in {@code org.aitco.core.operate} only. */
    protected FocusKit() {
    }

    /** The kit. */
    public static FocusKit get() {
        if (instance == null) {
            try {
                Class.forName("org.aitco.core.operate.FocusKitImpl", true, FocusKit.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("tco-core's org.aitco.core.operate.FocusKitImpl is missing", e);
            }
        }
        return instance;
    }

    /**
     * Called once, by {@code org.aitco.core.operate}'s implementation as it is loaded.
     *
     * @throws IllegalStateException when a kit is registered already
     */
    protected static synchronized void register(FocusKit kit) {
        Objects.requireNonNull(kit, "kit");
        if (instance != null) {
            throw new IllegalStateException("a FocusKit (%s) is registered already".formatted(instance));
        }
        instance = kit;
    }

    /** How many rejected rows per input are kept with their line and value; the rest are only counted. */
    public abstract int listed();

    /**
     * Reads a FOCUS CSV file whole, as the local chargeback reads it; rows without a BillingCurrency (the column
     * absent or the cell empty) are in {@code currencyIfAbsent}.
     *
     * @param currencyIfAbsent the currency of rows that do not state one, or null to require BillingCurrency
     * @throws org.aitco.core.operate.ChargebackInputException if a mandatory column is missing or the file is not
     *                                                         CSV
     */
    public abstract FocusData read(Path file, Currency currencyIfAbsent);

    /**
     * Grouping under the policies of a chargeback configuration file ({@code tagKey} and {@code cloudAccelerators}
     * decide the keys), or under the default policies.
     *
     * @throws org.aitco.core.operate.ChargebackInputException if the file is not a valid configuration
     */
    public abstract Grouping grouping(Optional<Path> configFile);

    /** Folds FOCUS rows into exact totals per {@link CloudCostKey}. Not thread-safe. */
    public interface Grouping {
        /** The group of a row under these policies (see {@link CloudCostKey} for the rules). */
        CloudCostKey key(FocusRow row);

        /** Adds a row to its group's totals. */
        void add(FocusRow row);

        /** Counts a rejected row (and keeps the first {@link FocusKit#listed()} of them). */
        void reject(RowRejection rejection);

        /** The totals so far, as the input {@code source}. */
        CloudCosts result(String source);
    }
}
