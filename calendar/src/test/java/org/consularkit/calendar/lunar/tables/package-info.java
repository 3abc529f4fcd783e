/**
 * The astronomical generator of the lunisolar-calendar and solar-term tables shipped as resources
 * of {@code org.consularkit.calendar}: Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998),
 * with ΔT from the Espenak and Meeus polynomials. Run {@link
 * org.consularkit.calendar.lunar.tables.TableGenerator#main(String[])} to rewrite the resources; the test
 * {@code TableGeneratorTest} proves that the shipped files are exactly its output.
 *
 * <p>This package lives in the test sources: nothing here runs when the library is used.
 */
@NullMarked
package org.consularkit.calendar.lunar.tables;

import org.jspecify.annotations.NullMarked;
