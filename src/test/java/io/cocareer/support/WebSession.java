package io.cocareer.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP with a cookie jar, signed in through the login form,
 * posting forms with the CSRF token of the page they came from. Redirects are not followed, so
 * tests see them.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private WebSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public static WebSession signIn(int port, String username) {
		return signIn(port, username, "demo");
	}

	public static WebSession signIn(int port, String username, String password) {
		WebSession session = new WebSession(port);
		Page login = session.get("/login");
		Page signedIn = session.post("/login", login, Map.of("username", username, "password", password));
		if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.status());
		}
		return session;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	/** Posts a form with the CSRF token found on the page it was shown on. */
	public Page post(String path, Page from, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", from.csrfToken());
		String body = all.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Request failed: " + ex.getMessage(), ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record Page(int status, String body, String location) {

		public String csrfToken() {
			Matcher matcher = CSRF.matcher(this.body);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the page");
			}
			return matcher.group(1);
		}

	}

}
