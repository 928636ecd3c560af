package org.dayone.people;

import org.jspecify.annotations.Nullable;

/**
 * One person in the directory. A person may exist without an account: most arrive with an org-chart import.
 *
 * @param id a stable id, usually the HR system's employee id
 * @param managerId the id of this person's manager, {@code null} for the top of the organisation
 */
public record Person(String id, String name, String email, @Nullable String title, @Nullable String team,
		@Nullable String managerId) {

	public Person {
		if (id.isBlank()) {
			throw new IllegalArgumentException("A person needs an id");
		}
		if (name.isBlank()) {
			throw new IllegalArgumentException("A person needs a name");
		}
		if (!email.contains("@")) {
			throw new IllegalArgumentException("'" + email + "' is not an email address");
		}
	}

	/** The initials shown in avatars: "Maya Chen" gives "MC". */
	public String initials() {
		StringBuilder initials = new StringBuilder();
		for (String part : name.trim().split("\\s+")) {
			if (!part.isEmpty() && initials.length() < 2) {
				initials.appendCodePoint(part.codePointAt(0));
			}
		}
		return initials.toString().toUpperCase(java.util.Locale.ROOT);
	}
}
