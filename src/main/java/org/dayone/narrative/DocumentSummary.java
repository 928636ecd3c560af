package org.dayone.narrative;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A document as lists show it, with its author's name. */
public record DocumentSummary(long id, String title, DocumentStatus status, String authorId, String authorName,
		@Nullable String team, int currentRevision, OffsetDateTime updatedAt) {
}
