package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.PageBudget;

/** The live preview's model: rendered sections and page estimates of the text being edited. */
public record PreviewFragment(List<DocumentView.RenderedSection> sections, PageBudget pages) {

	public boolean startsGroup(int index) {
		return index == 0 || sections.get(index - 1).group() != sections.get(index).group();
	}
}
