/**
 * The narrative module's JSON API under {@code /api/v1/documents}: documents, revisions, saves with conflict
 * detection, diffs and drift. Errors are JSON naming the field at fault.
 */
@NullMarked
package org.dayone.narrative.api;

import org.jspecify.annotations.NullMarked;
