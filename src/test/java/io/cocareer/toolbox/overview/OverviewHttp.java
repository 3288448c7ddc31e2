package io.cocareer.toolbox.overview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

/** Downloads as the demo users (HTTP Basic, any type accepted), and the demo users as actors. */
final class OverviewHttp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private OverviewHttp() {
	}

	record Download(int status, String contentType, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	static Download get(int port, String username, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "*/*");
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + path + " failed: " + ex.getMessage(), ex);
		}
	}

	static Actor actor(AccountService accounts, String username) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
	}

}
