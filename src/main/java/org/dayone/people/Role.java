package org.dayone.people;

/** What an account may do. Each role includes the rights of the ones before it. */
public enum Role {
	/** Writes and reads documents, reports bureaucracy. */
	MEMBER,
	/** Holds a budget and may say yes alone (used by the review and budget capabilities). */
	RESOURCE_OWNER,
	/** Manages accounts and templates. */
	ADMIN;

	public boolean includes(Role other) {
		return ordinal() >= other.ordinal();
	}
}
