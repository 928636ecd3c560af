package org.dayone.narrative.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dayone.narrative.ClaimChange;
import org.dayone.narrative.Section;

/**
 * Finds the claims of a press release that a reader checks first (prices, percentages, dates, figures with units, the
 * named customer) and says which changed between two revisions. Conservative on purpose: a claim it reports should
 * really be one, so it looks for explicit forms only ($35 a month, 22%, Q2 2027, 10000 customers).
 */
final class Claims {

	/** A claim found in a section. */
	record Claim(String kind, String text, String unit, String section) {

		String key() {
			return text.toLowerCase(Locale.ROOT).replaceAll("[\\s,]", "");
		}
	}

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
	private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	private static final Pattern PRICE = Pattern.compile("(?:[$€£¥]\\s?(?:" + NUMBER + ")(?:\\s?(?:k|m|bn|million|billion|thousand)\\b)?"
			+ "(?:\\s?(?:/|per|a|an|each)\\s?(?:month|year|user|seat|team|hour|day|week|mo|yr|GB|TB|request|order)s?\\b)?)"
			+ "|(?:(?:" + NUMBER + ")\\s?(?:USD|EUR|GBP|dollars|euros)\\b)", Pattern.CASE_INSENSITIVE);
	private static final Pattern PERCENT = Pattern.compile("(?:" + NUMBER + ")\\s?(?:%|percent\\b|per cent\\b)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DATE = Pattern.compile("\\bQ[1-4]\\s?(?:FY\\s?)?\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
			+ "|\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b" + MONTH + "\\s+\\d{4}\\b"
			+ "|\\b(?:first|second|third|fourth)\\s+quarter\\s+of\\s+\\d{4}\\b|\\b[Hh][12]\\s\\d{4}\\b");
	private static final Pattern FIGURE = Pattern.compile("(?<![\\w.$€£¥])(" + NUMBER + ")\\s?(x|×|ms|milliseconds?|seconds?|minutes?|hours?"
			+ "|days?|weeks?|months?|years?|GB|TB|MB|KB|customers?|users?|teams?|people|employees|engineers|countries"
			+ "|languages|stores|orders|requests|transactions|seats|sellers|merchants|partners|clicks|steps|languages)\\b",
			Pattern.CASE_INSENSITIVE);
	/** "— Priya Patel, Head of Finance at Acme Corp" or "said Priya Patel, ... at Acme Corp". */
	private static final Pattern CUSTOMER = Pattern.compile("(?:[—–]|--|\\bsaid)\\s*((?:[A-Z][\\p{L}'.-]+\\s){1,3}?[A-Z][\\p{L}'.-]+)"
			+ "(?:,\\s*[^,\\n]{0,80}\\s(?:at|of|from)\\s+((?:[A-Z][\\p{L}&'.-]*)(?:[ ][A-Z][\\p{L}&'.-]*){0,3}))?");

	private Claims() {
	}

	static List<ClaimChange> changes(List<Section> before, List<Section> after) {
		Map<String, List<Claim>> old = byKindAndUnit(extract(before));
		Map<String, List<Claim>> now = byKindAndUnit(extract(after));
		List<ClaimChange> changes = new ArrayList<>();
		java.util.Set<String> groups = new java.util.LinkedHashSet<>(now.keySet());
		groups.addAll(old.keySet());
		for (String group : groups) {
			List<Claim> removed = new ArrayList<>(old.getOrDefault(group, List.of()));
			List<Claim> added = new ArrayList<>();
			for (Claim claim : now.getOrDefault(group, List.of())) {
				if (!removeSame(removed, claim)) {
					added.add(claim);
				}
			}
			int paired = Math.min(removed.size(), added.size());
			for (int i = 0; i < paired; i++) {
				changes.add(new ClaimChange(added.get(i).kind(), removed.get(i).text(), added.get(i).text(),
						added.get(i).section()));
			}
			removed.subList(paired, removed.size())
				.forEach(c -> changes.add(new ClaimChange(c.kind(), c.text(), null, c.section())));
			added.subList(paired, added.size())
				.forEach(c -> changes.add(new ClaimChange(c.kind(), null, c.text(), c.section())));
		}
		return changes;
	}

	private static boolean removeSame(List<Claim> claims, Claim claim) {
		for (int i = 0; i < claims.size(); i++) {
			if (claims.get(i).key().equals(claim.key())) {
				claims.remove(i);
				return true;
			}
		}
		return false;
	}

	private static Map<String, List<Claim>> byKindAndUnit(List<Claim> claims) {
		Map<String, List<Claim>> groups = new LinkedHashMap<>();
		claims.forEach(c -> groups.computeIfAbsent(c.kind() + "|" + c.unit(), k -> new ArrayList<>()).add(c));
		return groups;
	}

	static List<Claim> extract(List<Section> sections) {
		List<Claim> claims = new ArrayList<>();
		for (Section section : sections) {
			String text = section.body();
			boolean[] taken = new boolean[text.length() + 1];
			find(PRICE, "Price", text, section, taken, claims, false);
			find(PERCENT, "Percentage", text, section, taken, claims, false);
			find(DATE, "Date", text, section, taken, claims, false);
			find(FIGURE, "Figure", text, section, taken, claims, true);
			if (section.key().equals("customer-quote")) {
				customer(text, section, claims);
			}
		}
		return claims;
	}

	private static void find(Pattern pattern, String kind, String text, Section section, boolean[] taken,
			List<Claim> claims, boolean withUnit) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			if (isTaken(taken, m.start(), m.end())) {
				continue;
			}
			for (int i = m.start(); i < m.end(); i++) {
				taken[i] = true;
			}
			String unit = withUnit ? unitOf(m.group(2)) : "";
			claims.add(new Claim(kind, m.group().strip(), unit, section.title()));
		}
	}

	private static String unitOf(String unit) {
		String lower = unit.toLowerCase(Locale.ROOT);
		return lower.endsWith("s") && lower.length() > 2 ? lower.substring(0, lower.length() - 1) : lower;
	}

	private static boolean isTaken(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	private static void customer(String text, Section section, List<Claim> claims) {
		Matcher m = CUSTOMER.matcher(text);
		if (m.find()) {
			String who = m.group(1).strip() + (m.group(2) == null ? "" : ", " + m.group(2).strip());
			claims.add(new Claim("Customer", who, "", section.title()));
		}
	}
}
