package org.aitco.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import org.aitco.core.model.Scenario;
import org.aitco.core.money.Money;
import org.aitco.core.tco.OptionId;

/**
 * How the risk analysis reaches the TCO calculator's fast path, which is package-private in
 * {@code org.aitco.core.tco} ({@code FastTco}, described in docs/tco-method.md): internal to this module, in a
 * package the module does not export.
 *
 * <p>The calculator registers its factory when its class is initialised; {@link #of} initialises it first. This is
 * the seam the JDK uses between its own packages ({@code SharedSecrets}): the types stay out of the exported API,
 * and the risk package depends on the calculator's behaviour only through these interfaces.
 */
public final class FastPricing {
    private static final String IMPLEMENTATION = "org.aitco.core.tco.FastTco";
    private static volatile Function<Scenario, Calculator> factory;

    private FastPricing() {
    }

    /** The fast path prepared for {@code base} and its variants (it sorts each workload's demand once). */
    public static Calculator of(Scenario base) {
        Objects.requireNonNull(base, "base");
        if (factory == null) {
            try {
                Class.forName(IMPLEMENTATION, true, FastPricing.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the TCO calculator's fast path (" + IMPLEMENTATION + ") is missing", e);
            }
        }
        return factory.apply(base);
    }

    /** Called once by the calculator's fast path when its class is initialised. */
    public static void register(Function<Scenario, Calculator> fastPath) {
        factory = Objects.requireNonNull(fastPath, "fastPath");
    }

    /** The fast path for one base scenario; thread-safe. */
    public interface Calculator {
        /**
         * Every option of every workload of {@code scenario} (a variant of the base), as the calculator lists them.
         *
         * @throws IllegalArgumentException when a workload cannot be served
         */
        Result price(Scenario scenario);

        /**
         * Variants of the base scenario that differ only in the values at {@code paths} (list elements by index
         * from 0, for example {@code workloads[1].demand.scale}), priced without building them; null when a path
         * is not one the fast path can change.
         */
        Variants variants(List<String> paths);
    }

    /** Variants of a base scenario at a few paths ({@link Calculator#variants}); thread-safe. */
    public interface Variants {
        /**
         * What {@link Calculator#price} gives for the base scenario with {@code values[k]} at path k, or null when
         * that variant needs its scenario (then price the scenario). The values are not checked.
         *
         * @throws IllegalArgumentException when a workload cannot be served
         */
        Result price(double[] values);
    }

    /** The priced options of every workload, in the calculator's order per workload. */
    public interface Result {
        /** The number of workloads, in the scenario's order. */
        int workloadCount();

        /** The name of workload {@code w}. */
        String workload(int w);

        /** The number of options of workload {@code w}. */
        int optionCount(int w);

        /** The id of option {@code i} of workload {@code w}. */
        OptionId id(int w, int i);

        /** The index of {@code option} among the options of workload {@code w}, or -1. */
        int indexOf(int w, OptionId option);

        /** The NPV of option {@code i} of workload {@code w}, unrounded, in the reporting currency. */
        double npv(int w, int i);

        /** Whether {@link #npvMinorUnits} can give option {@code i} of workload {@code w} (it fits a long). */
        boolean fitsMinorUnits(int w, int i);

        /** The NPV in minor units of the reporting currency, rounded half-even as the calculator rounds it. */
        long npvMinorUnits(int w, int i);

        /** The NPV rounded to money, as the calculator reports it. */
        Money roundedNpv(int w, int i);

        /** Minor units per unit of the reporting currency (100 for cents). */
        double minorUnitsPerUnit();

        /**
         * The month (from 1) in which the cumulative undiscounted costs of options {@code a} and {@code b}, summed
         * over every workload, cross; empty when they do not within the horizon.
         *
         * @throws IllegalArgumentException when a workload has no such option
         */
        OptionalInt breakEvenMonth(OptionId a, OptionId b);
    }
}
