package org.dayone.narrative.internal;

import java.util.ArrayList;
import java.util.List;

import org.dayone.narrative.RevisionDiff;
import org.springframework.web.util.HtmlUtils;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Renders a diff of two texts as HTML. The texts are user input: every piece is escaped before it is wrapped in
 * {@code <ins>} or {@code <del>}, so the result is safe to embed as it is.
 */
final class DiffHtml {

	private DiffHtml() {
	}

	static String render(String before, String after, RevisionDiff.DiffMode mode) {
		List<String> a = mode == RevisionDiff.DiffMode.LINES ? lines(before) : tokens(before);
		List<String> b = mode == RevisionDiff.DiffMode.LINES ? lines(after) : tokens(after);
		Patch<String> patch = DiffUtils.diff(a, b);
		StringBuilder html = new StringBuilder(before.length() + after.length() + 64);
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(html, a.subList(position, start), null);
			append(html, delta.getSource().getLines(), "del");
			append(html, delta.getTarget().getLines(), "ins");
			position = start + delta.getSource().size();
		}
		append(html, a.subList(position, a.size()), null);
		return html.toString();
	}

	private static void append(StringBuilder html, List<String> pieces, String tag) {
		if (pieces.isEmpty()) {
			return;
		}
		if (tag != null) {
			html.append('<').append(tag).append('>');
		}
		pieces.forEach(piece -> html.append(HtmlUtils.htmlEscape(piece)));
		if (tag != null) {
			html.append("</").append(tag).append('>');
		}
	}

	/** Lines with their line ends, so that joining them gives the text back. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/** Words, runs of white space and single other characters: joined, they give the text back. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int start = i;
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
			}
			else if (Character.isWhitespace(c)) {
				while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
			}
			else {
				i++;
			}
			tokens.add(text.substring(start, i));
		}
		return tokens;
	}
}
