package org.dayone.narrative;

import org.jspecify.annotations.Nullable;

/**
 * A claim in the press release that changed between the baseline and now: a price, a percentage, a date, a number with
 * its unit or the named customer. {@code before} is null for an added claim, {@code after} for a removed one.
 */
public record ClaimChange(String kind, @Nullable String before, @Nullable String after, String section) {

	public boolean added() {
		return before == null;
	}

	public boolean removed() {
		return after == null;
	}
}
