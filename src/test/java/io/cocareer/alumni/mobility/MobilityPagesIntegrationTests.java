package io.cocareer.alumni.mobility;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.AlumniPeople;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mobility pages: the policy with the Right of First Conversation, its history and what
 * changed, the lead's editor (every error at once, a stale edit refused), a talent's horizon form
 * and the lists of horizons; administrators reach none of it.
 */
@IntegrationTest
class MobilityPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private AlumniPeople staff() {
		return new AlumniPeople(this.port, this.people, this.accounts);
	}

	@Test
	void everyoneReadsThePolicyItsHistoryAndWhatChanged() {
		WebSession talent = staff().hire(null, Role.TALENT).session();

		WebSession.Page policy = talent.get("/mobility");
		assertThat(policy.status()).isEqualTo(200);
		assertThat(policy.body()).contains("The Right of First Conversation", "no consequence for your standing",
				"We commit to listen and to help", "My career horizon").doesNotContain("Publish a new version");
		WebSession.Page versions = talent.get("/mobility/versions");
		assertThat(versions.body()).contains("Version 1", "Version 2", "In force", "The first version.");
		WebSession.Page compare = talent.get("/mobility/compare?from=1&to=2");
		assertThat(compare.body()).contains("<ins>", "Before you look outside");
		assertThat(talent.get("/mobility/versions/1").body()).contains("Superseded");
		assertThat(talent.get("/mobility/versions/9999").status()).isEqualTo(404);

		WebSession alumnus = staff().hire(null, Role.ALUMNUS).session();
		assertThat(alumnus.get("/mobility").status()).isEqualTo(200);
		assertThat(alumnus.get("/mobility").body()).doesNotContain("My career horizon");
		assertThat(alumnus.get("/mobility/horizon").status()).isEqualTo(403);
		assertThat(alumnus.get("/mobility/horizons").status()).isEqualTo(403);
		WebSession admin = WebSession.signIn(this.port, "admin");
		assertThat(admin.get("/mobility").status()).isEqualTo(403);
		assertThat(admin.get("/mobility/versions").status()).isEqualTo(403);
	}

	@Test
	void theLeadPublishesANewVersionAndABadOrStaleOneComesBackWithItsErrors() {
		WebSession lead = staff().hire(null, Role.TALENT_LEAD).session();
		WebSession.Page form = lead.get("/mobility/edit");
		assertThat(form.status()).isEqualTo(200);
		String base = value(form.body(), "baseVersion");

		WebSession.Page blank = lead.post("/mobility/edit", form,
				Map.of("title", " ", "body", "", "whatChanged", "", "baseVersion", base));
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).as("every error at once").contains("Give the policy a title.", "Write the policy itself.")
			.contains("is-invalid");
		WebSession.Page noNote = lead.post("/mobility/edit", form,
				Map.of("title", "Our mobility policy", "body", "A wholly new text.", "whatChanged", "", "baseVersion", base));
		assertThat(noNote.body()).contains("Say in a few words what this version changes.");

		Map<String, String> fields = new HashMap<>(Map.of("title", "Our mobility policy", "body",
				"A wholly new text.\n\nWith a second paragraph.", "whatChanged", "Rewritten.", "baseVersion", base));
		WebSession.Page published = lead.post("/mobility/edit", form, fields);
		assertThat(published.status()).isEqualTo(302);
		assertThat(lead.get("/mobility").body()).contains("A wholly new text.", "With a second paragraph.", "Rewritten.");

		fields.put("body", "Someone else's edit from the same start.");
		WebSession.Page stale = lead.post("/mobility/edit", form, fields);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone published or changed this in the meantime");

		WebSession talent = staff().hire(null, Role.TALENT).session();
		assertThat(talent.get("/mobility/edit").status()).isEqualTo(403);
	}

	@Test
	void aTalentSetsTheirHorizonAndTheirManagerSeesItOnlyWhileShared() {
		AlumniPeople staff = staff();
		AlumniPeople.Member manager = staff.hire(null, Role.MANAGER);
		AlumniPeople.Member member = staff.hire(manager.personId(), Role.TALENT);
		WebSession talent = member.session();

		WebSession.Page form = talent.get("/mobility/horizon");
		assertThat(form.status()).isEqualTo(200);
		WebSession.Page empty = talent.post("/mobility/horizon", form, Map.of("note", "", "version", ""));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Choose where you see your career going.");
		WebSession.Page noMonths = talent.post("/mobility/horizon", form,
				Map.of("kind", "EXPLORING_OUTSIDE", "withinMonths", "", "note", "", "version", ""));
		assertThat(noMonths.body()).contains("Choose within how many months: 3, 6, 12 or 24.");

		WebSession.Page saved = talent.post("/mobility/horizon", form, Map.of("kind", "EXPLORING_OUTSIDE", "withinMonths",
				"6", "note", "A start-up asked me", "sharedWithManager", "true", "version", ""));
		assertThat(saved.status()).isEqualTo(302);
		WebSession.Page mine = talent.get("/mobility/horizon");
		assertThat(mine.body()).contains("You are exploring outside within 6 months.", "Your manager sees it.");
		assertThat(talent.get("/").body()).contains("career-horizon-card");
		assertThat(manager.session().get("/mobility/horizons").body()).contains(member.name(), "A start-up asked me",
				"Exploring outside within 6 months");

		WebSession.Page unshared = talent.post("/mobility/horizon", mine, Map.of("kind", "EXPLORING_OUTSIDE",
				"withinMonths", "6", "note", "A start-up asked me", "version", value(mine.body(), "version")));
		assertThat(unshared.status()).isEqualTo(302);
		assertThat(manager.session().get("/mobility/horizons").body()).doesNotContain(member.name(), "A start-up asked me");
		assertThat(WebSession.signIn(this.port, "lead").get("/mobility/horizons").body()).contains(member.name());
		assertThat(talent.get("/mobility/horizons").status()).as("a talent has no list").isEqualTo(403);

		WebSession.Page cleared = talent.post("/mobility/horizon/clear", mine, Map.of());
		assertThat(cleared.status()).isEqualTo(302);
		assertThat(talent.get("/mobility/horizon").body()).doesNotContain("You are exploring outside");
	}

	private static String value(String body, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\"[^>]*value=\"(\\d*)\"|value=\"(\\d*)\"[^>]*name=\"" + name + "\"")
			.matcher(body);
		assertThat(matcher.find()).as(name).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
