/**
 * The strict-input kit: how every JSON input file of the library is read (scenarios, uncertainty files, the
 * chargeback configuration and on-prem cost pools), so that the same rules hold everywhere.
 *
 * <ul>
 *   <li>{@link org.aitco.core.input.InputFiles} opens a file with the guarantees of the docs' "Bad input" section:
 *       a file that is not a regular file, is larger than its {@link org.aitco.core.input.InputLimits limit}
 *       (counted while reading, so an endless stream stops), or is not UTF-8 text is an
 *       {@link org.aitco.core.input.UnreadableFileException} naming the file and what was expected.</li>
 *   <li>{@link org.aitco.core.input.JsonTree} parses standard JSON only (no comments, no {@code NaN}, no trailing
 *       commas), exactly one value per file; a key given twice in one object is a problem; decimals stay exact.</li>
 *   <li>{@link org.aitco.core.input.Fields} reads one object: unknown fields are reported (with a "Maybe you
 *       meant" hint), each value must have its JSON type (numbers are JSON numbers, except amounts of money,
 *       which may also be decimal strings), numbers must be finite, currencies go through the one parser
 *       {@link org.aitco.core.money.Currencies#parse(String)}.</li>
 *   <li>{@link org.aitco.core.input.Problems} collects every problem of a file with its JSON path, the value and
 *       what was expected; reading carries on, and the file's reader throws one
 *       {@link org.aitco.core.model.InputFileException} with all of them.</li>
 * </ul>
 *
 * <p>This package is internal: it is not exported by the module, and its types may change without notice.
 */
package org.aitco.core.input;
