package org.dayone.narrative;

import java.nio.charset.StandardCharsets;

import org.dayone.web.InvalidInputException;

/** The limits on what a document may hold; every way in (editor, API, import) checks them the same way. */
public final class DocumentLimits {

	public static final int MAX_TITLE_LENGTH = 200;
	public static final int MAX_SECTION_BYTES = 200 * 1024;
	public static final int MAX_MESSAGE_LENGTH = 500;

	private DocumentLimits() {
	}

	/** The title, stripped; or an error that names the field. */
	public static String checkTitle(String title) {
		String stripped = title.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInputException("title", "The title is empty. Give the document a title.");
		}
		if (stripped.length() > MAX_TITLE_LENGTH) {
			throw new InvalidInputException("title", "The title has " + stripped.length() + " characters; the limit is "
					+ MAX_TITLE_LENGTH + ". Shorten it.");
		}
		return stripped;
	}

	public static void checkSection(String key, String title, String body) {
		int bytes = body.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_SECTION_BYTES) {
			throw new InvalidInputException("sections[" + key + "]", "The section '" + title + "' has " + bytes / 1024
					+ " KB; the limit is 200 KB a section. Move detail to an attachment or an appendix.");
		}
		if (body.indexOf('\0') >= 0) {
			throw new InvalidInputException("sections[" + key + "]",
					"The section '" + title + "' contains a NUL character; paste it as plain text.");
		}
	}

	public static String checkMessage(String message) {
		String stripped = message.strip();
		if (stripped.length() > MAX_MESSAGE_LENGTH) {
			throw new InvalidInputException("message", "The revision message has " + stripped.length()
					+ " characters; the limit is " + MAX_MESSAGE_LENGTH + ".");
		}
		return stripped;
	}
}
