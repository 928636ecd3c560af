/**
 * Turns user Markdown into safe HTML: CommonMark with tables, then the OWASP sanitizer, with images from other hosts
 * replaced by links so that reading a document never tells another server who read it.
 */
@NullMarked
package org.dayone.narrative.render;

import org.jspecify.annotations.NullMarked;
