package org.dayone.narrative;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dayone.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A PR/FAQ as one Markdown file, for export and import. The export is readable Markdown whose sections are marked with
 * {@code <!-- dayone:section key -->} comments, so that headings inside sections ("### What does it cost?") are never
 * mistaken for section boundaries; exporting and importing gives back every section byte for byte. Import also takes a
 * plain PR/FAQ whose sections are level-1 headings named like the template's sections ({@code # Customer FAQ}).
 */
public final class PrfaqMarkdown {

	/** A parsed file: title, template and each section's Markdown by key. */
	public record Parsed(String title, String templateKey, Map<String, String> sections) {
	}

	static final Pattern MARKER = Pattern.compile("^<!-- dayone:section ([^ ]+) -->$");
	private static final Pattern ESCAPED_MARKER = Pattern.compile("^(\\\\*)<!-- dayone:section ");
	private static final Pattern HEADING = Pattern.compile("^# +(.+?)\\s*#*\\s*$");
	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
	private static final Pattern FRONT = Pattern.compile("^([a-z-]+):\\s*(.*)$");

	private PrfaqMarkdown() {
	}

	public static String export(Document document, Revision revision, String authorName, String status) {
		StringBuilder out = new StringBuilder();
		out.append("---\n");
		out.append("title: ").append(quote(revision.title())).append('\n');
		out.append("template: ").append(document.templateKey()).append('\n');
		out.append("document: ").append(document.id()).append('\n');
		out.append("revision: ").append(revision.number()).append('\n');
		out.append("status: ").append(status).append('\n');
		out.append("author: ").append(quote(authorName)).append('\n');
		out.append("saved: ").append(revision.createdAt()).append('\n');
		out.append("---\n\n");
		for (Section section : revision.sections()) {
			out.append("<!-- dayone:section ").append(section.key()).append(" -->\n");
			out.append("# ").append(section.title()).append("\n\n");
			out.append(escapeMarkers(section.body())).append("\n\n");
		}
		return out.toString();
	}

	/**
	 * Reads a file made by {@link #export} or a plain Markdown PR/FAQ.
	 *
	 * @param fallbackTitle the title to use when the file names none (may be blank)
	 * @param templateFor finds a template by key; {@code defaultTemplate} is used when the file names none
	 * @throws InvalidInputException naming the line and what to do, for anything that is not a PR/FAQ
	 */
	public static Parsed parse(byte[] bytes, String fallbackTitle, String defaultTemplate,
			java.util.function.Function<String, java.util.Optional<Template>> templateFor) {
		String text = decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		if (text.endsWith("\n")) {
			lines.remove(lines.size() - 1); // the empty string after the file's last line end
		}
		Map<String, String> front = new LinkedHashMap<>();
		int first = frontMatter(lines, front);
		String templateKey = front.getOrDefault("template", defaultTemplate);
		Template template = templateFor.apply(templateKey).orElseThrow(() -> new InvalidInputException("template",
				"The file names the template '" + templateKey + "', which does not exist here. Choose an existing template."));
		boolean marked = lines.stream().anyMatch(line -> MARKER.matcher(line).matches());
		Map<String, String> sections = new LinkedHashMap<>();
		String title = front.containsKey("title") ? unquote(front.get("title")) : null;
		if (marked) {
			readMarked(lines, first, template, sections);
		}
		else {
			title = readPlain(lines, first, template, sections, title);
		}
		if (sections.isEmpty()) {
			throw new InvalidInputException("file", "This file is not a PR/FAQ: it has no sections. Expected level-1 headings "
					+ "named like the template's sections (" + titles(template) + "), or a file exported by Dayone.");
		}
		String chosen = title != null && !title.isBlank() ? title : fallbackTitle;
		DocumentLimits.checkTitle(chosen == null ? "" : chosen);
		Map<String, String> complete = new LinkedHashMap<>();
		for (Template.TemplateSection section : template.sections()) {
			String body = sections.getOrDefault(section.key(), "");
			DocumentLimits.checkSection(section.key(), section.title(), body);
			complete.put(section.key(), body);
		}
		return new Parsed(chosen.strip(), template.key(), complete);
	}

