package org.dayone.narrative.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dayone.narrative.DocumentPage;
import org.dayone.narrative.DocumentQueries;
import org.dayone.narrative.DocumentQuery;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.DocumentSummary;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.web.Htmx;
import org.dayone.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page, document lists with filters, and search. */
@Controller
class DocumentListController {

	/** Longer queries are cut: nobody types 200 characters into a search box, and the index has no use for them. */
	static final int MAX_QUERY_LENGTH = 200;

	private final DocumentQueries queries;
	private final PeopleDirectory people;

	DocumentListController(DocumentQueries queries, PeopleDirectory people) {
		this.queries = queries;
		this.people = people;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<DocumentSummary> mine = queries.list(DocumentQuery.byAuthor(user.personId())).documents();
		HomePage home = new HomePage(mine.stream().filter(d -> d.status() == DocumentStatus.DRAFT).toList(),
				mine.stream().filter(d -> d.status() == DocumentStatus.IN_REVIEW).toList(),
				queries.list(new DocumentQuery(null, null, null, 0, 10)).documents());
		model.addAttribute("home", home);
		return "narrative/home";
	}

	@GetMapping("/documents")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String author, @RequestParam(required = false) String team,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String authorId = "me".equals(author) ? user.personId() : blankToNull(author);
		DocumentQuery query = new DocumentQuery(parseStatus(status), authorId, blankToNull(team), page,
				DocumentQuery.DEFAULT_PAGE_SIZE);
		model.addAttribute("page", new DocumentListPage(queries.list(query), blankToNull(status), blankToNull(author),
				blankToNull(team), queries.teams(), people.all()));
		return "narrative/list";
	}

	@GetMapping("/documents/search")
	String search(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
		String query = q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
		List<DocumentSummary> hits = query.isBlank() ? List.of() : queries.search(query);
		model.addAttribute("hits", hits);
		model.addAttribute("q", query);
		return Htmx.isHtmx(request) ? "narrative/searchResults" : "narrative/search";
	}

	private static @Nullable DocumentStatus parseStatus(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return DocumentStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "'" + status + "' is not a status; use DRAFT, IN_REVIEW or ARCHIVED.");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
