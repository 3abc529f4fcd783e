/**
 * Tests of the directory.
 */
@NullMarked
package org.consularkit.directory;

import org.jspecify.annotations.NullMarked;
