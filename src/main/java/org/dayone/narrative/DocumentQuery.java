package org.dayone.narrative;

import org.jspecify.annotations.Nullable;

/**
 * A filter for document lists: any of status, author and team, newest first, one page at a time.
 *
 * @param page zero-based page number
 */
public record DocumentQuery(@Nullable DocumentStatus status, @Nullable String authorId, @Nullable String team, int page,
		int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public DocumentQuery {
		if (page < 0) {
			page = 0;
		}
		if (pageSize < 1 || pageSize > 200) {
			pageSize = DEFAULT_PAGE_SIZE;
		}
	}

	public static DocumentQuery byAuthor(String authorId) {
		return new DocumentQuery(null, authorId, null, 0, DEFAULT_PAGE_SIZE);
	}
}
