package org.dayone.narrative.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.Revision;
import org.dayone.narrative.SaveOutcome;
import org.dayone.narrative.Template;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.people.CurrentUser;
import org.dayone.web.ForbiddenException;
import org.dayone.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The editor: opens the current revision, saves a new one based on it, and when someone else saved first shows the
 * conflict page with both texts. A rejected save re-renders the author's own text; nothing typed is thrown away.
 */
@Controller
class EditorController {

	static final String SECTION_PREFIX = "section.";

	private final DocumentManagement documents;
	private final TemplateCatalog templates;

	EditorController(DocumentManagement documents, TemplateCatalog templates) {
		this.documents = documents;
		this.templates = templates;
	}

	@GetMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Document document = documents.document(id);
		if (!documents.canEdit(document, user)) {
			throw new ForbiddenException(document.isArchived()
					? "This document is archived; restore it to a draft before editing."
					: "Only the author, the author's team and administrators can edit this document.");
		}
		Revision current = documents.current(document);
		model.addAttribute("page", editorPage(document, current, current.title(), current.bodies(), "", null, null));
		return "narrative/edit";
	}

	@PostMapping("/documents/{id}/revisions")
	ModelAndView save(@PathVariable long id, @RequestParam int baseRevision, @RequestParam String title,
			@RequestParam(defaultValue = "") String message, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user) {
		Map<String, String> bodies = sectionsOf(form);
		Document document = documents.document(id);
		SaveOutcome outcome;
		try {
			outcome = documents.save(id, baseRevision, title, bodies, message, user);
		}
		catch (InvalidInputException e) {
			Revision base = documents.revision(id, baseRevision);
			EditorPage page = editorPage(document, base, title, bodies, message, e.getMessage(), e.field());
			return new ModelAndView("narrative/edit", Map.of("page", page), HttpStatus.BAD_REQUEST);
		}
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			ConflictPage page = ConflictPage.of(document, conflict, title, bodies, message);
			return new ModelAndView("narrative/conflict", Map.of("page", page), HttpStatus.CONFLICT);
		}
		int saved = ((SaveOutcome.Saved) outcome).revision().number();
		return new ModelAndView("redirect:/documents/" + id + "?saved=" + saved);
	}

	static Map<String, String> sectionsOf(Map<String, String> form) {
		Map<String, String> bodies = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(SECTION_PREFIX)) {
				bodies.put(name.substring(SECTION_PREFIX.length()), value);
			}
		});
		return bodies;
	}

	private EditorPage editorPage(Document document, Revision base, String title, Map<String, String> bodies,
			String message, String error, String errorField) {
		Map<String, String> prompts = new LinkedHashMap<>();
		templates.find(document.templateKey())
			.ifPresent(t -> t.sections().forEach(s -> prompts.put(s.key(), s.prompt())));
		List<EditorPage.EditorSection> sections = base.sections().stream()
			.map(s -> new EditorPage.EditorSection(s.key(), s.title(), s.group(), prompts.getOrDefault(s.key(), ""),
					bodies.getOrDefault(s.key(), s.body())))
			.toList();
		return new EditorPage(document, base.number(), title, sections, message, error, errorField);
	}

	/** Kept for templates that want the template name on the editor. */
	static String templateName(TemplateCatalog templates, Document document) {
		return templates.find(document.templateKey()).map(Template::name).orElse(document.templateKey());
	}
}
