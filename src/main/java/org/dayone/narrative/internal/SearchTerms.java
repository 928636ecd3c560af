package org.dayone.narrative.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into search terms: lower-cased runs of letters and digits, accents folded, 2 to 40 characters, common
 * English words left out. The same rules apply to documents and to queries, so what is indexed can be found.
 */
public final class SearchTerms {

	public static final int MAX_TERM_LENGTH = 40;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"from", "has", "have", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "so", "that", "the",
			"their", "then", "there", "these", "they", "this", "to", "was", "we", "were", "will", "with", "you", "your");

	private SearchTerms() {
	}

	/** Each term of the text with the number of times it occurs. */
	public static Map<String, Integer> count(String text) {
		Map<String, Integer> counts = new HashMap<>();
		forEachTerm(text, term -> counts.merge(term, 1, Integer::sum));
		return counts;
	}

	/** The distinct terms of a query, in order. */
	public static Set<String> ofQuery(String query) {
		Set<String> terms = new LinkedHashSet<>();
		forEachTerm(query, terms::add);
		return terms;
	}

	private static void forEachTerm(String text, java.util.function.Consumer<String> consumer) {
		String folded = fold(text);
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				String term = folded.substring(start, i);
				if (term.length() >= 2 && term.length() <= MAX_TERM_LENGTH && !STOP_WORDS.contains(term)) {
					consumer.accept(term);
				}
				start = -1;
			}
		}
	}

	private static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean ascii = lower.chars().allMatch(c -> c < 128);
		return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}
}
