package org.dayone.narrative.web;

import org.dayone.narrative.Attachments;
import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentComparison;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.Revision;
import org.dayone.narrative.Template;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document page (current or any revision), and the actions on it: status and baseline. */
@Controller
class DocumentController {

	private final DocumentManagement documents;
	private final DocumentComparison comparison;
	private final TemplateCatalog templates;
	private final PeopleDirectory people;
	private final Attachments attachments;
	private final RenderedSections rendered;

	DocumentController(DocumentManagement documents, DocumentComparison comparison, TemplateCatalog templates,
			PeopleDirectory people, Attachments attachments, RenderedSections rendered) {
		this.documents = documents;
		this.comparison = comparison;
		this.templates = templates;
		this.people = people;
		this.attachments = attachments;
		this.rendered = rendered;
	}

	@GetMapping("/documents/{id}")
	String current(@PathVariable long id, @RequestParam(required = false) Integer saved,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Document document = documents.document(id);
		model.addAttribute("view", view(document, documents.current(document), user, saved));
		return "narrative/document";
	}

	@GetMapping("/documents/{id}/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Document document = documents.document(id);
		model.addAttribute("view", view(document, documents.revision(id, number), user, null));
		return "narrative/document";
	}

	@PostMapping("/documents/{id}/status")
	String status(@PathVariable long id, @RequestParam String status, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		DocumentStatus next;
		try {
			next = DocumentStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "'" + status + "' is not a status; use DRAFT, IN_REVIEW or ARCHIVED.");
		}
		documents.changeStatus(id, next, user);
		redirect.addFlashAttribute("notice", "The document is now " + next.label().toLowerCase() + ".");
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/baseline")
	String baseline(@PathVariable long id, @RequestParam int revision, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		documents.markBaseline(id, revision, user);
		redirect.addFlashAttribute("notice", "Revision " + revision + " is now the baseline that drift is measured against.");
		return "redirect:/documents/" + id;
	}

	private DocumentView view(Document document, Revision revision, CurrentUser user, Integer saved) {
		String authorName = people.find(document.authorId()).map(Person::name).orElse("Unknown person");
		String templateName = templates.find(document.templateKey()).map(Template::name).orElse(document.templateKey());
		Revision baseline = documents.revision(document.id(), document.baselineRevision());
		return new DocumentView(document, revision, authorName, templateName, rendered.of(revision),
				documents.canEdit(document, user), revision.number() == document.currentRevision(),
				comparison.drift(baseline, revision), comparison.claimChanges(baseline, revision),
				comparison.pageBudget(revision), documents.history(document.id()), attachments.list(document.id()), saved);
	}
}
