package org.dayone.web;

import org.jspecify.annotations.Nullable;

/** Bad input that the user can fix: names the field at fault and says what to do. Rendered as 400. */
public class InvalidInputException extends RuntimeException {

	private final @Nullable String field;

	public InvalidInputException(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	public @Nullable String field() {
		return field;
	}
}
