package org.dayone.narrative.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

	@Test
	void rendersCommonMarkAndTables() {
		String html = MarkdownRenderer.toSafeHtml("## Why\n\n**Customers** wait *20 minutes*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
		assertThat(html).contains("<h2>Why</h2>", "<strong>Customers</strong>", "<em>20 minutes</em>", "<td>1</td>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"[click](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>",
			"<iframe src=\"https://evil.example\"></iframe>", "[x](  JaVaScRiPt:alert(1))",
			"<div style=\"background:url(javascript:alert(1))\">x</div>" })
	void nothingAUserWritesCanRunScript(String attack) {
		String html = MarkdownRenderer.toSafeHtml(attack);
		java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>").matcher(html);
		while (tag.find()) {
			assertThat(tag.group(1).toLowerCase()).as("tag in %s", html).isIn("p", "a", "em", "strong", "code", "pre");
			assertThat(tag.group(2).toLowerCase()).as("attributes in %s", html).doesNotContain("javascript:", "style=")
				.doesNotContainPattern("on[a-z]+=");
		}
		assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<svg", "<img", "<div");
	}

	@Test
	void imagesFromOtherHostsBecomeLinksSoReadersAreNotTracked() {
		String html = MarkdownRenderer.toSafeHtml("![Mockup](https://tracker.example/pixel.png)");
		assertThat(html).doesNotContain("<img").contains("href=\"https://tracker.example/pixel.png\"")
			.contains("Image from another site, not loaded: Mockup");
	}

	@Test
	void protocolRelativeImagesAreTreatedAsForeign() {
		assertThat(MarkdownRenderer.toSafeHtml("![x](//tracker.example/p.png)")).doesNotContain("<img");
	}

	@Test
	void attachedImagesAreShown() {
		String html = MarkdownRenderer.toSafeHtml("![Checkout](/documents/3/attachments/0b9c6f1e-1d2a-4c1b-9a55-2f7d1a0c9e11)");
		assertThat(html).contains("<img src=\"/documents/3/attachments/0b9c6f1e-1d2a-4c1b-9a55-2f7d1a0c9e11\"");
	}

	@Test
	void linksOpenWithoutLeakingTheReferrer() {
		assertThat(MarkdownRenderer.toSafeHtml("[docs](https://example.com)")).contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void codeBlocksKeepTheirLanguageClassAndEscapeTheirContent() {
		String html = MarkdownRenderer.toSafeHtml("```java\nif (a < b) { run(\"<b>\"); }\n```\n");
		assertThat(html).contains("class=\"language-java\"").contains("&lt;b&gt;").doesNotContain("<b>");
	}
}
