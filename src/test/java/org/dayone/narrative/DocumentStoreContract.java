package org.dayone.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dayone.people.CurrentUser;
import org.dayone.support.TestUsers;
import org.dayone.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the document store guarantees, whatever the database: the same tests run on the embedded H2 and on PostgreSQL.
 */
abstract class DocumentStoreContract {

	@Autowired
	DocumentManagement documents;

	@Autowired
	DocumentQueries queries;

	@Autowired
	TestUsers users;

	CurrentUser author;

	@BeforeEach
	void author() {
		author = users.member("Payments");
	}

	@Test
	void revisionsAreNumberedAndImmutable() {
		Document document = documents.create("new-product", "Store test", author);
		documents.save(document.id(), 1, "Store test", Map.of("summary", "first"), "one", author);
		documents.save(document.id(), 2, "Store test v3", Map.of("summary", "second"), null, author);
		assertThat(documents.revision(document.id(), 2).section("summary").orElseThrow().body()).isEqualTo("first");
		assertThat(documents.revision(document.id(), 3).title()).isEqualTo("Store test v3");
		assertThat(documents.history(document.id())).extracting(RevisionInfo::number).containsExactly(3, 2, 1);
		assertThat(documents.document(document.id()).title()).isEqualTo("Store test v3");
	}

	@Test
	void sectionsNotNamedInASaveKeepTheirText() {
		Document document = documents.create("new-product", "Partial", author);
		documents.save(document.id(), 1, "Partial", Map.of("summary", "S"), null, author);
		documents.save(document.id(), 2, "Partial", Map.of("problem", "P"), null, author);
		Revision third = documents.revision(document.id(), 3);
		assertThat(third.section("summary").orElseThrow().body()).isEqualTo("S");
		assertThat(third.section("problem").orElseThrow().body()).isEqualTo("P");
	}

	@Test
	void ofTwoConcurrentSavesOnTheSameRevisionExactlyOneWins() throws Exception {
		Document document = documents.create("new-product", "Race", author);
		int writers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<SaveOutcome>> outcomes = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String text = "writer " + i;
			Callable<SaveOutcome> save = () -> {
				start.await();
				return documents.save(document.id(), 1, "Race", Map.of("summary", text), null, author);
			};
			outcomes.add(pool.submit(save));
		}
		start.countDown();
		int saved = 0;
		int conflicts = 0;
		for (Future<SaveOutcome> outcome : outcomes) {
			try {
				if (outcome.get() instanceof SaveOutcome.Saved) {
					saved++;
				}
				else {
					conflicts++;
				}
			}
			catch (java.util.concurrent.ExecutionException e) {
				// A database may also refuse the loser with a key violation: it is a conflict too, and nothing is stored.
				assertThat(e.getCause()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(saved).isEqualTo(1);
		assertThat(conflicts).isEqualTo(writers - 1);
		assertThat(documents.document(document.id()).currentRevision()).isEqualTo(2);
	}

	@Test
	void aRejectedSaveChangesNothing() {
		Document document = documents.create("new-product", "Guarded", author);
		documents.save(document.id(), 1, "Guarded", Map.of("summary", "kept"), null, author);
		assertThatThrownBy(() -> documents.save(document.id(), 2, "Guarded",
				Map.of("summary", "x".repeat(DocumentLimits.MAX_SECTION_BYTES + 1)), null, author))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> documents.save(document.id(), 2, "", Map.of("summary", "y"), null, author))
			.isInstanceOf(InvalidInputException.class);
		assertThat(documents.document(document.id()).currentRevision()).isEqualTo(2);
		assertThat(documents.revision(document.id(), 2).section("summary").orElseThrow().body()).isEqualTo("kept");
	}

	@Test
	void searchFindsCurrentTextAndForgetsReplacedText() {
		Document document = documents.create("new-product", "Searchable", author);
		documents.save(document.id(), 1, "Searchable", Map.of("summary", "A quokka delivery service."), null, author);
		assertThat(queries.search("quokka delivery")).extracting(DocumentSummary::id).contains(document.id());
		assertThat(queries.search("quok")).extracting(DocumentSummary::id).contains(document.id());
		documents.save(document.id(), 2, "Searchable", Map.of("summary", "A wombat delivery service."), null, author);
		assertThat(queries.search("quokka")).extracting(DocumentSummary::id).doesNotContain(document.id());
		assertThat(queries.search("wombat searchable")).extracting(DocumentSummary::id).containsExactly(document.id());
		assertThat(queries.search("100% _%")).isNotNull();
	}

	@Test
	void listsFilterByStatusAuthorAndTeamNewestFirst() {
		CurrentUser other = users.member("Search-" + System.nanoTime());
		Document first = documents.create("new-product", "Older", other);
		Document second = documents.create("new-product", "Newer", other);
		documents.changeStatus(first.id(), DocumentStatus.IN_REVIEW, other);
		// Changing the status counts as an update, so the first document is now the most recently updated.
		DocumentPage mine = queries.list(DocumentQuery.byAuthor(other.personId()));
		assertThat(mine.documents()).extracting(DocumentSummary::id).containsExactly(first.id(), second.id());
		assertThat(queries.list(new DocumentQuery(DocumentStatus.IN_REVIEW, other.personId(), null, 0, 10)).documents())
			.extracting(DocumentSummary::id).containsExactly(first.id());
		String team = queries.list(DocumentQuery.byAuthor(other.personId())).documents().get(0).team();
		assertThat(queries.list(new DocumentQuery(null, null, team, 0, 10)).documents()).hasSize(2);
	}

	@Test
	void attachmentsKeepTheirBytes() throws Exception {
		Document document = documents.create("new-product", "With image", author);
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		Attachment attachment = attachments.attach(document.id(), "a.png", png.toByteArray(), author);
		byte[] stored = attachments.content(document.id(), attachment.id()).orElseThrow();
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(2);
	}

	@Autowired
	Attachments attachments;
}
