package org.dayone.web;

import org.jspecify.annotations.Nullable;

/**
 * What the layout of every page needs: who is signed in, the CSRF token for forms and htmx, and the current path for
 * the navigation. Controllers never build it; {@code PageContextAdvice} in the people module adds it to every model.
 *
 * @param viewerName the signed-in person's name, {@code null} on the login page
 */
public record PageContext(@Nullable String viewerName, @Nullable String viewerPersonId, boolean admin,
		String csrfParameter, String csrfHeader, String csrfToken, String path) {

	public boolean signedIn() {
		return viewerName != null;
	}

	/** The JSON for {@code hx-headers}, so htmx requests carry the CSRF token. */
	public String htmxHeaders() {
		return "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
	}

	/** Whether a navigation link to this path prefix is the current page (for {@code aria-current}). */
	public boolean isCurrent(String prefix) {
		return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
	}
}
