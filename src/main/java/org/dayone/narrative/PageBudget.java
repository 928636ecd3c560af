package org.dayone.narrative;

/** Page estimates of the press release and the FAQs against their budgets (pages of {@code wordsPerPage} words). */
public record PageBudget(int pressReleaseWords, int faqWords, int wordsPerPage, double pressReleaseBudget,
		double faqBudget) {

	public double pressReleasePages() {
		return (double) pressReleaseWords / wordsPerPage;
	}

	public double faqPages() {
		return (double) faqWords / wordsPerPage;
	}

	public boolean pressReleaseOver() {
		return pressReleasePages() > pressReleaseBudget;
	}

	public boolean faqOver() {
		return faqPages() > faqBudget;
	}

	/** A page figure as people say it: "0.8", "6.2". */
	public static String format(double pages) {
		return String.format(java.util.Locale.ROOT, "%.1f", pages);
	}
}
