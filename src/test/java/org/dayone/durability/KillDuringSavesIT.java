package org.dayone.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Durability on the embedded default: saves stream into a running {@code java -jar dayone.jar}, the process is killed
 * with SIGKILL mid-stream, and after a restart every save the server acknowledged must still be there, with its text.
 */
class KillDuringSavesIT {

	static final Path JAR = Path.of("target/dayone.jar");
	static final String EMAIL = "durable@example.test";
	static final String PASSWORD = "durable-password-1";

	@Test
	void noAcknowledgedSaveIsLostWhenTheProcessIsKilled() throws Exception {
		assertThat(JAR).exists();
		Path data = Path.of("target/durability-" + UUID.randomUUID());
		Files.createDirectories(data);
		Process admin = java(data, "create-admin", "--email", EMAIL, "--password", PASSWORD,
				"--dayone.data-dir=" + data.toAbsolutePath());
		assertThat(admin.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(admin.exitValue()).as("create-admin exit code").isZero();

		int port = freePort();
		Process server = startServer(data, port);
		Session session = Session.signIn(port);
		long documentId = session.createDocument();
		List<Integer> acknowledged = new ArrayList<>();
		long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2500);
		int base = 1;
		try {
			while (true) {
				if (System.nanoTime() > killAt && server.isAlive()) {
					server.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
				}
				int saved = session.save(documentId, base, "Save number " + base);
				if (saved < 0) {
					break;
				}
				acknowledged.add(saved);
				base = saved;
			}
		}
		finally {
			server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		Process restarted = startServer(data, port);
		try {
			Session after = Session.signIn(port);
			int lost = 0;
			for (int revision : acknowledged) {
				String body = after.get("/api/v1/documents/" + documentId + "/revisions/" + revision);
				if (!body.contains("Save number " + (revision - 1))) {
					lost++;
				}
			}
			System.out.printf("Durability: %d saves acknowledged before kill -9, %d lost after restart%n",
					acknowledged.size(), lost);
			assertThat(acknowledged.size()).as("saves acknowledged before the kill").isGreaterThan(10);
			assertThat(lost).as("acknowledged saves lost").isZero();
		}
		finally {
			restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process startServer(Path data, int port) throws Exception {
		Process server = java(data, "--dayone.data-dir=" + data.toAbsolutePath(), "--server.port=" + port,
				"--dayone.demo.enabled=false");
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(
						URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return server;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			assertThat(server.isAlive()).as("the server process is running").isTrue();
			Thread.sleep(250);
		}
		throw new AssertionError("The server did not start within 90 s");
	}

	private static Process java(Path data, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		File log = data.resolve("process-" + System.nanoTime() + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A signed-in browser-like session: cookies and the CSRF token. */
	private record Session(HttpClient client, String base, String csrf) {

		private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		static Session signIn(int port) throws Exception {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://localhost:" + port;
			String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String form = "email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token(login);
			String home = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
			return new Session(client, base, token(home));
		}

		static String token(String html) {
			Matcher m = TOKEN.matcher(html);
			if (!m.find()) {
				throw new AssertionError("No CSRF token in the page");
			}
			return m.group(1);
		}

		long createDocument() throws Exception {
			String body = post("/api/v1/documents", "{\"templateKey\":\"new-product\",\"title\":\"Durability\"}").body();
			Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
			assertThat(m.find()).as("document id in %s", body).isTrue();
			return Long.parseLong(m.group(1));
		}

		/** The revision number the server acknowledged, or -1 if the server is gone. */
		int save(long documentId, int base, String summary) {
			try {
				HttpResponse<String> response = post("/api/v1/documents/" + documentId + "/revisions",
						"{\"baseRevision\":" + base + ",\"sections\":{\"summary\":\"" + summary + "\"}}");
				if (response.statusCode() != 201) {
					throw new AssertionError("Save answered " + response.statusCode() + ": " + response.body());
				}
				Matcher m = Pattern.compile("\"number\":(\\d+)").matcher(response.body());
				assertThat(m.find()).isTrue();
				return Integer.parseInt(m.group(1));
			}
			catch (IOException | InterruptedException e) {
				return -1;
			}
		}

		HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrf).timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		}

		String get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}
}
