package io.cocareer.people;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory must not issue a statement per person (no N+1): the number of SQL statements
 * of a directory page and of the directory API is the same with 30 more people, and small.
 */
@IntegrationTest
class PeopleStatementCountIntegrationTests {

	private static final int BOUND = 12;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void directoryIssuesABoundedNumberOfStatementsThatDoesNotGrowWithThePeople() throws Exception {
		ApiClient api = ApiClient.as(this.port, "lead", "demo");
		HttpClient browser = signedInWebClient("lead");

		long apiBefore = this.statements
			.ofOneCall(() -> assertThat(api.get("/api/v1/people?q=e&size=25").status()).isEqualTo(200));
		long pageBefore = this.statements
			.ofOneCall(() -> assertThat(get(browser, "/people?q=e")).contains("people-table"));
		for (int i = 0; i < 30; i++) {
			String key = "SC" + (System.nanoTime() % 10_000_000) + "x" + i;
			assertThat(api.post("/api/v1/people", """
					{"employeeId":"%s","firstName":"Steve","lastName":"Count %s","email":"%s@example.com",
					 "title":"Engineer","hireDate":"%s"}""".formatted(key, key, key.toLowerCase(), LocalDate.now().minusDays(1)))
				.status()).isEqualTo(201);
		}
		long apiAfter = this.statements
			.ofOneCall(() -> assertThat(api.get("/api/v1/people?q=e&size=25").status()).isEqualTo(200));
		long pageAfter = this.statements
			.ofOneCall(() -> assertThat(get(browser, "/people?q=e")).contains("people-table"));

		assertThat(apiAfter).as("API statements: %s", this.statements.statements()).isEqualTo(apiBefore);
		assertThat(pageAfter).as("page statements: %s", this.statements.statements()).isEqualTo(pageBefore);
		assertThat(apiAfter).as("API statements: %s", this.statements.statements()).isLessThanOrEqualTo(BOUND);
		assertThat(apiAfter).as("the count and the page query at least").isGreaterThanOrEqualTo(2);
		assertThat(pageAfter).as("page statements").isLessThanOrEqualTo(BOUND);
	}

	private HttpClient signedInWebClient(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String login = get(client, "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("login form has a CSRF token").isTrue();
		String form = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(200);
		return client;
	}

	private String get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
