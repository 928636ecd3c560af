package org.dayone.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

	@Test
	void termsAreLowerCasedWithoutStopWordsOrOneLetterWords() {
		assertThat(SearchTerms.count("The Pricing of a QuickPay plan, and the pricing page")).containsOnlyKeys("pricing",
				"quickpay", "plan", "page").containsEntry("pricing", 2);
	}

	@Test
	void accentsAreFoldedSoQueriesMatchWithoutThem() {
		assertThat(SearchTerms.ofQuery("Café Zürich")).containsExactly("cafe", "zurich");
	}

	@Test
	void overlongTokensAreNotIndexed() {
		assertThat(SearchTerms.count("x".repeat(41) + " ok")).containsOnlyKeys("ok");
	}
}
