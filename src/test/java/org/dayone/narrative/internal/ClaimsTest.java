package org.dayone.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dayone.narrative.ClaimChange;
import org.dayone.narrative.Section;
import org.dayone.narrative.SectionGroup;
import org.junit.jupiter.api.Test;

class ClaimsTest {

	private static Section summary(String text) {
		return new Section("summary", "Summary", SectionGroup.PRESS_RELEASE, text);
	}

	private static Section quote(String text) {
		return new Section("customer-quote", "Customer quote", SectionGroup.PRESS_RELEASE, text);
	}

	@Test
	void aChangedPriceIsReportedAsBeforeAndAfter() {
		List<ClaimChange> changes = Claims.changes(List.of(summary("QuickPay costs $20 a month.")),
				List.of(summary("QuickPay costs $35 a month.")));
		assertThat(changes).containsExactly(new ClaimChange("Price", "$20 a month", "$35 a month", "Summary"));
	}

	@Test
	void aLaunchMovedByAQuarterIsReported() {
		List<ClaimChange> changes = Claims.changes(List.of(summary("Available in Q1 2027 in Germany.")),
				List.of(summary("Available in Q2 2027 in Germany.")));
		assertThat(changes).containsExactly(new ClaimChange("Date", "Q1 2027", "Q2 2027", "Summary"));
	}

	@Test
	void percentagesAndFiguresWithUnitsAreComparedByUnit() {
		List<ClaimChange> changes = Claims.changes(
				List.of(summary("Checkout takes 30% less time, 200 ms per page, for 10,000 customers.")),
				List.of(summary("Checkout takes 22% less time, 200 ms per page, for 12,000 customers.")));
		assertThat(changes).containsExactlyInAnyOrder(new ClaimChange("Percentage", "30%", "22%", "Summary"),
				new ClaimChange("Figure", "10,000 customers", "12,000 customers", "Summary"));
	}

	@Test
	void theNamedCustomerIsTracked() {
		List<ClaimChange> changes = Claims.changes(
				List.of(quote("\"It saved us a week,\" — Priya Patel, Head of Finance at Acme Corp")),
				List.of(quote("\"It saved us a week,\" — Jonas Berg, CFO at Globex")));
		assertThat(changes).containsExactly(
				new ClaimChange("Customer", "Priya Patel, Acme Corp", "Jonas Berg, Globex", "Customer quote"));
	}

	@Test
	void unchangedClaimsAndPlainWordsAreNotReported() {
		String text = "We launch on March 1, 2027 for $9 per user. Teams love it.";
		assertThat(Claims.changes(List.of(summary(text)), List.of(summary(text + " Really."))) ).isEmpty();
	}

	@Test
	void addedAndRemovedClaimsHaveOneSideOnly() {
		List<ClaimChange> changes = Claims.changes(List.of(summary("Free.")), List.of(summary("Now 15% off.")));
		assertThat(changes).containsExactly(new ClaimChange("Percentage", null, "15% off".replace(" off", ""), "Summary"));
	}
}
