package org.dayone.narrative.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dayone.narrative.Document;
import org.dayone.narrative.Revision;
import org.dayone.narrative.SaveOutcome;
import org.dayone.narrative.Section;

/**
 * What the author sees when someone saved a newer revision while they edited: per section, their text and the other
 * text, and a merge box. A section that only one side changed is merged without asking; one both changed starts from
 * the author's own text, so that nothing they typed is lost.
 */
public record ConflictPage(Document document, Revision base, Revision theirs, String title, String message,
		List<ConflictSection> sections) {

	/** How a section differs between the two saves. */
	public enum Change {
		NONE, MINE, THEIRS, BOTH, SAME_EDIT
	}

	/** One section: the text each side has, what changed, and the text the merge box starts with. */
	public record ConflictSection(Section theirs, String mine, Change change, String merged) {

		public boolean needsAttention() {
			return change == Change.BOTH;
		}

		public String fieldName() {
			return EditorController.SECTION_PREFIX + theirs.key();
		}

		public String fieldId() {
			return "merge-" + theirs.key();
		}
	}

	static ConflictPage of(Document document, SaveOutcome.Conflict conflict, String title, Map<String, String> mine,
			String message) {
		List<ConflictSection> sections = new ArrayList<>();
		for (Section their : conflict.theirs().sections()) {
			String baseBody = conflict.base().section(their.key()).map(Section::body).orElse("");
			String myBody = normalise(mine.getOrDefault(their.key(), baseBody));
			boolean iChanged = !myBody.equals(baseBody);
			boolean theyChanged = !their.body().equals(baseBody);
			Change change = !iChanged && !theyChanged ? Change.NONE
					: iChanged && !theyChanged ? Change.MINE
					: !iChanged ? Change.THEIRS
					: myBody.equals(their.body()) ? Change.SAME_EDIT : Change.BOTH;
			String merged = change == Change.THEIRS || change == Change.NONE ? their.body() : myBody;
			sections.add(new ConflictSection(their, myBody, change, merged));
		}
		String mergedTitle = Objects.equals(title.strip(), conflict.base().title()) ? conflict.theirs().title() : title;
		return new ConflictPage(document, conflict.base(), conflict.theirs(), mergedTitle, message, sections);
	}

	public long conflicting() {
		return sections.stream().filter(ConflictSection::needsAttention).count();
	}

	private static String normalise(String body) {
		return body.replace("\r\n", "\n").replace('\r', '\n');
	}
}
