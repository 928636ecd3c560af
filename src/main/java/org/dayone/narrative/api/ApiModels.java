package org.dayone.narrative.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.Revision;
import org.dayone.narrative.Section;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the documents API. */
final class ApiModels {

	private ApiModels() {
	}

	/** A document's metadata. */
	record DocumentJson(long id, String title, DocumentStatus status, String authorId, @Nullable String team,
			String templateKey, int currentRevision, int baselineRevision, OffsetDateTime createdAt,
			OffsetDateTime updatedAt) {

		static DocumentJson of(Document d) {
			return new DocumentJson(d.id(), d.title(), d.status(), d.authorId(), d.team(), d.templateKey(),
					d.currentRevision(), d.baselineRevision(), d.createdAt(), d.updatedAt());
		}
	}

	/** One section of a revision. */
	record SectionJson(String key, String title, String group, String markdown) {

		static SectionJson of(Section s) {
			return new SectionJson(s.key(), s.title(), s.group().key(), s.body());
		}
	}

	/** A whole revision. */
	record RevisionJson(long documentId, int number, String title, String authorId, @Nullable String message,
			OffsetDateTime createdAt, List<SectionJson> sections) {

		static RevisionJson of(Revision r) {
			return new RevisionJson(r.documentId(), r.number(), r.title(), r.authorId(), r.message(), r.createdAt(),
					r.sections().stream().map(SectionJson::of).toList());
		}
	}

	/** A document with its current revision. */
	record DocumentWithRevision(DocumentJson document, RevisionJson revision) {
	}

	/** Create a document from a template. */
	record CreateDocument(@Nullable String templateKey, @Nullable String title) {
	}

	/**
	 * Save a revision based on {@code baseRevision}; sections maps section keys to Markdown, and sections left out keep
	 * their text.
	 */
	record SaveRevision(@Nullable Integer baseRevision, @Nullable String title, @Nullable Map<String, String> sections,
			@Nullable String message) {
	}

	/** The answer to a save that lost the race: nothing was stored; merge with the current revision and save again. */
	record ConflictJson(int status, String error, String message, int baseRevision, int currentRevision,
			RevisionJson current) {
	}

	/** Mark a revision as the baseline. */
	record BaselineChange(@Nullable Integer revision) {
	}

	/** Change the status. */
	record StatusChange(@Nullable DocumentStatus status) {
	}
}
