package io.cocareer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Content-Security-Policy and a Referrer-Policy on pages and the API; behind a TLS proxy
 * (X-Forwarded-Proto: https) HSTS and a Secure session cookie (issue 7, item 20).
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider assets;

	@Test
	void pagesAllowScriptsFromTheirOwnOriginOnlyAndSendAReferrerPolicy() {
		ApiClient.Response login = ApiClient.anonymous(this.port).getRaw("/login", "text/html");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).contains("script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
		assertThat(login.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(login.body()).doesNotContainPattern("<script>|<script\\s+(?!src)[^>]*>| on[a-z]+=\"");
	}

	/** Assets carry a hash of their content in their link, so a year of caching never shows a stale one. */
	@Test
	void stylesheetsAndScriptsAreLinkedByTheirContentAndCachedForAYearPagesNever() {
		ApiClient anonymous = ApiClient.anonymous(this.port);
		ApiClient.Response login = anonymous.getRaw("/login", "text/html");
		Matcher stylesheet = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(login.body());
		assertThat(stylesheet.find()).as(login.body()).isTrue();
		assertThat(login.body()).containsPattern("src=\"/js/login-[0-9a-f]{32}\\.js\"")
			.containsPattern("href=\"/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css\"");
		assertThat(login.header("Cache-Control")).contains("no-store");

		ApiClient.Response css = anonymous.getRaw(stylesheet.group(1), "text/css");
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Cache-Control")).contains("max-age=31536000");
		assertThat(anonymous.getRaw("/css/app-00000000000000000000000000000000.css", "text/css").status())
			.as("a hash that is not the content's").isEqualTo(404);

		// the page of a request Tomcat refuses links the same files
		ApiClient.Response refused = anonymous.getRaw("/people/%00", "text/html");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"" + stylesheet.group(1) + "\"")
			.containsPattern("bootstrap\\.min-[0-9a-f]{32}\\.css");
	}

	/**
	 * Only the asset folders are served as files. A handler on {@code /**} made every link a page
	 * renders a search of the whole class path for a file of that name, on every render: 12 % of a
	 * test JVM's CPU.
	 */
	@Test
	void onlyTheAssetFoldersAreServedAsFilesSoAPagesLinksAreNotLookedForInEveryJar() {
		assertThat(this.assets.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/img/**", "/webjars/**")
			.doesNotContain("/**");
		assertThat(this.assets.getForLookupPath("/tours/overview")).isNull();
		assertThat(this.assets.getForLookupPath("/img/favicon.svg")).matches("/img/favicon-[0-9a-f]{32}\\.svg");
		assertThat(ApiClient.anonymous(this.port).getRaw(this.assets.getForLookupPath("/img/favicon.svg"), "image/svg+xml")
			.status()).isEqualTo(200);
		assertThat(ApiClient.anonymous(this.port).getRaw("/application.properties", "text/plain").status())
			.isNotEqualTo(200);
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
