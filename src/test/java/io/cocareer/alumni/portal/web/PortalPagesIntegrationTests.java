package io.cocareer.alumni.portal.web;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.portal.PortalPeople;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in pages: the lead posts a role (a bad form shows every error), the alumnus finds it,
 * says they are interested and refers someone (errors next to the fields), sees their consent and
 * withdraws it, opens their data, career record and erasure pages; the lead sees the referral.
 * Staff see none of the alumni's pages.
 */
@IntegrationTest
class PortalPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void theLeadPostsTheAlumnusAnswersAndReferswAndManagesTheirConsent() {
		PortalPeople portal = new PortalPeople(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		WebSession lead = portal.staff(Role.TALENT_LEAD).session();
		PortalPeople.Member alex = portal.alumnus();
		WebSession alumnus = alex.session();

		WebSession.Page form = lead.get("/alumni/posts/new?kind=ROLE");
		assertThat(form.status()).isEqualTo(200);
		WebSession.Page refused = lead.post("/alumni/posts", form, Map.of("kind", "ROLE", "title", " ", "body", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Give it a title.", "Say what it is about.", "is-invalid");
		WebSession.Page posted = lead.post("/alumni/posts", form,
				Map.of("kind", "ROLE", "title", "Principal engineer for alumni", "body", "Come back and lead"));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(lead.get("/alumni/posts").body()).contains("Principal engineer for alumni");

		WebSession.Page opportunities = alumnus.get("/portal/opportunities");
		assertThat(opportunities.body()).contains("Principal engineer for alumni", "I&#39;m interested");
		String postPath = java.net.URI.create(posted.location()).getPath();
		String postId = postPath.replaceAll(".*/alumni/posts/", "");
		WebSession.Page interested = alumnus.post("/portal/opportunities/" + postId + "/interest", opportunities, Map.of());
		assertThat(interested.status()).isEqualTo(302);
		assertThat(alumnus.get("/portal/opportunities").body()).contains("You said you are interested");
		assertThat(lead.get(postPath).body()).contains(alex.name());

		WebSession.Page referrals = alumnus.get("/portal/referrals");
		WebSession.Page bad = alumnus.post("/portal/referrals", referrals,
				Map.of("candidateName", "", "candidateEmail", "nope", "postId", "", "referredFor", "", "reason", ""));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("Give the candidate&#39;s name.", "This does not look like an email address.",
				"Say why you refer them.", "Choose an opportunity or role, or describe the role.");
		WebSession.Page referred = alumnus.post("/portal/referrals", referrals, Map.of("candidateName", "Noor Candidate",
				"candidateEmail", "noor@example.org", "postId", postId, "referredFor", "", "reason", "Brilliant"));
		assertThat(referred.status()).isEqualTo(302);
		assertThat(alumnus.get("/portal/referrals").body()).contains("Noor Candidate", "New");
		assertThat(lead.get("/alumni/referrals").body()).contains("Noor Candidate", alex.name());

		WebSession.Page consent = alumnus.get("/portal/consent");
		assertThat(consent.body()).contains("What you agreed to", "Withdraw my consent");
		WebSession.Page noChannel = alumnus.post("/portal/consent", consent,
				Map.of("email", "alex@example.org", "cadence", "YEARLY"));
		assertThat(noChannel.body()).contains("Choose at least one way we may contact you");
		assertThat(alumnus.post("/portal/consent/withdraw", consent, Map.of()).status()).isEqualTo(302);
		assertThat(alumnus.get("/portal/consent").body()).contains("You withdrew your consent");

		assertThat(alumnus.get("/portal/data").body()).contains("Download my data (JSON)");
		assertThat(alumnus.get("/portal/career-record").body()).contains("Career record of " + alex.name());
		WebSession.Page erase = alumnus.get("/portal/erase");
		WebSession.Page wrong = alumnus.post("/portal/erase", erase, Map.of("confirmation", "erase"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("Type ERASE in capitals to confirm.");
		assertThat(alumnus.get("/").body()).contains("portal-news-card", "portal-career-card", "/network");

		WebSession talent = portal.staff(Role.TALENT).session();
		assertThat(talent.get("/portal/news").status()).isEqualTo(403);
		assertThat(talent.get("/alumni/referrals").status()).isEqualTo(403);
		assertThat(talent.get("/alumni/posts").status()).isEqualTo(403);
	}

}
