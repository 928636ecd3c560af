package org.dayone.web;

/** Thrown when a page or API call names something that does not exist (a document, a revision, a person). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
