package org.dayone.narrative;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A PR/FAQ or narrative: its title, status, author and which revision is current and which is the baseline that later
 * ones are compared with. Its content lives in immutable {@link Revision}s.
 */
public record Document(long id, String title, DocumentStatus status, String authorId, @Nullable String team,
		String templateKey, int currentRevision, int baselineRevision, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public boolean isArchived() {
		return status == DocumentStatus.ARCHIVED;
	}
}
