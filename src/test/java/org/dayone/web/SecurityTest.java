package org.dayone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dayone.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;

import org.dayone.people.AccessTokens;
import org.dayone.people.CurrentUser;
import org.dayone.people.Role;
import org.dayone.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class SecurityTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessTokens tokens;

	@Test
	void pagesNeedASignedInUser() {
		assertThat(mvc.get().uri("/documents")).hasStatus(HttpStatus.FOUND).headers()
			.hasValue("Location", "/login");
	}

	@Test
	void theApiAnswersUnauthenticatedCallsWithJson401() {
		assertThat(mvc.get().uri("/api/v1/documents")).hasStatus(HttpStatus.UNAUTHORIZED).bodyText()
			.contains("\"message\"").contains("Bearer");
	}

	@Test
	void everyResponseCarriesStrictSecurityHeaders() {
		MvcTestResult result = mvc.get().uri("/login").exchange();
		assertThat(result).hasStatusOk();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("img-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void aStateChangeWithoutCsrfTokenIsForbidden() {
		CurrentUser user = users.member("Payments");
		assertThat(mvc.post().uri("/documents").with(as(user)).param("templateKey", "new-product").param("title", "X"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void signInGivesANewSessionIdAndSignOutEndsTheSessionOnTheServer() {
		CurrentUser user = users.member("Search");
		MockHttpSession before = new MockHttpSession();
		String oldId = before.getId();
		MvcTestResult login = mvc.post().uri("/login").session(before).with(csrf()).param("email", user.username())
			.param("password", TestUsers.PASSWORD).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).headers().hasValue("Location", "/");
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(session.getId()).isNotEqualTo(oldId);
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();

		assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void unknownUserAndWrongPasswordGetTheSameMessage() {
		CurrentUser user = users.member("Search");
		String wrongPassword = loginError(user.username(), "not the password");
		String unknownUser = loginError("nobody-" + System.nanoTime() + "@example.test", "whatever it is");
		assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("Wrong email or password.");
	}

	@Test
	void repeatedFailedSignInsAreThrottledEvenWithTheRightPassword() {
		CurrentUser user = users.member("Search");
		for (int i = 0; i < 5; i++) {
			loginError(user.username(), "guess " + i);
		}
		assertThat(loginError(user.username(), TestUsers.PASSWORD)).contains("Too many failed sign-ins");
	}

	@Test
	void aPersonalAccessTokenAuthenticatesApiCallsWithoutCsrfUntilRevoked() {
		CurrentUser user = users.create("Token User", "Platform", Role.MEMBER);
		String token = tokens.create(user.accountId(), "ci", Duration.ofDays(1));
		assertThat(mvc.get().uri("/api/v1/people/" + user.personId()).header("Authorization", "Bearer " + token))
			.hasStatusOk().bodyText().contains("Token User");
		assertThat(mvc.post().uri("/api/v1/documents").header("Authorization", "Bearer " + token)
			.contentType("application/json").content("{\"templateKey\":\"new-product\",\"title\":\"From the API\"}"))
			.hasStatus(HttpStatus.CREATED);

		long id = tokens.list(user.accountId()).get(0).id();
		tokens.revoke(user.accountId(), id);
		assertThat(mvc.get().uri("/api/v1/people").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void membersCannotReachAdministration() {
		assertThat(mvc.get().uri("/admin/templates").with(as(users.member("Mobile")))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private String loginError(String email, String password) {
		try {
			return loginErrorOrThrow(email, password);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private String loginErrorOrThrow(String email, String password) throws java.io.IOException {
		MvcTestResult result = mvc.post().uri("/login").with(csrf()).param("email", email).param("password", password)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		MvcTestResult page = mvc.get().uri("/login?error=").session(session).exchange();
		String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"login-error\">([^<]*)<").matcher(body);
		assertThat(m.find()).as("login error shown in %s", body).isTrue();
		return m.group(1);
	}
}
