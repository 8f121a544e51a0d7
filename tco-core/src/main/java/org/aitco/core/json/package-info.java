/**
 * Scenario files: strict JSON that reads into a {@link org.aitco.core.model.Scenario} and writes back in one
 * canonical form.
 *
 * <p>{@link org.aitco.core.json.ScenarioFiles} is the whole API. Reading is strict: unknown fields, missing
 * required fields, wrong types, duplicate keys, out-of-range values and broken cross-references are all
 * rejected, and a file with several mistakes reports every one of them in one
 * {@link org.aitco.core.json.ScenarioFileException}, each with its JSON path
 * ({@code workloads[2].demand.growthPerYear}), the value found and what was expected. The format is described
 * field by field in {@code docs/scenario-format.md}.
 */
package org.aitco.core.json;
