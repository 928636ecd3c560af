package org.dayone.narrative;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A revision in a document's history, without its content. */
public record RevisionInfo(int number, String title, String authorId, String authorName, @Nullable String message,
		OffsetDateTime createdAt) {
}
