package org.dayone.narrative;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** An immutable snapshot of all of a document's sections, numbered from 1, with who saved it, when and why. */
public record Revision(long documentId, int number, String title, String authorId, @Nullable String message,
		OffsetDateTime createdAt, List<Section> sections) {

	public Revision {
		sections = List.copyOf(sections);
	}

	public Optional<Section> section(String key) {
		return sections.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/** Section key to Markdown, in document order. */
	public Map<String, String> bodies() {
		Map<String, String> bodies = new LinkedHashMap<>();
		sections.forEach(s -> bodies.put(s.key(), s.body()));
		return bodies;
	}

	/** Section key to Markdown for one group (the press release, say), in document order. */
	public Map<String, String> bodies(SectionGroup group) {
		Map<String, String> bodies = new LinkedHashMap<>();
		sections.stream().filter(s -> s.group() == group).forEach(s -> bodies.put(s.key(), s.body()));
		return bodies;
	}

	public List<Section> sections(SectionGroup group) {
		return sections.stream().filter(s -> s.group() == group).toList();
	}
}
