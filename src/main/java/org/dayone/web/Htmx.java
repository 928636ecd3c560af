package org.dayone.web;

import jakarta.servlet.http.HttpServletRequest;

/** Small helpers for requests made by htmx. */
public final class Htmx {

	private Htmx() {
	}

	/** True when htmx made the request and wants a fragment rather than a full page. */
	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-History-Restore-Request") == null;
	}
}
