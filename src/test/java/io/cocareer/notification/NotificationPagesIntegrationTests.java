package io.cocareer.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.shared.Notice;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell and the notifications page over real HTTP, with the session, CSRF and redirects of a browser. */
@IntegrationTest
class NotificationPagesIntegrationTests {

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

	@Autowired
	SqlStatementCounter statements;

	NoticePublisher notices;

	@BeforeEach
	void setUp() {
		this.notices = new NoticePublisher(this.events, this.transactionManager, this.jdbc, this.accounts);
	}

	@Test
	void theBellCountsUnreadNotificationsOnEveryPage() {
		WebSession manager = WebSession.signIn(this.port, "manager");
		manager.post("/notifications/read-all", manager.get("/notifications"), Map.of());
		assertThat(manager.get("/").body()).contains("id=\"notification-bell\"").doesNotContain("id=\"notification-count\"");

		notify("manager", "/people");
		notify("manager", "/people");

		assertThat(manager.get("/").body()).contains("id=\"notification-count\">2<", "Notifications, 2 unread");
		assertThat(manager.get("/people").body()).contains("id=\"notification-count\">2<");
	}

	@Test
	void thePageListsThemNewestFirstAndOpeningOneMarksItReadAndFollowsItsLink() {
		String older = notify("talent", "/tours/packages");
		String newer = notify("talent", "/talents/me");
		WebSession talent = WebSession.signIn(this.port, "talent");

		WebSession.Page page = talent.get("/notifications?unread=true");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("notification-unread", older, newer);
		assertThat(page.body().indexOf(newer)).isLessThan(page.body().indexOf(older));

		UUID id = this.notices.rowsOfKind(newer).get(0).id();
		WebSession.Page opened = talent.post("/notifications/" + id + "/open", page, Map.of());

		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/talents/me");
		assertThat(this.notices.rowsOfKind(newer).get(0).read()).isTrue();
		assertThat(this.notices.rowsOfKind(older).get(0).read()).isFalse();
		assertThat(talent.get("/notifications?unread=true").body()).contains(older).doesNotContain(newer);
	}

	@Test
	void aNotificationWithoutALinkLeadsBackToTheList() {
		String kind = notify("talent", "https://evil.example/");
		WebSession talent = WebSession.signIn(this.port, "talent");
		WebSession.Page page = talent.get("/notifications");

		WebSession.Page opened = talent.post("/notifications/" + this.notices.rowsOfKind(kind).get(0).id() + "/open",
				page, Map.of());

		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/notifications").doesNotContain("evil");
	}

	@Test
	void someoneElsesNotificationIsANotFoundPage() {
		String kind = notify("talent", "/tours/packages");
		UUID id = this.notices.rowsOfKind(kind).get(0).id();
		WebSession manager = WebSession.signIn(this.port, "manager");

		WebSession.Page refused = manager.post("/notifications/" + id + "/open", manager.get("/notifications"), Map.of());

		assertThat(refused.status()).isEqualTo(404);
		assertThat(manager.get("/notifications").body()).doesNotContain(kind);
		assertThat(this.notices.rowsOfKind(kind).get(0).read()).isFalse();
	}

	@Test
	void markAllReadEmptiesTheUnreadListAndSaysSo() {
		notify("alumnus", "/");
		WebSession alumnus = WebSession.signIn(this.port, "alumnus");
		WebSession.Page page = alumnus.get("/notifications");
		assertThat(page.body()).contains("id=\"mark-all-read\"");

		WebSession.Page done = alumnus.post("/notifications/read-all", page, Map.of());

		assertThat(done.status()).isEqualTo(302);
		WebSession.Page after = alumnus.get("/notifications?unread=true");
		assertThat(after.body()).contains("All notifications are marked read.", "Nothing unread.")
			.doesNotContain("id=\"notification-count\"");
	}

	@Test
	void theListPagesThroughManyNotifications() {
		for (int i = 0; i < 21; i++) {
			notify("lead", "/talents");
		}
		WebSession lead = WebSession.signIn(this.port, "lead");

		WebSession.Page first = lead.get("/notifications");
		WebSession.Page second = lead.get("/notifications?unread=false&page=1");

		assertThat(first.body()).contains("aria-label=\"Pages\"");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("notification-open");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/notifications")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void theBellCostsOneStatementOnAPageAndNothingOnARedirect() throws Exception {
		WebSession talent = WebSession.signIn(this.port, "talent");
		WebSession.Page page = talent.get("/notifications");
		talent.get("/account");

		this.statements.reset();
		talent.get("/account");
		Thread.sleep(200);
		List<String> onPage = this.statements.statements();

		this.statements.reset();
		talent.post("/notifications/read-all", page, Map.of());
		Thread.sleep(200);
		List<String> onRedirect = this.statements.statements();

		assertThat(onPage.stream().filter((sql) -> sql.contains("from notification")).count()).isEqualTo(1);
		assertThat(onRedirect.stream().filter((sql) -> sql.contains("count(*) from (select 1 from notification")).count())
			.isZero();
	}

	private String notify(String username, String link) {
		String kind = NoticePublisher.uniqueKind("page");
		this.notices.publish(Notice.toPeople(kind, Set.of(this.notices.account(username).personId()), kind, List.of(),
				link, null));
		return kind;
	}

}
