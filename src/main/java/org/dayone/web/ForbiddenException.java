package org.dayone.web;

/** The signed-in user may see this but not do this (edit someone else's document, say). Rendered as 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
