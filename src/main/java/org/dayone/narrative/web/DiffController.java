package org.dayone.narrative.web;

import java.util.Locale;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentComparison;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.Revision;
import org.dayone.narrative.RevisionDiff;
import org.dayone.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows what changed between any two revisions, section by section, by words or by lines. */
@Controller
class DiffController {

	private final DocumentManagement documents;
	private final DocumentComparison comparison;

	DiffController(DocumentManagement documents, DocumentComparison comparison) {
		this.documents = documents;
		this.comparison = comparison;
	}

	@GetMapping("/documents/{id}/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to,
			@RequestParam(defaultValue = "words") String mode, Model model) {
		Document document = documents.document(id);
		Revision older = documents.revision(id, from);
		Revision newer = documents.revision(id, to);
		RevisionDiff diff = comparison.diff(older, newer, parseMode(mode));
		model.addAttribute("page", new DiffPage(document, older, newer, diff, comparison.drift(older, newer)));
		return "narrative/diff";
	}

	static RevisionDiff.DiffMode parseMode(String mode) {
		try {
			return RevisionDiff.DiffMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("mode", "'" + mode + "' is not a diff mode; use words or lines.");
		}
	}
}
