package io.cocareer.alumni.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory in pages: an alumnus fills in their profile (a bad form shows every error next to
 * its field) and chooses to be listed, another alumnus finds them, the talent lead reads them with
 * their record and logs interactions; staff who are not the lead are refused.
 */
@IntegrationTest
class AlumniDirectoryPagesIntegrationTests {

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private DirectoryPeople directory() {
		return new DirectoryPeople(this.port, this.people, this.accounts, this.events, this.transactions, this.jdbc,
				this.clock);
	}

	@Test
	void anAlumnusFillsInTheirProfileAndAnotherFindsThemInTheDirectory() {
		DirectoryPeople d = directory();
		String employer = "Emp" + UUID.randomUUID().toString().substring(0, 8);
		DirectoryPeople.Member alex = d.alumnus();
		DirectoryPeople.Member reader = d.alumnus();
		WebSession session = alex.session();

		WebSession.Page home = session.get("/");
		assertThat(home.body()).contains("alumni-profile-card", "alumni-directory-card", "Your profile is empty");
		WebSession.Page form = session.get("/portal/profile");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("List me in the alumni directory");
		String version = version(form.body());
		WebSession.Page refused = session.post("/portal/profile", form, Map.of("employer", "x".repeat(121),
				"linkedinUrl", "http://example.org/me", "skills", "", "listed", "true", "version", version));
		assertThat(refused.status()).as("the form comes back with its errors").isEqualTo(200);
		assertThat(refused.body()).contains("This is too long.", "starting with https://www.linkedin.com/")
			.contains("is-invalid");

		WebSession.Page saved = session.post("/portal/profile", form,
				Map.of("employer", employer, "role", "Staff data engineer", "headline", "Streaming for retail",
						"skills", "Kafka\nFlink, dbt", "location", "Amsterdam", "linkedinUrl",
						"https://www.linkedin.com/in/alex", "listed", "true", "version", version));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(session.get("/portal/profile").body()).contains("Your profile is saved.", "Flink");

		WebSession.Page found = reader.session().get("/alumni/directory?q=" + employer + "+flink");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains(alex.name(), "Staff data engineer at " + employer, "dbt", "1 alumnus");
		assertThat(reader.session().get("/alumni/directory/" + alex.personId()).body()).contains("LinkedIn page");
		assertThat(reader.session().get("/alumni/directory/" + reader.personId()).status())
			.as("their own, even unlisted").isEqualTo(200);
		DirectoryPeople.Member unlisted = d.alumnus();
		assertThat(reader.session().get("/alumni/directory/" + unlisted.personId()).status()).isEqualTo(404);
		assertThat(reader.session().get("/alumni/directory?q=" + "x".repeat(201)).body())
			.contains("A search has at most 200 characters.");
	}

	@Test
	void theTalentLeadReadsAnAlumnusAndLogsInteractionsInThePages() {
		DirectoryPeople d = directory();
		DirectoryPeople.Member alex = d.alumnus();
		WebSession lead = d.staff(Role.TALENT_LEAD).session();

		assertThat(lead.get("/alumni/people").body()).contains(alex.name());
		WebSession.Page page = lead.get("/alumni/people/" + alex.personId());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Their record", "Connected", "No interaction recorded yet.",
				"Invite to the distinguished tier");

		WebSession.Page refused = lead.post("/alumni/people/" + alex.personId() + "/interactions", page,
				Map.of("kind", "", "occurredOn", "", "summary", " ", "value", "-3"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose what kind of interaction it was", "Say when it happened",
				"Say in a few words what happened").contains("is-invalid");
		WebSession.Page future = lead.post("/alumni/people/" + alex.personId() + "/interactions", page,
				Map.of("kind", "EVENT", "occurredOn", "2999-01-01", "summary", "Summer evening", "value", ""));
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.body()).contains("is-invalid");
		WebSession.Page recorded = lead.post("/alumni/people/" + alex.personId() + "/interactions", page,
				Map.of("kind", "REFERRAL", "occurredOn", LocalDate.now(this.clock).toString(), "summary",
						"Referred a backend engineer", "value", ""));
		assertThat(recorded.status()).isEqualTo(302);
		WebSession.Page withReferral = lead.get("/alumni/people/" + alex.personId());
		assertThat(withReferral.body()).contains("The interaction is recorded.", "Referred a backend engineer", "Engaged",
				"Mark as hired");
		Matcher hired = Pattern.compile("/alumni/people/[0-9a-f-]{36}/interactions/([0-9a-f-]{36})/hired")
			.matcher(withReferral.body());
		assertThat(hired.find()).isTrue();
		assertThat(lead.post(hired.group(), withReferral, Map.of()).status()).isEqualTo(302);
		WebSession.Page afterHired = lead.get("/alumni/people/" + alex.personId());
		assertThat(afterHired.body()).contains("The referral is marked as hired.").doesNotContain("Mark as hired");
		assertThat(lead.post("/alumni/people/" + alex.personId() + "/distinguished", afterHired,
				Map.of("distinguished", "true")).status()).isEqualTo(302);
		assertThat(lead.get("/alumni/people/" + alex.personId()).body()).contains("Distinguished since",
				"End the distinguished tier");

		WebSession.Page tiers = lead.get("/alumni/tiers");
		assertThat(tiers.status()).isEqualTo(200);
		assertThat(tiers.body()).contains("Distinguished: invited by the talent lead", "All alumni")
			.containsPattern("fewer than 5|not shown|\\d+</a>");
		assertThat(lead.get("/alumni/directory").body()).contains("All tiers");
	}

	@Test
	void managersTalentsAndAdministratorsAreRefusedThePages() {
		DirectoryPeople d = directory();
		DirectoryPeople.Member alex = d.alumnus();
		for (WebSession staff : new WebSession[] { d.staff(Role.MANAGER, Role.TALENT).session(),
				d.staff(Role.TALENT).session(), WebSession.signIn(this.port, "admin", "demo") }) {
			assertThat(staff.get("/alumni/directory").status()).isEqualTo(403);
			assertThat(staff.get("/alumni/people").status()).isEqualTo(403);
			assertThat(staff.get("/alumni/people/" + alex.personId()).status()).isEqualTo(403);
			assertThat(staff.get("/alumni/tiers").status()).isEqualTo(403);
			assertThat(staff.get("/portal/profile").status()).isEqualTo(403);
		}
		assertThat(alex.session().get("/alumni/people").status()).as("an alumnus manages no relations").isEqualTo(403);
	}

	private static String version(String body) {
		Matcher matcher = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"version\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
