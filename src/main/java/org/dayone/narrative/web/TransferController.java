package org.dayone.narrative.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.PrfaqMarkdown;
import org.dayone.narrative.Revision;
import org.dayone.narrative.Section;
import org.dayone.narrative.Template;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Moves documents in and out: Markdown export of any revision, a print view, and Markdown import. */
@Controller
class TransferController {

	/** Imports are text; a PR/FAQ of many megabytes is not one. */
	static final int MAX_IMPORT_BYTES = 3 * 1024 * 1024;

	private final DocumentManagement documents;
	private final TemplateCatalog templates;
	private final PeopleDirectory people;
	private final RenderedSections rendered;

	TransferController(DocumentManagement documents, TemplateCatalog templates, PeopleDirectory people,
			RenderedSections rendered) {
		this.documents = documents;
		this.templates = templates;
		this.people = people;
		this.rendered = rendered;
	}

	@GetMapping("/documents/{id}/export.md")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Integer revision) {
		Document document = documents.document(id);
		Revision chosen = documents.revision(id, revision == null ? document.currentRevision() : revision);
		String author = people.find(document.authorId()).map(Person::name).orElse("Unknown person");
		String markdown = PrfaqMarkdown.export(document, chosen, author, document.status().name());
		String filename = slug(chosen.title()) + "-r" + chosen.number() + ".md";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(markdown.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/documents/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) Integer revision, Model model) {
		Document document = documents.document(id);
		Revision chosen = documents.revision(id, revision == null ? document.currentRevision() : revision);
		String author = people.find(document.authorId()).map(Person::name).orElse("Unknown person");
		model.addAttribute("page", new PrintPage(document, chosen, author, rendered.of(chosen)));
		return "narrative/print";
	}

	@GetMapping("/documents/import")
	String importForm(Model model) {
		model.addAttribute("templates", templates.all());
		return "narrative/import";
	}

	@PostMapping("/documents/import")
	ModelAndView importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "new-product") String templateKey, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		try {
			if (file.isEmpty()) {
				throw new InvalidInputException("file", "The file is empty. Choose a Markdown PR/FAQ to import.");
			}
			if (file.getSize() > MAX_IMPORT_BYTES) {
				throw new InvalidInputException("file", "The file is larger than 3 MB; a PR/FAQ is much smaller. Check that you chose the right file.");
			}
			PrfaqMarkdown.Parsed parsed = PrfaqMarkdown.parse(file.getBytes(), title, templateKey, templates::find);
			Template template = templates.find(parsed.templateKey()).orElseThrow();
			List<Section> sections = template.sections().stream()
				.map(s -> new Section(s.key(), s.title(), s.group(), parsed.sections().get(s.key())))
				.toList();
			Document document = documents.createWith(template.key(), parsed.title(), sections, user.personId(),
					"Imported from " + file.getOriginalFilename(), DocumentStatus.DRAFT);
			return new ModelAndView("redirect:/documents/" + document.id());
		}
		catch (InvalidInputException e) {
			ModelAndView mav = new ModelAndView("narrative/import", HttpStatus.BAD_REQUEST);
			mav.addObject("templates", templates.all());
			mav.addObject("error", e.getMessage());
			return mav;
		}
	}

	static String slug(String title) {
		String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "document" : slug.length() > 60 ? slug.substring(0, 60) : slug;
	}
}
