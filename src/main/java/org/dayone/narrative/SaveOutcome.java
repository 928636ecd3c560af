package org.dayone.narrative;

/** The result of saving: the new revision, or a conflict with a newer revision someone else saved meanwhile. */
public sealed interface SaveOutcome {

	/** The save was applied and became the current revision. */
	record Saved(Revision revision) implements SaveOutcome {
	}

	/**
	 * Not applied: the save was based on {@code base}, but {@code theirs} is current. Nothing was stored and the
	 * caller still holds the text, to show both and let the author merge.
	 */
	record Conflict(Revision base, Revision theirs) implements SaveOutcome {
	}
}
