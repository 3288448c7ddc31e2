package io.cocareer.notification;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.shared.Notice;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class NotificationBrowserTests {

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

	@Test
	void theBellLeadsToTheNotificationWhichLeadsToWhatItIsAbout() {
		NoticePublisher notices = new NoticePublisher(this.events, this.transactionManager, this.jdbc, this.accounts);
		Page manager = Browser.signedIn(this.port, "manager");
		try {
			// start from nothing unread, whatever other tests left
			manager.navigate("/notifications");
			if (manager.locator("#mark-all-read").count() > 0) {
				manager.locator("#mark-all-read").click();
				// the marking is done once its page is back: only then may the new notice come
				assertThat(manager.getByText("All notifications are marked read.")).isVisible();
			}
			String kind = NoticePublisher.uniqueKind("browser");
			notices.publish(Notice.toPeople(kind, Set.of(notices.account("manager").personId()), kind, List.of(),
					"/people", null));

			manager.navigate("/");
			assertThat(manager.locator("#notification-count")).hasText("1");
			manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications, 1 unread")).click();
			manager.waitForURL("**/notifications");
			assertThat(manager.locator(".notification-unread")).hasCount(1);

			manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kind)).click();

			manager.waitForURL("**/people");
			assertThat(manager.locator("#notification-count")).hasCount(0);
		}
		finally {
			manager.context().close();
		}
	}

}
