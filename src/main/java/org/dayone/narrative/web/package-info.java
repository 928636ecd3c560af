/**
 * The narrative module's pages: home, document lists and search, the document page with drift and page budgets, the
 * editor with live preview and conflict resolution, revisions and diffs, import, export and attachments.
 */
@NullMarked
package org.dayone.narrative.web;

import org.jspecify.annotations.NullMarked;
