package io.cocareer.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation bar that the modules contribute: the same links, in the same order, for the same
 * roles as when the layout listed them itself. "#" opens a drop-down (Administration, then the
 * user's menu); the bell is the notification module's.
 */
@IntegrationTest
class NavigationIntegrationTests {

	private static final Pattern LINK = Pattern.compile("href=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void eachDemoRoleSeesItsOwnLinks() {
		// the alumni programme and the toolbox are one link each for staff (their pages have a card per part);
		// alumni have the portal's; the 9-box is a button on the talent pool's page (under Talents)
		assertThat(links(WebSession.signIn(this.port, "lead").get("/").body())).containsExactly("/", "/", "/network",
				"/network/review", "/talents", "/network/candidates", "/tours", "/alumni", "/toolbox", "/people",
				"#", "/people/import", "/units", "/talents/competencies", "/admin/audit", "/notifications", "#", "/account");
		assertThat(links(WebSession.signIn(this.port, "manager").get("/").body())).containsExactly("/", "/", "/network",
				"/team", "/network/candidates", "/tours", "/alumni", "/toolbox", "/people", "/notifications", "#", "/account");
		assertThat(links(WebSession.signIn(this.port, "talent").get("/").body())).containsExactly("/", "/",
				"/talents/me", "/network", "/tours", "/alumni", "/toolbox", "/people", "/notifications", "#", "/account");
		assertThat(links(WebSession.signIn(this.port, "alumnus").get("/").body())).containsExactly("/", "/",
				"/network", "/alumni/directory", "/portal/news", "/portal/opportunities", "/portal/referrals",
				"/portal/return", "/notifications", "#", "/account", "/portal/profile", "/portal/career-record", "/mobility",
				"/portal/consent", "/portal/data");
		assertThat(links(WebSession.signIn(this.port, "admin").get("/").body())).containsExactly("/", "/", "/people",
				"#", "/people/import", "/units", "/admin/accounts", "/admin/audit", "/notifications", "#", "/account");
	}

	@Test
	void someoneWithEveryStaffRoleSeesEveryLinkOnce() {
		String username = "navigation-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "correct-horse-battery", null, "Every Role",
				Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ADMIN));
		WebSession everyRole = WebSession.signIn(this.port, username, "correct-horse-battery");

		assertThat(links(everyRole.get("/notifications").body())).containsExactly("/", "/", "/talents/me",
				"/network/review", "/team", "/talents", "/network/candidates", "/tours", "/people", "#",
				"/people/import", "/units", "/talents/competencies", "/admin/accounts", "/admin/audit", "/notifications", "#",
				"/account");
	}

	@Test
	void theLinkOfTheCurrentSectionIsActiveAndErrorPagesKeepTheBar() {
		WebSession lead = WebSession.signIn(this.port, "lead");

		assertThat(nav(lead.get("/tours").body())).contains("class=\"nav-link active\" href=\"/tours\"");
		assertThat(nav(lead.get("/admin/audit").body())).contains("class=\"nav-link dropdown-toggle active\"");
		String missing = lead.get("/people/" + UUID.randomUUID()).body();
		assertThat(missing).contains("Page not found");
		assertThat(links(missing)).contains("/talents", "/admin/audit", "/account");
	}

	private static String nav(String page) {
		int start = page.indexOf("<nav");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</nav>", start));
	}

	private static List<String> links(String page) {
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(nav(page));
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

}
