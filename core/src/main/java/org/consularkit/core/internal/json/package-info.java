/**
 * Internal: the one JSON reading path of ConsularKit, a small immutable JSON tree read with
 * jackson-core's streaming parser, shared by every data-file reader of every module (exported only
 * to the ConsularKit modules). Not part of the API; its types may change without notice.
 */
@NullMarked
package org.consularkit.core.internal.json;

import org.jspecify.annotations.NullMarked;
