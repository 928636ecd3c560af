package org.dayone.narrative;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dayone.narrative.internal.DocumentRows;
import org.dayone.narrative.internal.RevisionRows;
import org.dayone.narrative.internal.SearchIndex;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.web.ForbiddenException;
import org.dayone.web.InvalidInputException;
import org.dayone.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates documents and saves their revisions. Every save is a new immutable revision; a save based on an old revision
 * never overwrites a newer one, it comes back as a {@link SaveOutcome.Conflict}.
 */
@Service
public class DocumentManagement {

	private final DocumentRows documents;
	private final RevisionRows revisions;
	private final SearchIndex searchIndex;
	private final TemplateCatalog templates;
	private final PeopleDirectory people;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DocumentManagement(DocumentRows documents, RevisionRows revisions, SearchIndex searchIndex,
			TemplateCatalog templates, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.revisions = revisions;
		this.searchIndex = searchIndex;
		this.templates = templates;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a document from a template: revision 1 holds the template's starter text. */
	@Transactional
	public Document create(String templateKey, String title, CurrentUser author) {
		Template template = templates.find(templateKey)
			.orElseThrow(() -> new InvalidInputException("template", "There is no template '" + templateKey + "'."));
		List<Section> sections = template.sections().stream()
			.map(s -> new Section(s.key(), s.title(), s.group(), s.starter()))
			.toList();
		return createWith(templateKey, title, sections, author.personId(), "Created from the template " + template.name(),
				DocumentStatus.DRAFT);
	}

	/** Stores a document whose sections come from elsewhere (an import, the demo data) as its revision 1. */
	@Transactional
	public Document createWith(String templateKey, String title, List<Section> sections, String authorId,
			@Nullable String message, DocumentStatus status) {
		String checkedTitle = DocumentLimits.checkTitle(title);
		sections.forEach(s -> DocumentLimits.checkSection(s.key(), s.title(), s.body()));
		OffsetDateTime now = OffsetDateTime.now(clock);
		String team = people.find(authorId).map(Person::team).orElse(null);
		long id = documents.insert(checkedTitle, authorId, team, templateKey, status, now);
		Revision first = new Revision(id, 1, checkedTitle, authorId, message, now, sections);
		revisions.insert(first);
		searchIndex.reindex(id, checkedTitle, first.bodies().values());
		events.publishEvent(new RevisionSaved(id, 1, authorId));
		return documents.find(id).orElseThrow();
	}

	/**
	 * Saves a new revision based on {@code baseRevision}. Sections not named in {@code bodies} keep their text.
	 *
	 * @throws InvalidInputException for an empty or long title, an oversized section or an unknown section key
	 */
	@Transactional
	public SaveOutcome save(long documentId, int baseRevision, String title, Map<String, String> bodies,
			@Nullable String message, CurrentUser author) {
		Document document = document(documentId);
		checkCanEdit(document, author);
		Revision base = revision(documentId, baseRevision);
		String checkedTitle = DocumentLimits.checkTitle(title);
		List<Section> sections = merge(base, bodies);
		String checkedMessage = message == null ? null : DocumentLimits.checkMessage(message);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!documents.advance(documentId, baseRevision, checkedTitle, now)) {
			return new SaveOutcome.Conflict(base, revision(documentId, document(documentId).currentRevision()));
		}
		Revision saved = new Revision(documentId, baseRevision + 1, checkedTitle, author.personId(),
				checkedMessage == null || checkedMessage.isEmpty() ? null : checkedMessage, now, sections);
		revisions.insert(saved);
		searchIndex.reindex(documentId, checkedTitle, saved.bodies().values());
		events.publishEvent(new RevisionSaved(documentId, saved.number(), author.personId()));
		return new SaveOutcome.Saved(saved);
	}

	private static List<Section> merge(Revision base, Map<String, String> bodies) {
		for (String key : bodies.keySet()) {
			if (base.section(key).isEmpty()) {
				throw new InvalidInputException("sections[" + key + "]", "This document has no section '" + key + "'.");
			}
		}
		List<Section> sections = new ArrayList<>();
		for (Section section : base.sections()) {
			String body = normalise(bodies.getOrDefault(section.key(), section.body()));
			DocumentLimits.checkSection(section.key(), section.title(), body);
			sections.add(section.withBody(body));
		}
		return sections;
	}

	/** Browsers send CRLF from text areas; revisions store LF so that diffs show only real changes. */
	private static String normalise(String body) {
		return body.replace("\r\n", "\n").replace('\r', '\n');
	}

	@Transactional
	public void markBaseline(long documentId, int revision, CurrentUser user) {
		Document document = document(documentId);
		checkCanEdit(document, user);
		revision(documentId, revision);
		documents.setBaseline(documentId, revision);
	}

	@Transactional
	public void changeStatus(long documentId, DocumentStatus status, CurrentUser user) {
		Document document = document(documentId);
		if (!(isAuthor(document, user) || user.isAdmin())) {
			throw new ForbiddenException("Only the author or an administrator can change the status of this document.");
		}
		documents.setStatus(documentId, status, OffsetDateTime.now(clock));
	}

	public Document document(long documentId) {
		return documents.find(documentId)
			.orElseThrow(() -> new NotFoundException("There is no document " + documentId + "."));
	}

	public Revision revision(long documentId, int number) {
		Document document = document(documentId);
		if (number < 1 || number > document.currentRevision()) {
			throw new NotFoundException("Document " + documentId + " has no revision " + number + "; its revisions are 1 to "
					+ document.currentRevision() + ".");
		}
		return revisions.find(documentId, number)
			.orElseThrow(() -> new NotFoundException("Document " + documentId + " has no revision " + number + "."));
	}

	public Revision current(Document document) {
		return revision(document.id(), document.currentRevision());
	}

	public List<RevisionInfo> history(long documentId) {
		document(documentId);
		List<RevisionRows.Header> headers = revisions.headers(documentId);
		Map<String, Person> authors = people.byIds(headers.stream().map(RevisionRows.Header::authorId).distinct().toList());
		return headers.stream()
			.map(h -> new RevisionInfo(h.number(), h.title(), h.authorId(), nameOf(authors.get(h.authorId())),
					h.message(), h.createdAt()))
			.toList();
	}

	/**
	 * Who may edit: the author, anyone on the author's team (PR/FAQs are written together) and administrators; nobody
	 * edits an archived document. Everyone signed in may read.
	 */
	public boolean canEdit(Document document, CurrentUser user) {
		if (document.isArchived()) {
			return false;
		}
		if (isAuthor(document, user) || user.isAdmin()) {
			return true;
		}
		String team = people.find(user.personId()).map(Person::team).orElse(null);
		return team != null && Objects.equals(team, document.team());
	}

	private void checkCanEdit(Document document, CurrentUser user) {
		if (document.isArchived()) {
			throw new ForbiddenException("This document is archived; restore it to a draft before editing.");
		}
		if (!canEdit(document, user)) {
			throw new ForbiddenException("Only the author, the author's team and administrators can edit this document.");
		}
	}

	private static boolean isAuthor(Document document, CurrentUser user) {
		return document.authorId().equals(user.personId());
	}

	static String nameOf(@Nullable Person person) {
		return person == null ? "Unknown person" : person.name();
	}
}
