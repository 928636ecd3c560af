package org.dayone.narrative.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dayone.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.dayone.people.CurrentUser;
import org.dayone.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The JSON API: documents, revisions, conflicts, diffs, drift, and errors that name the field. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class DocumentApiTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	CurrentUser author;

	@BeforeEach
	void author() {
		author = users.member("Platform");
	}

	private MvcTestResult post(String uri, String json) {
		return mvc.post().uri(uri).with(as(author)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json)
			.exchange();
	}

	private long create(String title) {
		MvcTestResult created = post("/api/v1/documents", "{\"templateKey\":\"new-product\",\"title\":\"" + title + "\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsByteArray().length == 0 ? "{}"
				: new String(created.getResponse().getContentAsByteArray()), "$.document.id")).longValue();
	}

	@Test
	void createSaveAndReadRevisions() {
		long id = create("API doc");
		assertThat(post("/api/v1/documents/" + id + "/revisions",
				"{\"baseRevision\":1,\"sections\":{\"summary\":\"Costs $20 a month.\"},\"message\":\"first\"}"))
			.hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.number").isEqualTo(2);
		assertThat(mvc.get().uri("/api/v1/documents/" + id + "/revisions/2").with(as(author))).hasStatusOk().bodyJson()
			.extractingPath("$.message").isEqualTo("first");
		assertThat(mvc.get().uri("/api/v1/documents/" + id + "/revisions").with(as(author))).hasStatusOk().bodyJson()
			.extractingPath("$[0].number").isEqualTo(2);
		assertThat(mvc.get().uri("/api/v1/documents/" + id).with(as(author))).hasStatusOk().bodyJson()
			.extractingPath("$.document.currentRevision").isEqualTo(2);
	}

	@Test
	void aStaleSaveIs409WithTheCurrentRevision() {
		long id = create("Stale");
		post("/api/v1/documents/" + id + "/revisions", "{\"baseRevision\":1,\"sections\":{\"summary\":\"A\"}}");
		MvcTestResult stale = post("/api/v1/documents/" + id + "/revisions",
				"{\"baseRevision\":1,\"sections\":{\"summary\":\"B\"}}");
		assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.currentRevision").isEqualTo(2);
		assertThat(stale).bodyJson().extractingPath("$.current.sections[2].markdown").isEqualTo("A");
	}

	@Test
	void diffAndDriftAreAvailable() {
		long id = create("Diff");
		post("/api/v1/documents/" + id + "/revisions", "{\"baseRevision\":1,\"sections\":{\"summary\":\"Costs $20 a month.\"}}");
		post("/api/v1/documents/" + id + "/revisions", "{\"baseRevision\":2,\"sections\":{\"summary\":\"Costs $35 a month.\"}}");
		assertThat(mvc.get().uri("/api/v1/documents/" + id + "/diff?from=2&to=3").with(as(author))).hasStatusOk()
			.bodyText().contains("<del>20</del><ins>35</ins>");
		MvcTestResult drift = mvc.get().uri("/api/v1/documents/" + id + "/drift?revision=3").with(as(author)).exchange();
		assertThat(drift).hasStatusOk().bodyJson().extractingPath("$.drift.overall").isEqualTo(1.0);
		assertThat(drift).bodyJson().extractingPath("$.pages.wordsPerPage").isEqualTo(500);
	}

	@Test
	void errorsAreJsonAndNameTheField() {
		assertThat(post("/api/v1/documents", "{\"templateKey\":\"new-product\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.field").isEqualTo("title");
		assertThat(post("/api/v1/documents", "{\"templateKey\":\"new-product\",\"title\":\"" + "x".repeat(300) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("title");
		assertThat(post("/api/v1/documents", "{not json")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.extractingPath("$.field").isEqualTo("body");
		assertThat(post("/api/v1/documents", "{\"templateKey\":\"nope\",\"title\":\"T\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.field").isEqualTo("template");
		long id = create("Errors");
		assertThat(post("/api/v1/documents/" + id + "/revisions", "{\"sections\":{}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.field").isEqualTo("baseRevision");
		assertThat(post("/api/v1/documents/" + id + "/revisions", "{\"baseRevision\":1,\"sections\":{\"bogus\":\"x\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("sections[bogus]");
		assertThat(mvc.get().uri("/api/v1/documents/" + id + "/revisions/42").with(as(author)))
			.hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.message").asString().contains("revisions are 1 to 1");
		assertThat(mvc.get().uri("/api/v1/documents/abc").with(as(author))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.extractingPath("$.field").isEqualTo("id");
	}

	@Test
	void theOpenApiDescriptionIsServed() {
		assertThat(mvc.get().uri("/api/v1/openapi")).hasStatusOk().bodyText().contains("/api/v1/documents/{id}/revisions",
				"/api/v1/people");
	}
}
