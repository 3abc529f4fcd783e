/**
 * Internal: argument checks shared by the packages of the core module, so that every range error
 * has one wording. Not exported; not part of the API.
 */
@NullMarked
package org.consularkit.core.internal;

import org.jspecify.annotations.NullMarked;
