package org.dayone.narrative;

/** Where a document stands. Later capabilities (review, decisions) add states after {@link #IN_REVIEW}. */
public enum DocumentStatus {
	DRAFT("Draft"), IN_REVIEW("In review"), ARCHIVED("Archived");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** What the document is waiting for, as the home page and lists say it. */
	public String waitingFor() {
		return switch (this) {
			case DRAFT -> "Waiting for its author to finish and submit it for review";
			case IN_REVIEW -> "Waiting for reviewers' comments and a decision";
			case ARCHIVED -> "Nothing: archived";
		};
	}
}
