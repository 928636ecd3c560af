package org.dayone.narrative.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dayone.narrative.Revision;
import org.dayone.narrative.render.MarkdownRenderer;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered HTML of revisions. Revisions never change, so their HTML is computed once and kept; rendering and
 * sanitizing Markdown is the most expensive part of serving a document page.
 */
@Component
class RenderedSections {

	private final Cache<String, List<DocumentView.RenderedSection>> cache = Caffeine.newBuilder()
		.maximumWeight(128L * 1024 * 1024)
		.<String, List<DocumentView.RenderedSection>>weigher((key, sections) -> sections.stream()
			.mapToInt(s -> 64 + s.html().length() * 2).sum())
		.expireAfterAccess(2, TimeUnit.HOURS)
		.build();

	List<DocumentView.RenderedSection> of(Revision revision) {
		return cache.get(revision.documentId() + ":" + revision.number(), key -> render(revision));
	}

	private static List<DocumentView.RenderedSection> render(Revision revision) {
		return revision.sections().stream()
			.map(s -> new DocumentView.RenderedSection(s.key(), s.title(), s.group(),
					MarkdownRenderer.toSafeHtml(s.body()), s.isEmpty()))
			.toList();
	}
}
