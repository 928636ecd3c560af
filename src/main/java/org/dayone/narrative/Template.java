package org.dayone.narrative;

import java.util.List;

/** What a new document starts from: its sections with writing prompts and starter text (FAQ questions, say). */
public record Template(String key, String name, String description, List<TemplateSection> sections) {

	public Template {
		sections = List.copyOf(sections);
	}

	/** One section of a template. */
	public record TemplateSection(String key, String title, SectionGroup group, String prompt, String starter) {
	}
}
