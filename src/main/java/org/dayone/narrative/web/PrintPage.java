package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.Document;
import org.dayone.narrative.Revision;

/** The print view's model: one revision, rendered, without the application around it. */
public record PrintPage(Document document, Revision revision, String authorName, List<DocumentView.RenderedSection> sections) {

	public boolean startsGroup(int index) {
		return index == 0 || sections.get(index - 1).group() != sections.get(index).group();
	}
}
