package org.dayone.narrative.web;

import org.dayone.narrative.Document;
import org.dayone.narrative.DriftReport;
import org.dayone.narrative.Revision;
import org.dayone.narrative.RevisionDiff;

/** The diff page model: the two revisions, their differences and the drift between their press releases. */
public record DiffPage(Document document, Revision from, Revision to, RevisionDiff diff, DriftReport drift) {
}
