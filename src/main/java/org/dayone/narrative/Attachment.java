package org.dayone.narrative;

import java.time.OffsetDateTime;

/** A file attached to a document (a mockup, a screenshot), stored under a name the server made. */
public record Attachment(String id, long documentId, String originalName, String contentType, long sizeBytes,
		String uploadedBy, OffsetDateTime createdAt) {

	/** Where the attachment is served, and what to write in Markdown to show it. */
	public String url() {
		return "/documents/" + documentId + "/attachments/" + id;
	}

	public String markdown() {
		String alt = originalName.replaceAll("[\\[\\]\\r\\n]", " ");
		return "![" + alt + "](" + url() + ")";
	}
}
