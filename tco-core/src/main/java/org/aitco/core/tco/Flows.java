package org.aitco.core.tco;

/** Monthly cash flows by category of one option, and the units it served against the capacity it paid for. */
final class Flows {
    /** [category ordinal][month], in the reporting currency. */
    final double[][] monthly;
    double unitsServed;
    double ownServed;
    double ownCapacity;
    double cloudCapacity;

    Flows(int months) {
        monthly = new double[CostCategory.values().length][months];
    }
}
