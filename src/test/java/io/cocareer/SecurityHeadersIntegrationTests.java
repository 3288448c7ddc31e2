package io.cocareer;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Content-Security-Policy and a Referrer-Policy on pages and the API; behind a TLS proxy
 * (X-Forwarded-Proto: https) HSTS and a Secure session cookie (issue 7, item 20).
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pagesAllowScriptsFromTheirOwnOriginOnlyAndSendAReferrerPolicy() {
		ApiClient.Response login = ApiClient.anonymous(this.port).getRaw("/login", "text/html");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).contains("script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
		assertThat(login.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(login.body()).doesNotContainPattern("<script>|<script\\s+(?!src)[^>]*>| on[a-z]+=\"");
	}

	@Test
	void theApiSendsAPolicyToo() {
		ApiClient.Response me = ApiClient.as(this.port, "talent", "demo").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.header("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(me.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void behindATlsProxyHstsIsSentAndTheSessionCookieIsSecure() {
		ApiClient browser = ApiClient.anonymous(this.port);

		ApiClient.Response secure = browser.getRaw("/login",
				Map.of("Accept", "text/html", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"));
		ApiClient.Response plain = browser.getRaw("/login", Map.of("Accept", "text/html"));

		assertThat(secure.header("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(secure.header("Set-Cookie")).as("the session cookie").contains("SESSION=").contains("Secure");
		assertThat(plain.header("Strict-Transport-Security")).isNull();
		assertThat(plain.header("Set-Cookie")).contains("SESSION=").doesNotContain("Secure");
	}

}
