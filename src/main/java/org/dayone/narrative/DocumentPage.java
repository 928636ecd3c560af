package org.dayone.narrative;

import java.util.List;

/** One page of a document list and whether more follow. */
public record DocumentPage(List<DocumentSummary> documents, int page, boolean hasNext) {
}
