package io.cocareer.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coarse gates each module puts on its URLs, as identity's chains apply them: who is turned
 * away (403) before any page or call runs. "open" means the gate lets the role through; the page
 * itself may still refuse what its policy forbids.
 */
@IntegrationTest
class UrlGatesIntegrationTests {

	private static final String[] USERS = { "lead", "manager", "talent", "admin", "alumnus" };

	@LocalServerPort
	int port;

	@Autowired
	List<UrlGateContributor> contributors;

	/**
	 * Each module gates only its own URLs: a path one module's gate covers is covered by no
	 * other module's gate, so which gate applies never depends on the order of the modules.
	 */
	@Test
	void noTwoModulesGateTheSameUrls() {
		for (Function<UrlGateContributor, List<UrlGate>> chain : List.<Function<UrlGateContributor, List<UrlGate>>>of(
				UrlGateContributor::pageGates, UrlGateContributor::apiGates)) {
			List<String> overlaps = new ArrayList<>();
			for (UrlGateContributor owner : this.contributors) {
				for (UrlGate gate : chain.apply(owner)) {
					for (String path : gate.paths()) {
						String example = path.replace("/**", "/x/y").replace("*", "x").replaceAll("\\{[^}]+}", "x");
						for (UrlGate other : this.contributors.stream()
							.filter((contributor) -> contributor != owner)
							.flatMap((contributor) -> chain.apply(contributor).stream())
							.toList()) {
							other.paths()
								.stream()
								.filter((pattern) -> PathPatternParser.defaultInstance.parse(pattern)
									.matches(PathContainer.parsePath(example)))
								.forEach((pattern) -> overlaps.add("%s (%s) falls under %s".formatted(path,
										owner.getClass().getSimpleName(), pattern)));
						}
					}
				}
			}
			assertThat(overlaps).as("URLs gated by two modules").isEmpty();
		}
	}

	@Test
	void eachRoleReachesThePagesItsModulesLetItIn() {
		Map<String, String> expected = new LinkedHashMap<>();
		// lead manager talent admin alumnus: 1 lets the role through, 0 turns it away
		expected.put("/admin/accounts", "00010");
		expected.put("/admin/audit", "10010");
		expected.put("/units", "10010");
		expected.put("/people/import", "10010");
		expected.put("/people/new", "10010");
		expected.put("/people", "11110");
		expected.put("/talents/me", "11100");
		expected.put("/tours", "11100");
		expected.put("/tours/packages", "11100");
		expected.put("/notifications", "11111");
		expected.put("/account", "11111");
		expected.put("/", "11111");
		expected.put("/mobility", "11101");
		expected.put("/alumni/welcome", "11101");
		for (int i = 0; i < USERS.length; i++) {
			WebSession browser = new WebSession(this.port);
			browser.signIn(USERS[i], "demo");
			for (Map.Entry<String, String> page : expected.entrySet()) {
				int status = browser.get(page.getKey()).statusCode();
				boolean letIn = page.getValue().charAt(i) == '1';
				assertThat(status != 403).as(USERS[i] + " " + page.getKey() + " answered " + status).isEqualTo(letIn);
			}
		}
	}

	@Test
	void eachRoleReachesTheCallsItsModulesLetItIn() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("/api/v1/admin/accounts", "00010");
		expected.put("/api/v1/admin/audit", "10010");
		expected.put("/api/v1/imports/unknown", "10010");
		expected.put("/api/v1/me", "11111");
		expected.put("/api/v1/notifications", "11111");
		expected.put("/api/v1/work-packages", "11110");
		expected.put("/api/v1/people", "11110");
		expected.put("/api/v1/mobility-policy", "11101");
		expected.put("/api/v1/me/alumni-welcome", "11101");
		for (int i = 0; i < USERS.length; i++) {
			ApiClient api = ApiClient.as(this.port, USERS[i], "demo").unchecked();
			for (Map.Entry<String, String> call : expected.entrySet()) {
				int status = api.get(call.getKey()).status();
				boolean letIn = call.getValue().charAt(i) == '1';
				assertThat(status != 403).as(USERS[i] + " " + call.getKey() + " answered " + status).isEqualTo(letIn);
			}
		}
	}

	@Test
	void staticFilesTheSignInPageAndTheApiDescriptionAreOpenAndEverythingElseAsksToSignIn() {
		WebSession anonymous = new WebSession(this.port);
		assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/css/app.css").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
		for (String page : new String[] { "/", "/people", "/tours", "/talents/me", "/notifications", "/admin/audit",
				"/someone-elses-module" }) {
			assertThat(WebSession.location(anonymous.get(page))).as(page).endsWith("/login");
		}
		assertThat(ApiClient.anonymous(this.port).unchecked().get("/api/v1/anything").status()).isEqualTo(401);
	}

}
