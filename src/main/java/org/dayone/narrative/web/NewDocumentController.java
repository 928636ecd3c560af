package org.dayone.narrative.web;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.people.CurrentUser;
import org.dayone.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Starts a new document from a template. */
@Controller
class NewDocumentController {

	private final DocumentManagement documents;
	private final TemplateCatalog templates;

	NewDocumentController(DocumentManagement documents, TemplateCatalog templates) {
		this.documents = documents;
		this.templates = templates;
	}

	@GetMapping("/documents/new")
	String form(Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("title", "");
		model.addAttribute("templateKey", "new-product");
		return "narrative/new";
	}

	@PostMapping("/documents")
	ModelAndView create(@RequestParam String templateKey, @RequestParam String title,
			@AuthenticationPrincipal CurrentUser user) {
		try {
			Document document = documents.create(templateKey, title, user);
			return new ModelAndView("redirect:/documents/" + document.id() + "/edit");
		}
		catch (InvalidInputException e) {
			ModelAndView mav = new ModelAndView("narrative/new", HttpStatus.BAD_REQUEST);
			mav.addObject("templates", templates.all());
			mav.addObject("title", title);
			mav.addObject("templateKey", templateKey);
			mav.addObject("error", e.getMessage());
			mav.addObject("errorField", e.field());
			return mav;
		}
	}
}
