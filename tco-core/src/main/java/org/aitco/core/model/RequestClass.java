package org.aitco.core.model;

/**
 * One class of a workload's requests (for example short prompts, or long documents), with its share of the
 * workload's demand and the model key under which the throughput table gives its throughput per platform.
 *
 * <p>A class's model is an ordinary key of the throughput table, such as {@code llama-3.1-70b/short}: the table
 * says how many tokens (or requests) per second one server or instance sustains for requests of that class.
 *
 * @param name  unique within the workload's mix, for example {@code short}
 * @param share fraction of the workload's demand (in its demand unit) that is of this class, in (0, 1]
 * @param model the throughput table's model key for requests of this class
 */
public record RequestClass(String name, double share, String model) {

    /** Name of the one class a workload without a request mix is made of. */
    public static final String WHOLE = "all";

    public RequestClass {
        Checks checks = new Checks();
        checks.name("name", name);
        if (!(share > 0 && share <= 1)) {
            checks.fail("share", share, "must be a fraction in (0, 1]: the part of the workload's demand in this"
                    + " class" + (share > 1 && share <= 100 ? ". Maybe a percentage was given: write %s for %s%%"
                    .formatted(share / 100, Checks.fmt(share)) : ""));
        }
        checks.name("model", model);
        checks.throwIfAny();
    }
}
