package org.aitco.core.risk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitco.core.model.Accelerator;
import org.aitco.core.model.CloudOffering;
import org.aitco.core.model.DemandProfile;
import org.aitco.core.model.RequestClass;
import org.aitco.core.model.ServerType;
import org.aitco.core.model.Site;
import org.aitco.core.model.Workload;
import org.aitco.core.model.Scenario;
import org.aitco.core.money.Price;

/**
 * The address of one numeric field of a scenario, such as {@code sites[fra-colo].energyPerKwh}, and the one
 * generic setter that builds a modified scenario with another value there.
 *
 * <p>A path is a chain of record component names separated by dots; a list component is followed by
 * {@code [name]} (the element whose {@code name} is that) or, for lists of unnamed elements such as
 * {@code commitments} and {@code throughput}, {@code [index]} from 0. A demand profile has two uncertain
 * fields: {@code growthPerYear} and {@code scale}, a multiplier of every hour (1 in the scenario). Numbers
 * ({@code double}) and prices (their amount, in their own currency) can be uncertain; names, whole numbers
 * (counts, years), choices and flags cannot.
 *
 * <p>Setting walks the records through the declared table of fields ({@link ScenarioFields}), typed getters and
 * setters that rebuild each level with its canonical constructor, so that every model check runs on the new
 * value; binding reads a record's component names only to say what a path that does not exist could be.
 */
