package org.dayone.people;

/** A person's sign-in: user name (their email), role and whether it may sign in. The password hash stays inside. */
public record Account(long id, String personId, String username, Role role, boolean enabled,
		boolean mustChangePassword) {
}
