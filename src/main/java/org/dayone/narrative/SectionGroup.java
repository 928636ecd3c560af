package org.dayone.narrative;

/** The part of a document a section belongs to; budgets and drift are measured per group. */
public enum SectionGroup {
	PRESS_RELEASE("press-release", "Press release"), FAQ("faq", "FAQ"), EXPERIENCE("experience", "Customer experience"),
	NARRATIVE("narrative", "Narrative");

	private final String key;
	private final String label;

	SectionGroup(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public static SectionGroup fromKey(String key) {
		for (SectionGroup group : values()) {
			if (group.key.equals(key) || group.name().equals(key)) {
				return group;
			}
		}
		throw new IllegalArgumentException("Unknown section group '" + key + "'; use press-release, faq, experience or narrative");
	}
}
