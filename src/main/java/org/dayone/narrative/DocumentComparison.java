package org.dayone.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.internal.Comparisons;
import org.springframework.stereotype.Service;

/**
 * Compares revisions: drift of the press release from the baseline, the claims that changed, highlighted diffs, and
 * page estimates against the budgets. Every figure is computed from the immutable revisions alone, so it can be cached.
 */
@Service
public class DocumentComparison {

	private final NarrativeProperties properties;

	DocumentComparison(NarrativeProperties properties) {
		this.properties = properties;
	}

	/** Drift of {@code current}'s press release from {@code baseline}'s, per section and overall. */
	public DriftReport drift(Revision baseline, Revision current) {
		List<DriftReport.SectionDrift> sections = new ArrayList<>();
		Map<String, String> before = baseline.bodies(SectionGroup.PRESS_RELEASE);
		for (Section section : current.sections(SectionGroup.PRESS_RELEASE)) {
			String old = before.getOrDefault(section.key(), "");
			sections.add(new DriftReport.SectionDrift(section.key(), section.title(),
					Comparisons.drift(old, section.body()), Comparisons.wordCount(old),
					Comparisons.wordCount(section.body())));
		}
		return new DriftReport(baseline.number(), current.number(), Comparisons.overallDrift(sections), sections,
				properties.driftWarning());
	}

	/** The prices, figures, dates and named customers of the press release that differ between the two revisions. */
	public List<ClaimChange> claimChanges(Revision baseline, Revision current) {
		return Comparisons.claimChanges(baseline.sections(SectionGroup.PRESS_RELEASE),
				current.sections(SectionGroup.PRESS_RELEASE));
	}

	public RevisionDiff diff(Revision from, Revision to, RevisionDiff.DiffMode mode) {
		List<RevisionDiff.SectionChange> changes = new ArrayList<>();
		Map<String, String> before = from.bodies();
		for (Section section : to.sections()) {
			String old = before.getOrDefault(section.key(), "");
			boolean changed = !old.equals(section.body());
			changes.add(new RevisionDiff.SectionChange(section.key(), section.title(), changed,
					changed ? Comparisons.diffHtml(old, section.body(), mode) : ""));
		}
		return new RevisionDiff(from.number(), to.number(), mode, changes);
	}

	public PageBudget pageBudget(Revision revision) {
		int pressRelease = revision.sections(SectionGroup.PRESS_RELEASE).stream()
			.mapToInt(s -> Comparisons.wordCount(s.body())).sum();
		int faq = revision.sections(SectionGroup.FAQ).stream().mapToInt(s -> Comparisons.wordCount(s.body())).sum();
		return new PageBudget(pressRelease, faq, properties.wordsPerPage(), properties.pressReleasePages(),
				properties.faqPages());
	}
}
