package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.Document;
import org.dayone.narrative.SectionGroup;
import org.jspecify.annotations.Nullable;

/**
 * The editor's model: the document, the revision the edit is based on, and the text in the form, which after a
 * rejected save is the author's own text, never the stored one.
 */
public record EditorPage(Document document, int baseRevision, String title, List<EditorSection> sections, String message,
		@Nullable String error, @Nullable String errorField) {

	/** One section in the editor with the template's writing prompt. */
	public record EditorSection(String key, String title, SectionGroup group, String prompt, String body) {

		public String fieldName() {
			return EditorController.SECTION_PREFIX + key;
		}

		public String fieldId() {
			return "section-" + key;
		}
	}

	public boolean startsGroup(int index) {
		return index == 0 || sections.get(index - 1).group() != sections.get(index).group();
	}
}
