package org.dayone.narrative;

import java.util.List;

/** The differences between two revisions, section by section, as escaped HTML with {@code ins} and {@code del}. */
public record RevisionDiff(int from, int to, DiffMode mode, List<SectionChange> sections) {

	/** Words (default) or whole lines. */
	public enum DiffMode {
		WORDS, LINES
	}

	/** One section: whether it changed and the highlighted HTML (already escaped, safe to embed). */
	public record SectionChange(String key, String title, boolean changed, String html) {
	}

	public long changedSections() {
		return sections.stream().filter(SectionChange::changed).count();
	}
}
