package org.dayone.narrative.render;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders Markdown written by users to HTML that is safe to show to other users. Raw HTML in the Markdown is escaped
 * by the renderer and whatever gets through is sanitized again: defence in depth, since a single miss is an XSS.
 */
public final class MarkdownRenderer {

	/** Only images served by Dayone itself (attachments); never another host, never a protocol-relative URL. */
	private static final Pattern OWN_IMAGE = Pattern.compile("^/(?!/)[\\w./?=&%-]*$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em",
				"strong", "del", "s", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
		.allowAttributes("href").onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.allowAttributes("src").matching(OWN_IMAGE).onElements("img")
		.allowAttributes("alt", "title").onElements("img")
		.allowAttributes("class").matching(Pattern.compile("language-[\\w+-]{1,40}")).onElements("code")
		.allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
		.toFactory();

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
		.sanitizeUrls(true).build();

	private MarkdownRenderer() {
	}

	public static String toSafeHtml(String markdown) {
		Node document = PARSER.parse(markdown);
		document.accept(new ForeignImagesToLinks());
		return POLICY.sanitize(RENDERER.render(document));
	}

	/** An image from another host becomes a link the reader may follow, instead of a request made on their behalf. */
	private static final class ForeignImagesToLinks extends AbstractVisitor {

		@Override
		public void visit(Image image) {
			if (OWN_IMAGE.matcher(image.getDestination()).matches()) {
				return;
			}
			Link link = new Link(image.getDestination(), image.getTitle());
			String alt = altText(image);
			link.appendChild(new Text("Image from another site, not loaded: " + (alt.isBlank() ? image.getDestination() : alt)));
			image.insertAfter(link);
			image.unlink();
		}

		private static String altText(Node image) {
			StringBuilder alt = new StringBuilder();
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text text) {
					alt.append(text.getLiteral());
				}
			}
			return alt.toString();
		}
	}
}
