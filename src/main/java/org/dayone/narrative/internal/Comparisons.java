package org.dayone.narrative.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dayone.narrative.ClaimChange;
import org.dayone.narrative.DriftReport;
import org.dayone.narrative.RevisionDiff;
import org.dayone.narrative.Section;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The arithmetic behind drift, diffs and page estimates.
 *
 * <p>Drift of a section is {@code 1 - 2m / (a + b)}, where {@code a} and {@code b} are the numbers of words before and
 * after and {@code m} the number of words the two texts share in order (the longest common subsequence, computed with
 * Myers' diff on lower-cased words). Word order matters, so moving a sentence counts as change. Two empty texts have
 * drift 0; an empty and a non-empty one, 1. Above {@value #MAX_ORDERED_WORDS} words a side, the shared words are
 * counted without regard to order, which keeps the cost linear for pathological input. Overall drift is the mean of
 * the sections' drifts weighted by each section's longer length, so a rewritten one-line headline moves the overall
 * figure less than a rewritten solution paragraph.
 */
public final class Comparisons {

	static final int MAX_ORDERED_WORDS = 20_000;

	private Comparisons() {
	}

	/** Words a reader would count: tokens with a letter or digit; Markdown markers and bare URLs do not count. */
	public static int wordCount(String markdown) {
		int count = 0;
		int i = 0;
		int n = markdown.length();
		while (i < n) {
			while (i < n && Character.isWhitespace(markdown.charAt(i))) {
				i++;
			}
			int start = i;
			boolean hasWordChar = false;
			while (i < n && !Character.isWhitespace(markdown.charAt(i))) {
				hasWordChar |= Character.isLetterOrDigit(markdown.charAt(i));
				i++;
			}
			if (hasWordChar && !markdown.startsWith("http://", start) && !markdown.startsWith("https://", start)) {
				count++;
			}
		}
		return count;
	}

	/** Lower-cased runs of letters and digits (with inner apostrophes, dots and commas in numbers kept). */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
				i++;
			}
			words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
		}
		return words;
	}

	private static boolean isInnerMark(String text, int i) {
		char c = text.charAt(i);
		return (c == '\'' || c == '.' || c == ',' || c == '-') && i + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
	}

	public static double drift(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		if (a.isEmpty() || b.isEmpty()) {
			return 1;
		}
		long shared = a.size() > MAX_ORDERED_WORDS || b.size() > MAX_ORDERED_WORDS ? sharedIgnoringOrder(a, b)
				: sharedInOrder(a, b);
		return 1.0 - 2.0 * shared / (a.size() + b.size());
	}

	private static long sharedInOrder(List<String> a, List<String> b) {
		Patch<String> patch = DiffUtils.diff(a, b);
		int removed = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			removed += delta.getSource().size();
		}
		return a.size() - removed;
	}

	private static long sharedIgnoringOrder(List<String> a, List<String> b) {
		Map<String, Integer> counts = new HashMap<>();
		a.forEach(word -> counts.merge(word, 1, Integer::sum));
		long shared = 0;
		for (String word : b) {
			Integer left = counts.get(word);
			if (left != null && left > 0) {
				counts.put(word, left - 1);
				shared++;
			}
		}
		return shared;
	}

	public static double overallDrift(List<DriftReport.SectionDrift> sections) {
		double weighted = 0;
		long weights = 0;
		for (DriftReport.SectionDrift section : sections) {
			int weight = Math.max(section.baselineWords(), section.currentWords());
			weighted += section.drift() * weight;
			weights += weight;
		}
		return weights == 0 ? 0 : weighted / weights;
	}

	/** Escaped HTML of the changes from {@code before} to {@code after}, with {@code <ins>} and {@code <del>}. */
	public static String diffHtml(String before, String after, RevisionDiff.DiffMode mode) {
		return DiffHtml.render(before, after, mode);
	}

	public static List<ClaimChange> claimChanges(List<Section> before, List<Section> after) {
		return Claims.changes(before, after);
	}
}
