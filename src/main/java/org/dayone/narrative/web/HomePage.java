package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.DocumentSummary;

/** The home page model: my drafts, what I have in review, and what changed recently. */
public record HomePage(List<DocumentSummary> myDrafts, List<DocumentSummary> myInReview, List<DocumentSummary> recent) {
}
