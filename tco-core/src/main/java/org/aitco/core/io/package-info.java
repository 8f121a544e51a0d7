/**
 * Input files read with the guarantees of the docs' "Bad input" section: a file that is not a regular file, is
 * larger than a limit (checked while reading, so an endless stream stops), or is not UTF-8 text is rejected with a
 * message that names the file and says what was expected.
 *
 * <p>{@link org.aitco.core.io.InputFiles} opens and reads; {@link org.aitco.core.io.UnreadableFileException} is
 * what it throws.
 */
package org.aitco.core.io;
