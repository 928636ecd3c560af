package org.dayone.narrative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the narrative module, under {@code dayone.narrative.*}.
 *
 * @param wordsPerPage how many words make a page in page estimates (500)
 * @param pressReleasePages the press release's page budget (1)
 * @param faqPages the budget of the customer and internal FAQs together (6; some teams hold it to 5)
 * @param driftWarning the drift above which the document page warns (0.3: a third of the press release rewritten)
 */
@ConfigurationProperties("dayone.narrative")
public record NarrativeProperties(@DefaultValue("500") int wordsPerPage, @DefaultValue("1") double pressReleasePages,
		@DefaultValue("6") double faqPages, @DefaultValue("0.3") double driftWarning) {

	public NarrativeProperties {
		if (wordsPerPage < 50) {
			throw new IllegalArgumentException("dayone.narrative.words-per-page must be at least 50, not " + wordsPerPage);
		}
		if (driftWarning <= 0 || driftWarning > 1) {
			throw new IllegalArgumentException("dayone.narrative.drift-warning is between 0 and 1, not " + driftWarning);
		}
	}
}
