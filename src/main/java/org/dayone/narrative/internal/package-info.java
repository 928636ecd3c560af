/**
 * The narrative module's storage: documents, immutable revisions and their sections, and the portable search index,
 * all with plain SQL that runs the same on H2 and PostgreSQL.
 */
@NullMarked
package org.dayone.narrative.internal;

import org.jspecify.annotations.NullMarked;
