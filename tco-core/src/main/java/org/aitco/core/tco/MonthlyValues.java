package org.aitco.core.tco;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of monthly amounts held as a {@code double[]} (a copy), so that an option's 660 monthly values
 * are not boxed when its result is built; each is boxed when read.
 */
final class MonthlyValues extends AbstractList<Double> implements RandomAccess {
    private final double[] values;

    private MonthlyValues(double[] values) {
        this.values = values;
    }

    /** The values of {@code values}, copied. */
    static List<Double> of(double[] values) {
        return new MonthlyValues(values.clone());
    }

    /** {@code list} itself when it is already immutable monthly values, else an immutable copy. */
    static List<Double> copyOf(List<Double> list) {
        return list instanceof MonthlyValues ? list : List.copyOf(list);
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
