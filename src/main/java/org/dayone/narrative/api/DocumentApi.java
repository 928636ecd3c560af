package org.dayone.narrative.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.ClaimChange;
import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentComparison;
import org.dayone.narrative.DriftReport;
import org.dayone.narrative.PageBudget;
import org.dayone.narrative.Revision;
import org.dayone.narrative.RevisionDiff;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.DocumentPage;
import org.dayone.narrative.DocumentQueries;
import org.dayone.narrative.DocumentQuery;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.DocumentSummary;
import org.dayone.narrative.RevisionInfo;
import org.dayone.narrative.SaveOutcome;
import org.dayone.narrative.api.ApiModels.BaselineChange;
import org.dayone.narrative.api.ApiModels.ConflictJson;
import org.dayone.narrative.api.ApiModels.CreateDocument;
import org.dayone.narrative.api.ApiModels.DocumentJson;
import org.dayone.narrative.api.ApiModels.DocumentWithRevision;
import org.dayone.narrative.api.ApiModels.RevisionJson;
import org.dayone.narrative.api.ApiModels.SaveRevision;
import org.dayone.narrative.api.ApiModels.StatusChange;
import org.dayone.people.CurrentUser;
import org.dayone.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Documents and their revisions over JSON. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "PR/FAQ documents, revisions, saves with conflict detection")
class DocumentApi {

	private final DocumentManagement documents;
	private final DocumentQueries queries;
	private final DocumentComparison comparison;

	DocumentApi(DocumentManagement documents, DocumentQueries queries, DocumentComparison comparison) {
		this.documents = documents;
		this.queries = queries;
		this.comparison = comparison;
	}

	@GetMapping
	@Operation(summary = "List documents, newest first, filtered by status, author or team")
	DocumentPage list(@RequestParam(required = false) DocumentStatus status,
			@RequestParam(required = false) String author, @RequestParam(required = false) String team,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return queries.list(new DocumentQuery(status, author, team, page, size));
	}

	@GetMapping("/search")
	@Operation(summary = "Full-text search over titles and current text; every word must match, the last as a prefix")
	List<DocumentSummary> search(@RequestParam String q) {
		return queries.search(q.length() > 200 ? q.substring(0, 200) : q);
	}

	@PostMapping
	@Operation(summary = "Create a document from a template")
	ResponseEntity<DocumentWithRevision> create(@RequestBody CreateDocument request,
			@AuthenticationPrincipal CurrentUser user) {
		String template = required(request.templateKey(), "templateKey");
		String title = required(request.title(), "title");
		Document document = documents.create(template, title, user);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(withCurrent(document));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A document with its current revision")
	DocumentWithRevision one(@PathVariable long id) {
		return withCurrent(documents.document(id));
	}

	@GetMapping("/{id}/revisions")
	@Operation(summary = "A document's revisions, newest first, without their text")
	List<RevisionInfo> history(@PathVariable long id) {
		return documents.history(id);
	}

	@GetMapping("/{id}/revisions/{number}")
	@Operation(summary = "One revision with all its sections")
	RevisionJson revision(@PathVariable long id, @PathVariable int number) {
		return RevisionJson.of(documents.revision(id, number));
	}

	@PostMapping("/{id}/revisions")
	@Operation(summary = "Save a new revision based on baseRevision; 409 with the current revision if someone saved first")
	ResponseEntity<?> save(@PathVariable long id, @RequestBody SaveRevision request,
			@AuthenticationPrincipal CurrentUser user) {
		int base = required(request.baseRevision(), "baseRevision");
		Map<String, String> sections = request.sections() == null ? Map.of() : request.sections();
		String title = request.title() == null ? documents.revision(id, base).title() : request.title();
		SaveOutcome outcome = documents.save(id, base, title, sections, request.message(), user);
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConflictJson(409, "Conflict",
					"Revision " + conflict.theirs().number() + " was saved after revision " + base
							+ ", which this save is based on. Nothing was stored: merge your text with the current revision and save again with baseRevision "
							+ conflict.theirs().number() + ".",
					base, conflict.theirs().number(), RevisionJson.of(conflict.theirs())));
		}
		RevisionJson saved = RevisionJson.of(((SaveOutcome.Saved) outcome).revision());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/revisions/" + saved.number())).body(saved);
	}

	@GetMapping("/{id}/diff")
	@Operation(summary = "Differences between two revisions, per section, as escaped HTML with ins and del (mode: words or lines)")
	RevisionDiff diff(@PathVariable long id, @RequestParam int from, @RequestParam int to,
			@RequestParam(defaultValue = "words") String mode) {
		RevisionDiff.DiffMode diffMode;
		try {
			diffMode = RevisionDiff.DiffMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("mode", "'" + mode + "' is not a diff mode; use words or lines.");
		}
		return comparison.diff(documents.revision(id, from), documents.revision(id, to), diffMode);
	}

	@GetMapping("/{id}/drift")
	@Operation(summary = "Drift of a revision's press release (default: the current one) from the baseline, with changed claims and page estimates")
	DriftJson drift(@PathVariable long id, @RequestParam(required = false) Integer revision) {
		Document document = documents.document(id);
		Revision baseline = documents.revision(id, document.baselineRevision());
		Revision chosen = documents.revision(id, revision == null ? document.currentRevision() : revision);
		return new DriftJson(comparison.drift(baseline, chosen), comparison.claimChanges(baseline, chosen),
				comparison.pageBudget(chosen));
	}

	/** Drift, changed claims and page estimates of one revision against the baseline. */
	record DriftJson(DriftReport drift, List<ClaimChange> claimChanges, PageBudget pages) {
	}

	@PutMapping("/{id}/baseline")
	@Operation(summary = "Mark a revision as the baseline that drift is measured against")
	DocumentJson baseline(@PathVariable long id, @RequestBody BaselineChange request,
			@AuthenticationPrincipal CurrentUser user) {
		documents.markBaseline(id, required(request.revision(), "revision"), user);
		return DocumentJson.of(documents.document(id));
	}

	@PutMapping("/{id}/status")
	@Operation(summary = "Change the status: DRAFT, IN_REVIEW or ARCHIVED")
	DocumentJson status(@PathVariable long id, @RequestBody StatusChange request,
			@AuthenticationPrincipal CurrentUser user) {
		documents.changeStatus(id, required(request.status(), "status"), user);
		return DocumentJson.of(documents.document(id));
	}

	private DocumentWithRevision withCurrent(Document document) {
		return new DocumentWithRevision(DocumentJson.of(document), RevisionJson.of(documents.current(document)));
	}

	static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidInputException(field, "The field '" + field + "' is required.");
		}
		return value;
	}
}
