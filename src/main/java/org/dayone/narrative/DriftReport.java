package org.dayone.narrative;

import java.util.List;

/**
 * How far the current press release has moved from the baseline's: 0 is the same text, 1 nothing in common; per
 * section and overall, with the threshold above which the page warns.
 */
public record DriftReport(int baselineRevision, int currentRevision, double overall, List<SectionDrift> sections,
		double threshold) {

	/** One press-release section's drift and its length then and now. */
	public record SectionDrift(String key, String title, double drift, int baselineWords, int currentWords) {

		public int percent() {
			return (int) Math.round(drift * 100);
		}
	}

	public boolean aboveThreshold() {
		return overall > threshold;
	}

	public int percent() {
		return (int) Math.round(overall * 100);
	}

	public boolean isAbove(SectionDrift section) {
		return section.drift() > threshold;
	}
}
