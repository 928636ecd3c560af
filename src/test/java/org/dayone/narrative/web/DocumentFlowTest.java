package org.dayone.narrative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dayone.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.Revision;
import org.dayone.people.CurrentUser;
import org.dayone.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The web flows of a PR/FAQ: create, edit, save, conflict, diff, drift, export and import, and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class DocumentFlowTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentManagement documents;

	CurrentUser author;

	@BeforeEach
	void signIn() {
		author = users.member("Payments");
	}

	private long create(String title) {
		MvcTestResult result = mvc.post().uri("/documents").with(as(author)).with(csrf())
			.param("templateKey", "new-product").param("title", title).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
	}

	private MvcTestResult save(long id, int base, String title, String summary) {
		return mvc.post().uri("/documents/" + id + "/revisions").with(as(author)).with(csrf())
			.param("baseRevision", String.valueOf(base)).param("title", title).param("section.summary", summary)
			.param("message", "edit").exchange();
	}

	@Test
	void aNewDocumentStartsFromTheTemplateWithItsFaqQuestions() {
		long id = create("QuickPay");
		Revision first = documents.current(documents.document(id));
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.section("customer-faq").orElseThrow().body())
			.contains("What will customers be most disappointed about in version one?");
		assertThat(mvc.get().uri("/documents/" + id + "/edit").with(as(author))).hasStatusOk().bodyText()
			.contains("How to write this", "Name the customer and the problem");
	}

	@Test
	void everySaveIsANewNumberedRevisionAndTheOldOnesStayReadable() {
		long id = create("QuickPay");
		assertThat(save(id, 1, "QuickPay", "Costs $20 a month.")).hasStatus(HttpStatus.FOUND).headers()
			.hasValue("Location", "/documents/" + id + "?saved=2");
		assertThat(save(id, 2, "QuickPay", "Costs $35 a month.")).hasStatus(HttpStatus.FOUND);
		assertThat(documents.revision(id, 2).section("summary").orElseThrow().body()).isEqualTo("Costs $20 a month.");
		assertThat(mvc.get().uri("/documents/" + id + "/revisions/2").with(as(author))).hasStatusOk().bodyText()
			.contains("Costs $20 a month.");
		assertThat(mvc.get().uri("/documents/" + id).with(as(author))).hasStatusOk().bodyText()
			.contains("Costs $35 a month.", "id=\"drift-overall\">100%");
	}

	@Test
	void afterMarkingABaselineThePageShowsDriftAndTheClaimsThatChangedSinceIt() {
		long id = create("QuickPay");
		save(id, 1, "QuickPay", "Costs $20 a month from Q1 2027.");
		save(id, 2, "QuickPay", "Costs $35 a month from Q2 2027.");
		assertThat(mvc.post().uri("/documents/" + id + "/baseline").with(as(author)).with(csrf()).param("revision", "2"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(documents.document(id).baselineRevision()).isEqualTo(2);
		assertThat(mvc.get().uri("/documents/" + id).with(as(author))).hasStatusOk().bodyText()
			.contains("<del>$20 a month</del> → <ins>$35 a month</ins>", "<del>Q1 2027</del> → <ins>Q2 2027</ins>",
					"since revision 2 (the baseline)");
	}

	@Test
	void theDiffHighlightsChangedWords() {
		long id = create("QuickPay");
		save(id, 1, "QuickPay", "Costs $20 a month.");
		save(id, 2, "QuickPay", "Costs $35 a month.");
		assertThat(mvc.get().uri("/documents/" + id + "/diff?from=2&to=3").with(as(author))).hasStatusOk().bodyText()
			.contains("<del>20</del><ins>35</ins>");
		assertThat(mvc.get().uri("/documents/" + id + "/diff?from=2&to=3&mode=lines").with(as(author))).hasStatusOk();
		assertThat(mvc.get().uri("/documents/" + id + "/diff?from=2&to=3&mode=letters").with(as(author)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("not a diff mode");
	}

	@Test
	void aSaveBasedOnAnOldRevisionIsAConflictThatKeepsBothTexts() {
		long id = create("QuickPay");
		assertThat(save(id, 1, "QuickPay", "Their summary.")).hasStatus(HttpStatus.FOUND);
		MvcTestResult conflict = save(id, 1, "QuickPay", "My summary, typed for an hour.");
		assertThat(conflict).hasStatus(HttpStatus.CONFLICT).bodyText()
			.contains("Someone saved while you were editing", "My summary, typed for an hour.", "Their summary.",
					"name=\"baseRevision\" value=\"2\"");
		assertThat(documents.document(id).currentRevision()).isEqualTo(2);
		assertThat(documents.revision(id, 2).section("summary").orElseThrow().body()).isEqualTo("Their summary.");
	}

	@Test
	void anEmptyTitleIsRefusedAndTheTextTypedIsShownAgain() {
		long id = create("QuickPay");
		assertThat(save(id, 1, "   ", "Precious text.")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("The title is empty", "Precious text.");
		assertThat(documents.document(id).currentRevision()).isEqualTo(1);
	}

	@Test
	void anOverlongTitleOrSectionIsRefusedAndNothingStoredChanges() {
		long id = create("QuickPay");
		assertThat(save(id, 1, "x".repeat(201), "ok")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("the limit is 200");
		assertThat(save(id, 1, "QuickPay", "word ".repeat(50_000))).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("limit is 200 KB");
		assertThat(documents.document(id).currentRevision()).isEqualTo(1);
	}

	@Test
	void aTamperedFormIsRefused() {
		long id = create("QuickPay");
		assertThat(mvc.post().uri("/documents/" + id + "/revisions").with(as(author)).with(csrf())
			.param("baseRevision", "99").param("title", "T")).hasStatus(HttpStatus.NOT_FOUND).bodyText()
			.contains("has no revision 99");
		assertThat(mvc.post().uri("/documents/" + id + "/revisions").with(as(author)).with(csrf())
			.param("baseRevision", "1").param("title", "T").param("section.nonsense", "x"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("no section");
		assertThat(mvc.post().uri("/documents/" + id + "/revisions").with(as(author)).with(csrf())
			.param("baseRevision", "one").param("title", "T")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(documents.document(id).currentRevision()).isEqualTo(1);
	}

	@Test
	void unknownDocumentsAndRevisionsAre404() {
		assertThat(mvc.get().uri("/documents/987654").with(as(author))).hasStatus(HttpStatus.NOT_FOUND).bodyText()
			.contains("There is no document 987654");
		long id = create("QuickPay");
		assertThat(mvc.get().uri("/documents/" + id + "/revisions/7").with(as(author))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void scriptInMarkdownNeverReachesThePage() throws Exception {
		long id = create("QuickPay");
		save(id, 1, "QuickPay", "Hello <script>alert('x')</script> <img src=x onerror=alert(1)>");
		String page = mvc.get().uri("/documents/" + id).with(as(author)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert", "onerror=alert");
	}

	@Test
	void someoneOnAnotherTeamCanReadButNotEdit() {
		long id = create("QuickPay");
		CurrentUser outsider = users.member("Search");
		assertThat(mvc.get().uri("/documents/" + id).with(as(outsider))).hasStatusOk();
		assertThat(mvc.get().uri("/documents/" + id + "/edit").with(as(outsider))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/documents/" + id + "/revisions").with(as(outsider)).with(csrf())
			.param("baseRevision", "1").param("title", "Hijacked")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(documents.document(id).title()).isEqualTo("QuickPay");
	}

	@Test
	void exportThenImportGivesTheSameSections() throws Exception {
		long id = create("Round trip: \"quotes\" and # hashes");
		save(id, 1, "Round trip: \"quotes\" and # hashes", "## Inside heading\n\n```\n# not a section\n<!-- dayone:section headline -->\n```\n\ntrailing  \n");
		MvcTestResult export = mvc.get().uri("/documents/" + id + "/export.md").with(as(author)).exchange();
		assertThat(export).hasStatusOk().headers().containsHeader("Content-Disposition");
		byte[] markdown = export.getResponse().getContentAsByteArray();
		MvcTestResult imported = mvc.post().uri("/documents/import").multipart().file(new MockMultipartFile("file", "x.md",
				"text/markdown", markdown)).with(as(author)).with(csrf()).exchange();
		assertThat(imported).hasStatus(HttpStatus.FOUND);
		long copy = Long.parseLong(imported.getResponse().getHeader("Location").replaceAll("\\D+", ""));
		Document original = documents.document(id);
		assertThat(documents.current(documents.document(copy)).bodies())
			.isEqualTo(documents.current(original).bodies());
		assertThat(documents.document(copy).title()).isEqualTo(original.title());
	}

	@Test
	void importingSomethingThatIsNotAPrfaqSaysWhatIsExpected() {
		MvcTestResult result = mvc.post().uri("/documents/import").multipart()
			.file(new MockMultipartFile("file", "notes.md", "text/markdown", "# Shopping\n\nmilk\n".getBytes()))
			.with(as(author)).with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("not a PR/FAQ", "# Customer FAQ");
		MvcTestResult binary = mvc.post().uri("/documents/import").multipart()
			.file(new MockMultipartFile("file", "x.md", "text/markdown", new byte[] { (byte) 0xC3, 0x28, 0, 1 }))
			.with(as(author)).with(csrf()).exchange();
		assertThat(binary).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("not UTF-8");
	}

	@Test
	void onlyRealImagesCanBeAttached() throws Exception {
		long id = create("QuickPay");
		MvcTestResult fake = mvc.post().uri("/documents/" + id + "/attachments").multipart()
			.file(new MockMultipartFile("file", "mockup.png", "image/png", "<html><script>".getBytes()))
			.with(as(author)).with(csrf()).exchange();
		assertThat(fake).hasStatus(HttpStatus.FOUND);
		assertThat(fake.getMvcResult().getFlashMap().get("attachError").toString()).contains("not a PNG, JPEG or GIF");

		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		MvcTestResult real = mvc.post().uri("/documents/" + id + "/attachments").multipart()
			.file(new MockMultipartFile("file", "../../etc/mockup.png", "image/png", png.toByteArray()))
			.with(as(author)).with(csrf()).exchange();
		String markdown = real.getMvcResult().getFlashMap().get("attached").toString();
		String url = markdown.substring(markdown.indexOf("(/") + 1, markdown.length() - 1);
		MvcTestResult served = mvc.get().uri(url).with(as(author)).exchange();
		assertThat(served).hasStatusOk().headers().hasValue("X-Content-Type-Options", "nosniff");
		assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("inline").contains("mockup.png")
			.doesNotContain("..");
		assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
	}

	@Test
	void theHomePageListsMyDraftsWithWhatTheyAreWaitingFor() {
		create("My draft for the home page");
		assertThat(mvc.get().uri("/").with(as(author))).hasStatusOk().bodyText()
			.contains("My draft for the home page", "Waiting for its author");
	}

	@Test
	void searchFindsDocumentsByWordsInTheirText() {
		long id = create("Search target");
		save(id, 1, "Search target", "The zeppelin checkout is unique.");
		assertThat(mvc.get().uri("/documents/search?q=zeppelin chec").with(as(author))).hasStatusOk().bodyText()
			.contains("Search target");
		assertThat(mvc.get().uri("/documents/search?q=zeppelin").header("HX-Request", "true").with(as(author)))
			.hasStatusOk().bodyText().contains("Search target").doesNotContain("<html");
	}

	@Test
	void theLivePreviewRendersWithoutSaving() {
		long id = create("QuickPay");
		assertThat(mvc.post().uri("/documents/" + id + "/preview").with(as(author)).with(csrf())
			.param("baseRevision", "1").param("section.summary", "**bold** claim")).hasStatusOk().bodyText()
			.contains("<strong>bold</strong>", "Press release");
		assertThat(documents.document(id).currentRevision()).isEqualTo(1);
	}
}