final class ScenarioPath {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[([^\\[\\]]+)\\])?");

    private record Segment(String name, String selector) {
    }

    /** One level of a bound path: which field of the table, and which list element (-1 when not a list). */
    private record Step(ScenarioFields.Field<?> field, int element) {
    }

    private final String text;
    private final List<Segment> segments;

    private ScenarioPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * Parses the syntax of a path; whether it exists is checked by {@link #bind}.
     *
     * @throws IllegalArgumentException naming the path when it is not of the form {@code a.b[name].c}
     */
    static ScenarioPath parse(String text) {
        Objects.requireNonNull(text, "path");
        List<Segment> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(("path (\"%s\") must be field names separated by dots, a list "
                        + "followed by [name] or [index], for example sites[fra-colo].energyPerKwh").formatted(text));
            }
            segments.add(new Segment(m.group(1), m.group(2)));
        }
        return new ScenarioPath(text, List.copyOf(segments));
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** A path resolved against a scenario: its value there, and a setter. */
    final class Bound {
        private final List<Step> steps;
        private final String leaf;
        private final double base;

        private Bound(List<Step> steps, String leaf, double base) {
            this.steps = steps;
            this.leaf = leaf;
            this.base = base;
        }

        String path() {
            return text;
        }

        /** The value in the scenario it was bound to ({@code 1} for a demand scale). */
        double base() {
            return base;
        }

        /**
         * A copy of {@code scenario} (of the same structure as the bound one) with {@code value} at this path.
         *
         * @throws IllegalArgumentException naming the path and value when the model rejects the value
         */
        Scenario apply(Scenario scenario, double value) {
            try {
                return (Scenario) set(scenario, 0, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("%s (%s) is not a valid value: %s".formatted(text, value,
                        e.getMessage()), e);
            }
        }

        /**
         * The path with every list element selected by its index from 0 rather than by name, for example
         * {@code cloudOfferings[0].commitments[1].effectivePerHour} or {@code workloads[1].demand.scale}.
         */
        String indexed() {
            StringBuilder b = new StringBuilder();
            for (Step step : steps) {
                b.append(b.length() == 0 ? "" : ".").append(step.field().name());
                if (step.element() >= 0) {
                    b.append('[').append(step.element()).append(']');
                }
            }
            if (!steps.get(steps.size() - 1).field().name().equals(leaf)) {
                b.append('.').append(leaf);
            }
            return b.toString();
        }

        /** The component of the scenario this path starts with ({@code workloads}, {@code financials}, ...). */
        String root() {
            return steps.get(0).field().name();
        }

        /**
         * A copy of the scenario component {@code child} (the value of {@link #root()}, as changed by other paths)
         * with {@code value} at this path.
         *
         * @throws IllegalArgumentException naming the path and value when the model rejects the value
         */
        Object applyBelowRoot(Object child, double value) {
            try {
                Step step = steps.get(0);
                if (step.element() >= 0) {
                    List<?> list = (List<?>) child;
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(step.element(), set(list.get(step.element()), 1, value));
                    return copy;
                }
                return set(child, 1, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("%s (%s) is not a valid value: %s".formatted(text, value,
                        e.getMessage()), e);
            }
        }

        private Object set(Object node, int level, double value) {
            if (level == steps.size()) {
                return setLeaf(node, value);
            }
            Step step = steps.get(level);
            Object child = step.field().read(node);
            if (step.element() >= 0) {
                List<?> list = (List<?>) child;
                List<Object> copy = new ArrayList<>(list);
                copy.set(step.element(), set(list.get(step.element()), level + 1, value));
                return step.field().write(node, copy);
            }
            return step.field().write(node, set(child, level + 1, value));
        }

        private Object setLeaf(Object current, double value) {
            if (current instanceof DemandProfile d) {
                return leaf.equals("scale") ? d.scaledBy(value) : d.withGrowthPerYear(value);
            }
            if (current instanceof Price p) {
                return price(p, value);
            }
            if (current instanceof Optional<?> o) {
                return Optional.of(price((Price) o.orElseThrow(), value));
            }
            return value;
        }
    }

    /**
     * A copy of {@code scenario} with {@code values[k]} at {@code paths.get(k)} for every k: the same scenario as
     * applying the paths one after the other with {@link Bound#apply}, but with each changed component of the
     * scenario rebuilt once and the scenario itself (and its cross-checks) built once rather than once per path.
     * Every record below is still made by its canonical constructor, so every model check runs on every value.
     */
    static Scenario applyAll(Scenario scenario, List<Bound> paths, double[] values) {
        Map<String, Object> changed = new HashMap<>();
        for (int k = 0; k < paths.size(); k++) {
            Bound b = paths.get(k);
            String root = b.root();
            Object child = changed.containsKey(root) ? changed.get(root) : b.steps.get(0).field().read(scenario);
            changed.put(root, b.applyBelowRoot(child, values[k]));
        }
        if (changed.isEmpty()) {
            return scenario;
        }
        return new Scenario(scenario.name(), scenario.description(),
                (org.aitco.core.model.FinancialAssumptions) changed.getOrDefault("financials", scenario.financials()),
                scenario.exchangeRates(),
                ScenarioFields.list(changed.getOrDefault("workloads", scenario.workloads())),
                ScenarioFields.list(changed.getOrDefault("accelerators", scenario.accelerators())),
                ScenarioFields.list(changed.getOrDefault("serverTypes", scenario.serverTypes())),
                ScenarioFields.list(changed.getOrDefault("sites", scenario.sites())),
                ScenarioFields.list(changed.getOrDefault("cloudOfferings", scenario.cloudOfferings())),
                ScenarioFields.list(changed.getOrDefault("throughput", scenario.throughput())));
    }

    private static Price price(Price p, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a price must be a finite number");
        }
        return new Price(BigDecimal.valueOf(value), p.currency());
    }

    /**
     * Resolves the path in {@code scenario}.
     *
     * @throws IllegalArgumentException naming the path and the first segment that does not exist or cannot be
     *                                  uncertain, with what would be valid there
     */
    Bound bind(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<Step> steps = new ArrayList<>();
        Object node = scenario;
        String where = "the scenario";
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            boolean last = s == segments.size() - 1;
            if (node instanceof DemandProfile d) {
                if (!last || seg.selector() != null
                        || !(seg.name().equals("growthPerYear") || seg.name().equals("scale"))) {
                    throw error("%s has the uncertain fields growthPerYear and scale (a multiplier of every hour), "
                            + "not %s", where, seg.name());
                }
                double base = seg.name().equals("scale") ? 1 : d.growthPerYear();
                return new Bound(List.copyOf(steps), seg.name(), base);
            }
            if (!(node instanceof Record)) {
                throw error("%s has no fields; %s cannot follow it", where, seg.name());
            }
            Class<?> type = node.getClass();
            RecordComponent[] components = type.getRecordComponents();
            int index = -1;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(seg.name())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw error("%s has no field %s; its fields are %s", where, seg.name(),
                        Arrays.stream(components).map(RecordComponent::getName).toList());
            }
            RecordComponent component = components[index];
            ScenarioFields.Field<?> field = ScenarioFields.of(type, seg.name());
            // a field outside the table is read only to say what it is
            Object child = field != null ? field.read(node) : read(component, node);
            String childWhere = s == 0 ? seg.name() : where + "." + seg.name();
            int element = -1;
            if (seg.selector() != null) {
                if (!(child instanceof List<?> list)) {
                    throw error("%s is not a list; remove [%s]", childWhere, seg.selector());
                }
                element = element(list, seg.selector(), childWhere);
                child = list.get(element);
                childWhere = childWhere + "[" + seg.selector() + "]";
            } else if (child instanceof List<?>) {
                throw error("%s is a list; pick one element with %s[name] or %s[index]", childWhere, seg.name(),
                        seg.name());
            }
            if (field == null && (!last || child instanceof Double || child instanceof Price
                    || child instanceof Optional<?>)) {
                throw error("%s cannot be uncertain: it is not among the scenario fields an input may change",
                        childWhere);
            }
            steps.add(new Step(field, element));
            if (last) {
                if (child instanceof DemandProfile) {
                    throw error("%s is a demand profile; give %s.growthPerYear or %s.scale", childWhere, childWhere,
                            childWhere);
                }
                double base = leafValue(child, element >= 0 ? null : component.getGenericType(), childWhere);
                return new Bound(List.copyOf(steps), seg.name(), base);
            }
            node = child;
            where = childWhere;
        }
        throw new IllegalStateException("unreachable: a path has at least one segment");
    }

    private IllegalArgumentException error(String format, Object... args) {
        return new IllegalArgumentException("path (%s): %s".formatted(text, format.formatted(args)));
    }

    private int element(List<?> list, String selector, String where) {
        boolean named = !list.isEmpty() && nameOf(list.get(0)) != null;
        if (named) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String n = nameOf(list.get(i));
                if (n.equals(selector)) {
                    return i;
                }
                names.add(n);
            }
            throw error("%s has no element named %s; it has %s", where, selector, names);
        }
        try {
            int i = Integer.parseInt(selector);
            if (i >= 0 && i < list.size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw error("%s has unnamed elements: select one by index from 0 to %d, not [%s]", where, list.size() - 1,
                selector);
    }

    /** The name of a named element of a scenario list, or null for unnamed elements (commitments, throughput). */
    private static String nameOf(Object element) {
        if (element instanceof Workload w) {
            return w.name();
        } else if (element instanceof Site x) {
            return x.name();
        } else if (element instanceof ServerType t) {
            return t.name();
        } else if (element instanceof CloudOffering o) {
            return o.name();
        } else if (element instanceof Accelerator a) {
            return a.name();
        } else if (element instanceof RequestClass c) {
            return c.name();
        }
        return null;
    }

    private double leafValue(Object value, Type declared, String where) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Price p) {
            return p.value();
        }
        if (value instanceof Optional<?> o && declared instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] == Price.class) {
            if (o.isEmpty()) {
                throw error("%s is not given in the scenario, so it cannot be uncertain; give it a value first",
                        where);
            }
            return ((Price) o.get()).value();
        }
        String kind;
        if (value instanceof Integer || value instanceof Long) {
            kind = "a whole number (a count, a number of years or hours)";
        } else if (value instanceof String) {
            kind = "a name or text";
        } else if (value instanceof Enum<?>) {
            kind = "a choice among fixed values";
        } else if (value instanceof Boolean) {
            kind = "a yes/no flag";
        } else if (value instanceof Record) {
            kind = "a group of fields; name one of them";
        } else {
            kind = "not a number (" + (value == null ? "absent" : value.getClass().getSimpleName()) + ")";
        }
        throw error("%s is %s and cannot be uncertain; only numbers and prices can", where, kind);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
