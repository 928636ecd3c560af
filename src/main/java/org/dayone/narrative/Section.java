package org.dayone.narrative;

/** One section of a revision: its stable key ({@code headline}, {@code customer-faq}), title, group and Markdown. */
public record Section(String key, String title, SectionGroup group, String body) {

	public boolean isEmpty() {
		return body.isBlank();
	}

	public Section withBody(String newBody) {
		return new Section(key, title, group, newBody);
	}
}
