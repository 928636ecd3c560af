package org.dayone.narrative;

/** Published after a revision is stored, so that other capabilities (analysis, notifications) can react. */
public record RevisionSaved(long documentId, int revision, String authorId) {
}
