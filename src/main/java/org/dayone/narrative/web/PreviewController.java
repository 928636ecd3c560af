package org.dayone.narrative.web;

import java.util.List;
import java.util.Map;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentComparison;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.Revision;
import org.dayone.narrative.render.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's live preview: the text being typed, rendered and sanitized exactly as the document page will show it,
 * with the page estimates. Stores nothing.
 */
@Controller
class PreviewController {

	private final DocumentManagement documents;
	private final DocumentComparison comparison;

	PreviewController(DocumentManagement documents, DocumentComparison comparison) {
		this.documents = documents;
		this.comparison = comparison;
	}

	@PostMapping("/documents/{id}/preview")
	String preview(@PathVariable long id, @RequestParam int baseRevision, @RequestParam Map<String, String> form,
			Model model) {
		Document document = documents.document(id);
		Revision base = documents.revision(document.id(), baseRevision);
		Map<String, String> bodies = EditorController.sectionsOf(form);
		Revision draft = new Revision(id, baseRevision, base.title(), base.authorId(), null, base.createdAt(),
				base.sections().stream().map(s -> s.withBody(bodies.getOrDefault(s.key(), s.body()))).toList());
		List<DocumentView.RenderedSection> sections = draft.sections().stream()
			.map(s -> new DocumentView.RenderedSection(s.key(), s.title(), s.group(), MarkdownRenderer.toSafeHtml(s.body()),
					s.isEmpty()))
			.toList();
		model.addAttribute("preview", new PreviewFragment(sections, comparison.pageBudget(draft)));
		return "narrative/preview";
	}
}
