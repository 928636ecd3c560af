package org.dayone.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.dayone.narrative.DriftReport.SectionDrift;
import org.dayone.narrative.RevisionDiff.DiffMode;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

	@Test
	void identicalTextsHaveNoDrift() {
		assertThat(Comparisons.drift("Pay in one tap.", "Pay in one tap.")).isZero();
	}

	@Test
	void driftIgnoresCaseAndPunctuation() {
		assertThat(Comparisons.drift("Pay in one tap.", "pay, in one TAP")).isZero();
	}

	@Test
	void textsWithNothingInCommonDriftCompletely() {
		assertThat(Comparisons.drift("alpha beta", "gamma delta")).isEqualTo(1.0);
		assertThat(Comparisons.drift("", "gamma delta")).isEqualTo(1.0);
		assertThat(Comparisons.drift("", "")).isZero();
	}

	@Test
	void driftIsOneMinusTheSharedShareOfWords() {
		// 3 of 4 words shared in order: 1 - 2*3/(4+4) = 0.25
		assertThat(Comparisons.drift("one two three four", "one two three five")).isCloseTo(0.25, within(1e-9));
	}

	@Test
	void wordOrderCounts() {
		assertThat(Comparisons.drift("a b c d", "d c b a")).isGreaterThan(0.5);
	}

	@Test
	void veryLongTextsFallBackToOrderFreeCountingInLinearTime() {
		String longText = "word ".repeat(Comparisons.MAX_ORDERED_WORDS + 10);
		assertThat(Comparisons.drift(longText, longText + " extra")).isCloseTo(0.0, within(1e-3));
	}

	@Test
	void overallDriftWeighsSectionsByLength() {
		double overall = Comparisons.overallDrift(List.of(new SectionDrift("headline", "Headline", 1.0, 5, 5),
				new SectionDrift("solution", "Solution", 0.0, 95, 95)));
		assertThat(overall).isCloseTo(0.05, within(1e-9));
	}

	@Test
	void wordCountSkipsMarkdownMarkersAndBareUrls() {
		assertThat(Comparisons.wordCount("## Why now?\n\n- **Fast**: see https://example.com/x today")).isEqualTo(5);
	}

	@Test
	void wordDiffMarksInsertionsAndDeletionsAndEscapesText() {
		String html = Comparisons.diffHtml("Costs $20 a month <b>", "Costs $35 a month <b>", DiffMode.WORDS);
		assertThat(html).contains("<del>20</del><ins>35</ins>").contains("&lt;b&gt;").doesNotContain("<b>");
	}

	@Test
	void lineDiffWorksOnWholeLines() {
		String html = Comparisons.diffHtml("a\nb\nc\n", "a\nB\nc\n", DiffMode.LINES);
		assertThat(html).isEqualTo("a\n<del>b\n</del><ins>B\n</ins>c\n");
	}
}