	private static void readMarked(List<String> lines, int first, Template template, Map<String, String> sections) {
		String key = null;
		StringBuilder body = null;
		for (int i = first; i < lines.size(); i++) {
			Matcher marker = MARKER.matcher(lines.get(i));
			if (marker.matches()) {
				put(sections, key, body);
				key = marker.group(1);
				String found = key;
				if (template.sections().stream().noneMatch(s -> s.key().equals(found))) {
					throw new InvalidInputException("file", "Line " + (i + 1) + ": unknown section '" + key
							+ "'. The template '" + template.key() + "' has " + keys(template) + ".");
				}
				if (sections.containsKey(key)) {
					throw new InvalidInputException("file", "Line " + (i + 1) + ": the section '" + key + "' appears twice.");
				}
				i++; // the "# Title" line after the marker
				if (i + 1 < lines.size() && lines.get(i + 1).isEmpty()) {
					i++;
				}
				body = new StringBuilder();
			}
			else if (body != null) {
				body.append(unescapeMarker(lines.get(i))).append('\n');
			}
			else if (!lines.get(i).isBlank()) {
				throw new InvalidInputException("file", "Line " + (i + 1) + ": text before the first section. "
						+ "Put it inside a section or remove it.");
			}
		}
		put(sections, key, body);
	}

	/** An export ends each section with one blank line: "body" is written "body\n\n". Take that off again. */
	private static void put(Map<String, String> sections, @Nullable String key, @Nullable StringBuilder body) {
		if (key == null || body == null) {
			return;
		}
		String text = body.toString();
		if (text.endsWith("\n\n")) {
			text = text.substring(0, text.length() - 2);
		}
		else if (text.endsWith("\n")) {
			text = text.substring(0, text.length() - 1);
		}
		sections.put(key, text);
	}

	private static String readPlain(List<String> lines, int first, Template template, Map<String, String> sections,
			@Nullable String title) {
		Map<String, String> byName = new LinkedHashMap<>();
		template.sections().forEach(s -> {
			byName.put(normalise(s.title()), s.key());
			byName.put(normalise(s.key()), s.key());
		});
		String key = null;
		StringBuilder body = new StringBuilder();
		boolean inFence = false;
		for (int i = first; i < lines.size(); i++) {
			String line = lines.get(i);
			if (FENCE.matcher(line).find()) {
				inFence = !inFence;
			}
			Matcher heading = inFence ? null : HEADING.matcher(line);
			if (heading != null && heading.matches()) {
				String found = byName.get(normalise(heading.group(1)));
				if (found != null) {
					putPlain(sections, key, body);
					if (sections.containsKey(found)) {
						throw new InvalidInputException("file", "Line " + (i + 1) + ": the section '" + heading.group(1)
								+ "' appears twice.");
					}
					key = found;
					body = new StringBuilder();
					continue;
				}
				if (key == null && title == null) {
					title = heading.group(1);
					continue;
				}
				throw new InvalidInputException("file", "Line " + (i + 1) + ": '# " + heading.group(1)
						+ "' is not a section of this template. Use one of: " + titles(template)
						+ "; inside a section use ## or ### headings.");
			}
			if (key != null) {
				body.append(line).append('\n');
			}
		}
		putPlain(sections, key, body);
		return title;
	}

	private static void putPlain(Map<String, String> sections, @Nullable String key, StringBuilder body) {
		if (key != null) {
			sections.put(key, body.toString().strip() + (body.toString().isBlank() ? "" : "\n"));
		}
	}

	private static int frontMatter(List<String> lines, Map<String, String> front) {
		if (lines.isEmpty() || !lines.get(0).equals("---")) {
			return 0;
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).equals("---")) {
				return i + 1;
			}
			Matcher m = FRONT.matcher(lines.get(i));
			if (m.matches()) {
				front.put(m.group(1), m.group(2).strip());
			}
		}
		throw new InvalidInputException("file", "Line 1: the front matter that starts with --- is never closed by a line ---.");
	}

	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			if (text.indexOf('\0') >= 0) {
				throw new InvalidInputException("file", "This is a binary file, not Markdown. Export the PR/FAQ as Markdown (UTF-8) and try again.");
			}
			return text;
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("file", "The file is not UTF-8 text. Save it as UTF-8 Markdown and try again.");
		}
	}

	/** A body line that looks like a section marker gets one more leading backslash; import takes it off. */
	private static String escapeMarkers(String body) {
		if (!body.contains("<!-- dayone:section ")) {
			return body;
		}
		List<String> lines = new ArrayList<>();
		for (String line : body.split("\n", -1)) {
			lines.add(ESCAPED_MARKER.matcher(line).lookingAt() ? "\\" + line : line);
		}
		return String.join("\n", lines);
	}

	private static String unescapeMarker(String line) {
		Matcher m = ESCAPED_MARKER.matcher(line);
		return m.lookingAt() && !m.group(1).isEmpty() ? line.substring(1) : line;
	}

	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String unquote(String value) {
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return value;
	}

	private static String normalise(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String titles(Template template) {
		return String.join(", ", template.sections().stream().map(s -> "# " + s.title()).toList());
	}

	private static String keys(Template template) {
		return String.join(", ", template.sections().stream().map(Template.TemplateSection::key).toList());
	}
}
