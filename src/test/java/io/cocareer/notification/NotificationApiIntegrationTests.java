package io.cocareer.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.shared.Notice;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NotificationApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	NoticePublisher notices;

	@BeforeEach
	void setUp() {
		this.notices = new NoticePublisher(this.events, this.transactionManager, this.jdbc, this.accounts);
	}

	@Test
	void theRecipientListsTheirNotificationsNewestFirstWithTheTextRendered() {
		String older = notify("talent", List.of("1", "9"));
		String newer = notify("talent", List.of("2", "9"));
		ApiClient talent = ApiClient.as(this.port, "talent", "demo");

		JsonNode page = talent.get("/api/v1/notifications?unread=true&size=200").json();

		List<String> kinds = page.path("items").valueStream().map((item) -> item.path("kind").asString()).toList();
		assertThat(kinds).containsSubsequence(newer, older);
		JsonNode item = page.path("items").valueStream()
			.filter((i) -> i.path("kind").asString().equals(newer))
			.findFirst()
			.orElseThrow();
		assertThat(item.path("text").asString()).isEqualTo("2 of 9");
		assertThat(item.path("code").asString()).isEqualTo("pager.position");
		assertThat(item.path("link").asString()).isEqualTo("/tours/packages");
		assertThat(item.path("unread").asBoolean()).isTrue();
		assertThat(page.path("unreadCount").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void pagesHaveTheAskedSizeAndATotal() {
		notify("manager", List.of("1", "2"));
		notify("manager", List.of("2", "2"));

		JsonNode page = ApiClient.as(this.port, "manager", "demo").get("/api/v1/notifications?size=1&page=1").json();

		assertThat(page.path("items")).hasSize(1);
		assertThat(page.path("page").asInt()).isEqualTo(1);
		assertThat(page.path("size").asInt()).isEqualTo(1);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void markingReadIsIdempotentAndLeavesItOutOfTheUnreadList() {
		String kind = notify("talent", List.of("3", "9"));
		UUID id = idOf(kind);
		ApiClient talent = ApiClient.as(this.port, "talent", "demo");

		ApiClient.Response read = talent.post("/api/v1/notifications/" + id + "/read", "");
		ApiClient.Response again = talent.post("/api/v1/notifications/" + id + "/read", "");

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("unread").asBoolean()).isFalse();
		assertThat(again.json().path("readAt").asString()).isEqualTo(read.json().path("readAt").asString());
		assertThat(talent.get("/api/v1/notifications?unread=true&size=200").body()).doesNotContain(kind);
		assertThat(talent.get("/api/v1/notifications?size=200").body()).contains(kind);
	}

	@Test
	void someoneElsesNotificationDoesNotExistForMe() {
		String kind = notify("talent", List.of("4", "9"));
		UUID id = idOf(kind);

		for (String other : new String[] { "manager", "lead", "admin", "alumnus" }) {
			ApiClient api = ApiClient.as(this.port, other, "demo");
			ApiClient.Response get = api.get("/api/v1/notifications/" + id);
			ApiClient.Response read = api.post("/api/v1/notifications/" + id + "/read", "");

			assertThat(get.status()).as(other).isEqualTo(404);
			assertThat(get.isProblem()).isTrue();
			assertThat(get.code()).isEqualTo("notification.notFound");
			assertThat(read.status()).as(other).isEqualTo(404);
			assertThat(api.get("/api/v1/notifications?size=200").body()).doesNotContain(kind);
		}
		assertThat(this.notices.rowsOfKind(kind).get(0).read()).as("still unread for its owner").isFalse();
		assertThat(ApiClient.as(this.port, "talent", "demo").get("/api/v1/notifications/" + id).status())
			.isEqualTo(200);
	}

	@Test
	void readAllMarksOnlyMyOwn() {
		String mine = notify("alumnus", List.of("5", "9"));
		String theirs = notify("manager", List.of("5", "9"));
		ApiClient alumnus = ApiClient.as(this.port, "alumnus", "demo");

		ApiClient.Response marked = alumnus.post("/api/v1/notifications/read-all", "");

		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().path("marked").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(this.notices.rowsOfKind(mine).get(0).read()).isTrue();
		assertThat(this.notices.rowsOfKind(theirs).get(0).read()).isFalse();
		assertThat(alumnus.get("/api/v1/notifications?unread=true").json().path("unreadCount").asLong()).isZero();
	}

	@Test
	void badInputIsAProblemNotAServerError() {
		ApiClient talent = ApiClient.as(this.port, "talent", "demo");

		ApiClient.Response badId = talent.post("/api/v1/notifications/not-a-uuid/read", "");
		ApiClient.Response badFilter = talent.get("/api/v1/notifications?unread=maybe");
		ApiClient.Response anonymous = ApiClient.anonymous(this.port).get("/api/v1/notifications");

		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.isProblem()).isTrue();
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.isProblem()).isTrue();
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheNotificationsApi() {
		JsonNode paths = ApiClient.anonymous(this.port).get("/v3/api-docs").json().path("paths");

		assertThat(paths.has("/api/v1/notifications")).isTrue();
		assertThat(paths.path("/api/v1/notifications/{id}/read").has("post")).isTrue();
		assertThat(paths.path("/api/v1/notifications/read-all").has("post")).isTrue();
	}

	private String notify(String username, List<String> arguments) {
		String kind = NoticePublisher.uniqueKind("api");
		UUID personId = this.notices.account(username).personId();
		this.notices.publish((personId != null)
				? Notice.toPeople(kind, Set.of(personId), "pager.position", arguments, "/tours/packages", null)
				: Notice.toRole(kind, Role.ADMIN, "pager.position", arguments, "/tours/packages", null));
		return kind;
	}

	private UUID idOf(String kind) {
		return this.notices.rowsOfKind(kind).get(0).id();
	}

}
