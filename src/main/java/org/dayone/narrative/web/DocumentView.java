package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.Attachment;
import org.dayone.narrative.ClaimChange;
import org.dayone.narrative.Document;
import org.dayone.narrative.DriftReport;
import org.dayone.narrative.PageBudget;
import org.dayone.narrative.Revision;
import org.dayone.narrative.RevisionInfo;
import org.dayone.narrative.SectionGroup;
import org.jspecify.annotations.Nullable;

/**
 * The document page's model: a revision rendered section by section, and beside it what a reader wants at a glance:
 * drift from the baseline, the claims that changed, page budgets and the history.
 */
public record DocumentView(Document document, Revision revision, String authorName, String templateName,
		List<RenderedSection> sections, boolean canEdit, boolean isCurrent, DriftReport drift,
		List<ClaimChange> claimChanges, PageBudget pages, List<RevisionInfo> history, List<Attachment> attachments,
		@Nullable Integer justSaved) {

	/** A section with its Markdown already rendered to sanitized HTML. */
	public record RenderedSection(String key, String title, SectionGroup group, String html, boolean empty) {
	}

	public boolean startsGroup(int index) {
		return index == 0 || sections.get(index - 1).group() != sections.get(index).group();
	}

	public int previousRevision() {
		return Math.max(1, revision.number() - 1);
	}
}
